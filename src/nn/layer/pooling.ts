import type * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, UnsupportedError } from '../../errors';
import type { DataFormat } from '../functional/layout';
import type { Padding2D } from '../functional/padding';
import {
  adaptivePoolChannelsLast, avgPoolChannelsLast, maxPoolChannelsLast, poolGeometry, type PoolGeometry,
} from '../functional/pooling';
import { SpatialLayer } from './base-spatial';
import { pyRepr, resolveOptions } from './layer-utils';

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
  name?: string | null;
}

/**
 * 2-D max pooling (Paddle's `nn.MaxPool2D`).
 *
 * @example
 * ```ts
 * const pool = new paddle.nn.MaxPool2D(2, 2);
 * pool.call(tf.zeros([1, 6, 28, 28])).shape; // [1, 6, 14, 14]
 * new paddle.nn.MaxPool2D(3, { stride: 2, ceilMode: true });
 * ```
 * @category nn
 */
export class MaxPool2D extends SpatialLayer {
  readonly kernelSize: number | [number, number];
  readonly stride: number | [number, number] | null;
  readonly padding: Padding2D;
  readonly ceilMode: boolean;
  private readonly geometry: PoolGeometry;

  constructor(kernelSize: number | [number, number], options?: MaxPool2DOptions);
  constructor(kernelSize: number | [number, number], stride?: number | [number, number] | null, padding?: Padding2D,
    returnMask?: boolean, ceilMode?: boolean, dataFormat?: DataFormat, name?: string | null);
  constructor(kernelSize: number | [number, number], ...args: unknown[]) {
    const o = resolveOptions<MaxPool2DOptions>(args, ['stride', 'padding', 'returnMask', 'ceilMode', 'dataFormat', 'name'], 'MaxPool2D');
    super(o.dataFormat, 'MaxPool2D');
    if (o.returnMask) throw new UnsupportedError('MaxPool2D: returnMask is not supported.');
    this.kernelSize = kernelSize;
    this.stride = o.stride ?? null;
    this.padding = o.padding ?? 0;
    this.ceilMode = o.ceilMode ?? false;
    this.geometry = poolGeometry(kernelSize, this.stride, this.padding, this.ceilMode, this.dataFormat, 'MaxPool2D');
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
  name?: string | null;
}

/**
 * 2-D average pooling (Paddle's `nn.AvgPool2D`); `exclusive` (default) leaves padding out of
 * each window's count.
 *
 * @example
 * ```ts
 * new paddle.nn.AvgPool2D(3, { stride: 2, padding: 1, exclusive: false }).call(tf.ones([1, 2, 9, 9])).shape; // [1, 2, 5, 5]
 * ```
 * @category nn
 */
export class AvgPool2D extends SpatialLayer {
  readonly kernelSize: number | [number, number];
  readonly stride: number | [number, number] | null;
  readonly padding: Padding2D;
  readonly ceilMode: boolean;
  readonly exclusive: boolean;
  readonly divisorOverride: number | null;
  private readonly geometry: PoolGeometry;

  constructor(kernelSize: number | [number, number], options?: AvgPool2DOptions);
  constructor(kernelSize: number | [number, number], stride?: number | [number, number] | null, padding?: Padding2D,
    ceilMode?: boolean, exclusive?: boolean, divisorOverride?: number | null, dataFormat?: DataFormat, name?: string | null);
  constructor(kernelSize: number | [number, number], ...args: unknown[]) {
    const o = resolveOptions<AvgPool2DOptions>(args, ['stride', 'padding', 'ceilMode', 'exclusive', 'divisorOverride', 'dataFormat', 'name'], 'AvgPool2D');
    super(o.dataFormat, 'AvgPool2D');
    this.kernelSize = kernelSize;
    this.stride = o.stride ?? null;
    this.padding = o.padding ?? 0;
    this.ceilMode = o.ceilMode ?? false;
    this.exclusive = o.exclusive ?? true;
    this.divisorOverride = o.divisorOverride ?? null;
    if (this.divisorOverride !== null && !(this.divisorOverride > 0)) {
      throw new InvalidArgumentError('divisorOverride', 'a positive number or null', this.divisorOverride, 'AvgPool2D');
    }
    this.geometry = poolGeometry(kernelSize, this.stride, this.padding, this.ceilMode, this.dataFormat, 'AvgPool2D');
  }

  protected computeChannelsLast(x: tf.Tensor): tf.Tensor {
    return avgPoolChannelsLast(x, this.geometry, this.exclusive, this.divisorOverride, `AvgPool2D '${this.fullName()}'`);
  }

  override extraRepr(): string {
    return `kernel_size=${pyRepr(this.kernelSize)}, stride=${pyRepr(this.stride ?? this.kernelSize)}, padding=${pyRepr(this.padding)}`;
  }
}

/**
 * Adaptive average pooling to a fixed output size (Paddle's `nn.AdaptiveAvgPool2D`).
 *
 * @example
 * ```ts
 * new paddle.nn.AdaptiveAvgPool2D([7, 7]).call(tf.zeros([1, 512, 14, 14])).shape; // [1, 512, 7, 7]
 * ```
 * @category nn
 */
export class AdaptiveAvgPool2D extends SpatialLayer {
  /** `[outH, outW]` or one int; null keeps that input size. */
  readonly outputSize: number | [number | null, number | null];

  constructor(outputSize: number | [number | null, number | null], dataFormat: DataFormat = 'NCHW', _name: string | null = null) {
    super(dataFormat, 'AdaptiveAvgPool2D');
    this.outputSize = outputSize;
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
 * ```
 * @category nn
 */
export class AdaptiveMaxPool2D extends SpatialLayer {
  readonly outputSize: number | [number | null, number | null];

  /** @throws UnsupportedError for `returnMask: true` */
  constructor(outputSize: number | [number | null, number | null], returnMask = false, _name: string | null = null) {
    super('NCHW', 'AdaptiveMaxPool2D');
    if (returnMask) throw new UnsupportedError('AdaptiveMaxPool2D: returnMask is not supported.');
    this.outputSize = outputSize;
  }

  protected computeChannelsLast(x: tf.Tensor): tf.Tensor {
    return adaptivePoolChannelsLast(x, this.outputSize, 'max', `AdaptiveMaxPool2D '${this.fullName()}'`);
  }

  override extraRepr(): string {
    return `output_size=${pyRepr(this.outputSize)}, return_mask=False`;
  }
}
