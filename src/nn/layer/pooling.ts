import type * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, UnsupportedError } from '../../errors';
import type { DataFormat } from '../functional/layout';
import type { Padding2D } from '../functional/padding';
import {
  adaptivePoolChannelsLast, avgPoolChannelsLast, maxPoolChannelsLast, poolGeometry, type PoolGeometry,
} from '../functional/pooling';
import { SpatialLayer } from './base-spatial';
import { checkBoolean, checkName, pyRepr } from './layer-utils';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Options of {@link MaxPool2D} after `kernelSize`. */
export interface MaxPool2DOptions {
  /** @defaultValue kernelSize */
  stride?: number | [number, number] | null;
  /** @defaultValue 0 */
  padding?: Padding2D;
  /** Not supported (throws). @defaultValue false */
  returnMask?: boolean;
  /** @defaultValue false */
  ceilMode?: boolean;
  /** @defaultValue 'NCHW' */
  dataFormat?: DataFormat;
  /** Paddle's `name`, accepted and ignored. @defaultValue null */
  name?: string | null;
}

/**
 * All of {@link MaxPool2D}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.MaxPool2D({ kernelSize: 2, stride: 2 }); // Paddle: nn.MaxPool2D(kernel_size=2, stride=2)
 * ```
 * @category nn
 */
export interface MaxPool2DArgs extends MaxPool2DOptions {
  kernelSize: number | [number, number];
}

const MAX_POOL = defineSignature('nn.MaxPool2D', ['kernelSize', 'stride', 'padding', 'returnMask', 'ceilMode', 'dataFormat', 'name'], { required: 1 });

/**
 * 2-D max pooling (Paddle's `nn.MaxPool2D`).
 *
 * @example
 * ```ts
 * const pool = new paddle.nn.MaxPool2D(2, 2);
 * pool.call(tf.zeros([1, 6, 28, 28])).shape; // [1, 6, 14, 14]
 * new paddle.nn.MaxPool2D(3, { stride: 2, ceilMode: true });
 * new paddle.nn.MaxPool2D({ kernelSize: 2, stride: 2 }); // Paddle: nn.MaxPool2D(kernel_size=2, stride=2)
 * ```
 * @category nn
 */
export class MaxPool2D extends SpatialLayer {
  static override readonly paddleName: string = 'MaxPool2D';
  readonly kernelSize: number | [number, number];
  readonly stride: number | [number, number] | null;
  readonly padding: Padding2D;
  readonly ceilMode: boolean;
  private readonly geometry: PoolGeometry;

  constructor(args: MaxPool2DArgs);
  constructor(kernelSize: number | [number, number], options?: MaxPool2DOptions);
  constructor(kernelSize: number | [number, number], stride?: number | [number, number] | null, padding?: Padding2D,
    returnMask?: boolean, ceilMode?: boolean, dataFormat?: DataFormat, name?: string | null);
  constructor(...args: unknown[]) {
    const o = resolveArgs<MaxPool2DArgs>(MAX_POOL, args);
    super(o.dataFormat, 'MaxPool2D');
    if (checkBoolean(o.returnMask ?? false, 'returnMask', 'MaxPool2D')) throw new UnsupportedError('MaxPool2D: returnMask is not supported.');
    checkName(o.name, 'MaxPool2D');
    this.kernelSize = o.kernelSize;
    this.stride = o.stride ?? null;
    this.padding = o.padding ?? 0;
    this.ceilMode = checkBoolean(o.ceilMode ?? false, 'ceilMode', 'MaxPool2D');
    this.geometry = poolGeometry(this.kernelSize, this.stride, this.padding, this.ceilMode, this.dataFormat, 'MaxPool2D');
  }

  protected computeChannelsLast(x: tf.Tensor): tf.Tensor {
    return maxPoolChannelsLast(x, this.geometry, `MaxPool2D '${this.fullName()}'`);
  }

  override extraRepr(): string {
    return `kernel_size=${pyRepr(this.kernelSize)}, stride=${pyRepr(this.stride ?? this.kernelSize)}, padding=${pyRepr(this.padding)}`;
  }
}

/** Options of {@link AvgPool2D} after `kernelSize`. */
export interface AvgPool2DOptions {
  /** @defaultValue kernelSize */
  stride?: number | [number, number] | null;
  /** @defaultValue 0 */
  padding?: Padding2D;
  /** @defaultValue false */
  ceilMode?: boolean;
  /** Divide by the non-padding count (`true`) or the kernel area. @defaultValue true */
  exclusive?: boolean;
  /** Divide by this instead. @defaultValue null */
  divisorOverride?: number | null;
  /** @defaultValue 'NCHW' */
  dataFormat?: DataFormat;
  /** Paddle's `name`, accepted and ignored. @defaultValue null */
  name?: string | null;
}

/**
 * All of {@link AvgPool2D}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.AvgPool2D({ kernelSize: 2, stride: 2 }); // Paddle: nn.AvgPool2D(kernel_size=2, stride=2)
 * ```
 * @category nn
 */
export interface AvgPool2DArgs extends AvgPool2DOptions {
  kernelSize: number | [number, number];
}

const AVG_POOL = defineSignature('nn.AvgPool2D', [
  'kernelSize', 'stride', 'padding', 'ceilMode', 'exclusive', 'divisorOverride', 'dataFormat', 'name',
], { required: 1 });

/**
 * 2-D average pooling (Paddle's `nn.AvgPool2D`); `exclusive` (default) leaves padding out of
 * each window's count.
 *
 * @example
 * ```ts
 * new paddle.nn.AvgPool2D(3, { stride: 2, padding: 1, exclusive: false }).call(tf.ones([1, 2, 9, 9])).shape; // [1, 2, 5, 5]
 * new paddle.nn.AvgPool2D({ kernelSize: 2, stride: 2 }); // Paddle: nn.AvgPool2D(kernel_size=2, stride=2)
 * ```
 * @category nn
 */
export class AvgPool2D extends SpatialLayer {
  static override readonly paddleName: string = 'AvgPool2D';
  readonly kernelSize: number | [number, number];
  readonly stride: number | [number, number] | null;
  readonly padding: Padding2D;
  readonly ceilMode: boolean;
  readonly exclusive: boolean;
  readonly divisorOverride: number | null;
  private readonly geometry: PoolGeometry;

  constructor(args: AvgPool2DArgs);
  constructor(kernelSize: number | [number, number], options?: AvgPool2DOptions);
  constructor(kernelSize: number | [number, number], stride?: number | [number, number] | null, padding?: Padding2D,
    ceilMode?: boolean, exclusive?: boolean, divisorOverride?: number | null, dataFormat?: DataFormat, name?: string | null);
  constructor(...args: unknown[]) {
    const o = resolveArgs<AvgPool2DArgs>(AVG_POOL, args);
    super(o.dataFormat, 'AvgPool2D');
    checkName(o.name, 'AvgPool2D');
    this.kernelSize = o.kernelSize;
    this.stride = o.stride ?? null;
    this.padding = o.padding ?? 0;
    this.ceilMode = checkBoolean(o.ceilMode ?? false, 'ceilMode', 'AvgPool2D');
    this.exclusive = checkBoolean(o.exclusive ?? true, 'exclusive', 'AvgPool2D');
    this.divisorOverride = o.divisorOverride ?? null;
    if (this.divisorOverride !== null && !(typeof this.divisorOverride === 'number' && this.divisorOverride > 0)) {
      throw new InvalidArgumentError('divisorOverride', 'a positive number or null', this.divisorOverride, 'AvgPool2D');
    }
    this.geometry = poolGeometry(this.kernelSize, this.stride, this.padding, this.ceilMode, this.dataFormat, 'AvgPool2D');
  }

  protected computeChannelsLast(x: tf.Tensor): tf.Tensor {
    return avgPoolChannelsLast(x, this.geometry, this.exclusive, this.divisorOverride, `AvgPool2D '${this.fullName()}'`);
  }

  override extraRepr(): string {
    return `kernel_size=${pyRepr(this.kernelSize)}, stride=${pyRepr(this.stride ?? this.kernelSize)}, padding=${pyRepr(this.padding)}`;
  }
}

/** An adaptive pooling's output size: one int, or `[outH, outW]` where null keeps that input size. */
export type AdaptiveOutputSize = number | [number | null, number | null];

/** Options of {@link AdaptiveAvgPool2D} after `outputSize`. */
export interface AdaptiveAvgPool2DOptions {
  /** @defaultValue 'NCHW' */
  dataFormat?: DataFormat;
  /** Paddle's `name`, accepted and ignored. @defaultValue null */
  name?: string | null;
}

/**
 * All of {@link AdaptiveAvgPool2D}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.AdaptiveAvgPool2D({ outputSize: 1 }); // Paddle: nn.AdaptiveAvgPool2D(output_size=1)
 * ```
 * @category nn
 */
export interface AdaptiveAvgPool2DArgs extends AdaptiveAvgPool2DOptions {
  outputSize: AdaptiveOutputSize;
}

const ADAPTIVE_AVG = defineSignature('nn.AdaptiveAvgPool2D', ['outputSize', 'dataFormat', 'name'], { required: 1 });

/** Options of {@link AdaptiveMaxPool2D} after `outputSize`. */
export interface AdaptiveMaxPool2DOptions {
  /** Also return the argmax indices; not supported (throws). @defaultValue false */
  returnMask?: boolean;
  /** Paddle's `name`, accepted and ignored. @defaultValue null */
  name?: string | null;
}

/**
 * All of {@link AdaptiveMaxPool2D}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.AdaptiveMaxPool2D({ outputSize: [3, 3] }); // Paddle: nn.AdaptiveMaxPool2D(output_size=[3, 3])
 * ```
 * @category nn
 */
export interface AdaptiveMaxPool2DArgs extends AdaptiveMaxPool2DOptions {
  outputSize: AdaptiveOutputSize;
}

const ADAPTIVE_MAX = defineSignature('nn.AdaptiveMaxPool2D', ['outputSize', 'returnMask', 'name'], { required: 1 });

/** Validates an adaptive output size when the layer is made (not at the first call). */
function checkOutputSize(value: unknown, where: string): AdaptiveOutputSize {
  const ok = (v: unknown, nullable: boolean) => (nullable && v === null) || (typeof v === 'number' && Number.isInteger(v) && v >= 1);
  if (ok(value, false)) return value as number;
  if (Array.isArray(value) && value.length === 2 && value.every((v) => ok(v, true))) return [value[0], value[1]];
  throw new InvalidArgumentError('outputSize', 'a positive integer or [outH, outW] of positive integers or null', value, where);
}

/**
 * Adaptive average pooling to a fixed output size (Paddle's `nn.AdaptiveAvgPool2D`).
 *
 * @example
 * ```ts
 * new paddle.nn.AdaptiveAvgPool2D([7, 7]).call(tf.zeros([1, 512, 14, 14])).shape; // [1, 512, 7, 7]
 * new paddle.nn.AdaptiveAvgPool2D({ outputSize: 1 }); // Paddle: nn.AdaptiveAvgPool2D(output_size=1)
 * ```
 * @category nn
 */
export class AdaptiveAvgPool2D extends SpatialLayer {
  static override readonly paddleName: string = 'AdaptiveAvgPool2D';
  /** `[outH, outW]` or one int; null keeps that input size. */
  readonly outputSize: AdaptiveOutputSize;

  constructor(args: AdaptiveAvgPool2DArgs);
  constructor(outputSize: AdaptiveOutputSize, options?: AdaptiveAvgPool2DOptions);
  constructor(outputSize: AdaptiveOutputSize, dataFormat?: DataFormat, name?: string | null);
  constructor(...args: unknown[]) {
    const o = resolveArgs<AdaptiveAvgPool2DArgs>(ADAPTIVE_AVG, args);
    super(o.dataFormat, 'AdaptiveAvgPool2D');
    checkName(o.name, 'AdaptiveAvgPool2D');
    this.outputSize = checkOutputSize(o.outputSize, 'AdaptiveAvgPool2D');
  }

  protected computeChannelsLast(x: tf.Tensor): tf.Tensor {
    return adaptivePoolChannelsLast(x, this.outputSize, 'avg', `AdaptiveAvgPool2D '${this.fullName()}'`);
  }

  override extraRepr(): string {
    return `output_size=${pyRepr(this.outputSize)}`;
  }
}

/**
 * Adaptive max pooling to a fixed output size (Paddle's `nn.AdaptiveMaxPool2D`).
 *
 * @example
 * ```ts
 * new paddle.nn.AdaptiveMaxPool2D(1).call(tf.zeros([2, 64, 9, 9])).shape; // [2, 64, 1, 1]
 * new paddle.nn.AdaptiveMaxPool2D({ outputSize: [3, 3] }); // Paddle: nn.AdaptiveMaxPool2D(output_size=[3, 3])
 * ```
 * @category nn
 */
export class AdaptiveMaxPool2D extends SpatialLayer {
  static override readonly paddleName: string = 'AdaptiveMaxPool2D';
  readonly outputSize: AdaptiveOutputSize;

  constructor(args: AdaptiveMaxPool2DArgs);
  constructor(outputSize: AdaptiveOutputSize, options?: AdaptiveMaxPool2DOptions);
  /** @throws UnsupportedError for `returnMask: true` */
  constructor(outputSize: AdaptiveOutputSize, returnMask?: boolean, name?: string | null);
  constructor(...args: unknown[]) {
    const o = resolveArgs<AdaptiveMaxPool2DArgs>(ADAPTIVE_MAX, args);
    super('NCHW', 'AdaptiveMaxPool2D');
    if (checkBoolean(o.returnMask ?? false, 'returnMask', 'AdaptiveMaxPool2D')) throw new UnsupportedError('AdaptiveMaxPool2D: returnMask is not supported.');
    checkName(o.name, 'AdaptiveMaxPool2D');
    this.outputSize = checkOutputSize(o.outputSize, 'AdaptiveMaxPool2D');
  }

  protected computeChannelsLast(x: tf.Tensor): tf.Tensor {
    return adaptivePoolChannelsLast(x, this.outputSize, 'max', `AdaptiveMaxPool2D '${this.fullName()}'`);
  }

  override extraRepr(): string {
    return `output_size=${pyRepr(this.outputSize)}, return_mask=False`;
  }
}
