import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { flatten } from '../functional/common';
import { outputSize, resizeChannelsLast, scalePair, type InterpolateMode } from '../functional/interpolate';
import type { DataFormat } from '../functional/layout';
import { padChannelsLast, type PadMode } from '../functional/pad';
import { SpatialLayer } from './base-spatial';
import { Layer, type LayoutKind } from './layer';
import { checkBoolean, checkFinite, checkName, checkOneOf, pyRepr } from './layer-utils';
import { defineSignature, resolveArgs } from '../../framework/args';

/**
 * Returns its input unchanged (Paddle's `nn.Identity`); arguments are accepted and ignored, as
 * Paddle's `Identity(*args, **kwargs)` does (so it has no signature to resolve).
 *
 * @example
 * ```ts
 * const head = useHead ? new paddle.nn.Linear(512, 10) : new paddle.nn.Identity();
 * ```
 * @category nn
 */
export class Identity extends Layer {
  static override readonly paddleName: string = 'Identity';
  constructor(..._args: unknown[]) {
    super();
  }

  /** Returns a clone (sharing the data), so the caller may dispose the output and the input separately. */
  forward(x: tf.Tensor): tf.Tensor {
    return tf.clone(x);
  }

  override layoutKind(): LayoutKind {
    return 'any';
  }
}

/**
 * All of {@link Flatten}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.Flatten({ startAxis: 0 }); // Paddle: nn.Flatten(start_axis=0)
 * ```
 * @category nn
 */
export interface FlattenArgs {
  /** First flattened axis. @defaultValue 1 */
  startAxis?: number;
  /** Last flattened axis (negative counts from the end). @defaultValue -1 */
  stopAxis?: number;
}

const FLATTEN = defineSignature('nn.Flatten', ['startAxis', 'stopAxis']);

/**
 * Flattens dimensions `startAxis … stopAxis` (Paddle's `nn.Flatten`; defaults 1 and −1, keeping
 * the batch dimension).
 *
 * @example
 * ```ts
 * new paddle.nn.Flatten().call(tf.zeros([8, 16, 5, 5])).shape; // [8, 400]
 * new paddle.nn.Flatten({ startAxis: 0 }); // Paddle: nn.Flatten(start_axis=0)
 * ```
 * @category nn
 */
export class Flatten extends Layer {
  static override readonly paddleName: string = 'Flatten';
  readonly startAxis: number;
  readonly stopAxis: number;

  constructor(args: FlattenArgs);
  constructor(startAxis?: number, stopAxis?: number);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<FlattenArgs>(FLATTEN, args);
    this.startAxis = o.startAxis ?? 1;
    this.stopAxis = o.stopAxis ?? -1;
    for (const [name, v] of [['startAxis', this.startAxis], ['stopAxis', this.stopAxis]] as const) {
      if (!Number.isInteger(v)) throw new InvalidArgumentError(name, 'an integer', v, 'Flatten');
    }
  }

  forward(x: tf.Tensor): tf.Tensor {
    return flatten(x, this.startAxis, this.stopAxis);
  }

  override extraRepr(): string {
    return `start_axis=${this.startAxis}, stop_axis=${this.stopAxis}`;
  }
}

/** Options of {@link Pad2D} after `padding`. */
export interface Pad2DOptions {
  /** @defaultValue 'constant' */
  mode?: PadMode;
  /** @defaultValue 0 */
  value?: number;
  /** @defaultValue 'NCHW' */
  dataFormat?: DataFormat;
  /** Paddle's `name`, accepted and ignored. @defaultValue null */
  name?: string | null;
}

/**
 * All of {@link Pad2D}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.Pad2D({ padding: 1, mode: 'replicate' }); // Paddle: nn.Pad2D(padding=1, mode='replicate')
 * ```
 * @category nn
 */
export interface Pad2DArgs extends Pad2DOptions {
  padding: number | [number, number, number, number];
}

const PAD_2D = defineSignature('nn.Pad2D', ['padding', 'mode', 'value', 'dataFormat', 'name'], { required: 1 });

/**
 * Pads the spatial border of a 4-D input (Paddle's `nn.Pad2D`): `padding` is an int or
 * `[left, right, top, bottom]` (Paddle's order); modes `'constant'`, `'reflect'`, `'replicate'`,
 * `'circular'`.
 *
 * @example
 * ```ts
 * new paddle.nn.Pad2D([1, 1, 2, 0], { mode: 'reflect' }).call(tf.zeros([1, 3, 5, 5])).shape; // [1, 3, 7, 7]
 * new paddle.nn.Pad2D({ padding: 1, mode: 'replicate' }); // Paddle: nn.Pad2D(padding=1, mode='replicate')
 * ```
 * @category nn
 */
export class Pad2D extends SpatialLayer {
  static override readonly paddleName: string = 'Pad2D';
  readonly padding: [number, number, number, number];
  readonly mode: PadMode;
  readonly value: number;

  constructor(args: Pad2DArgs);
  constructor(padding: number | [number, number, number, number], options?: Pad2DOptions);
  constructor(padding: number | [number, number, number, number], mode?: PadMode, value?: number, dataFormat?: DataFormat, name?: string | null);
  constructor(...args: unknown[]) {
    const o = resolveArgs<Pad2DArgs>(PAD_2D, args);
    super(o.dataFormat, 'Pad2D');
    const { padding } = o;
    checkName(o.name, 'Pad2D');
    const p = typeof padding === 'number' ? [padding, padding, padding, padding] : padding;
    if (!Array.isArray(p) || p.length !== 4 || !p.every((v) => Number.isInteger(v) && v >= 0)) {
      throw new InvalidArgumentError('padding', 'a non-negative int or [left, right, top, bottom]', padding, 'Pad2D');
    }
    this.padding = [p[0], p[1], p[2], p[3]];
    this.mode = checkOneOf<PadMode>(o.mode ?? 'constant', ['constant', 'reflect', 'replicate', 'circular'], 'mode', 'Pad2D');
    this.value = checkFinite(o.value ?? 0, 'value', 'Pad2D');
  }

  protected computeChannelsLast(x: tf.Tensor): tf.Tensor {
    const [left, right, top, bottom] = this.padding;
    return padChannelsLast(x, [top, bottom, left, right], this.mode, this.value);
  }

  override extraRepr(): string {
    return `padding=${pyRepr(this.padding)}, mode=${this.mode}, value=${this.value}, data_format=${this.dataFormat}`;
  }
}

/** Options of {@link Upsample}. */
export interface UpsampleOptions {
  /** Output `[h, w]`; give this or `scaleFactor`. */
  size?: number | [number, number] | null;
  scaleFactor?: number | [number, number] | null;
  /** @defaultValue 'nearest' */
  mode?: InterpolateMode;
  /** @defaultValue false */
  alignCorners?: boolean;
  /** @defaultValue 0 */
  alignMode?: 0 | 1;
  /** @defaultValue 'NCHW' */
  dataFormat?: DataFormat;
  /** Paddle's `name`, accepted and ignored. @defaultValue null */
  name?: string | null;
}

/**
 * All of {@link Upsample}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: nn.Upsample(scale_factor=2, mode='bilinear')
 * new paddle.nn.Upsample({ scaleFactor: 2, mode: 'bilinear' }).call(tf.zeros([1, 3, 8, 8])).shape; // [1, 3, 16, 16]
 * ```
 * @category nn
 */
export type UpsampleArgs = UpsampleOptions;

const UPSAMPLE = defineSignature('nn.Upsample', ['size', 'scaleFactor', 'mode', 'alignCorners', 'alignMode', 'dataFormat', 'name']);

/**
 * Resizes 4-D input (Paddle's `nn.Upsample`, the layer form of `interpolate`).
 *
 * @example
 * ```ts
 * // Paddle: nn.Upsample(scale_factor=2, mode='bilinear')
 * new paddle.nn.Upsample({ scaleFactor: 2, mode: 'bilinear' }).call(tf.zeros([1, 3, 8, 8])).shape; // [1, 3, 16, 16]
 * ```
 * @category nn
 */
export class Upsample extends SpatialLayer {
  static override readonly paddleName: string = 'Upsample';
  readonly size: number | [number, number] | null;
  readonly scaleFactor: number | [number, number] | null;
  readonly mode: InterpolateMode;
  readonly alignCorners: boolean;
  readonly alignMode: 0 | 1;

  constructor(args?: UpsampleArgs);
  constructor(size?: number | [number, number] | null, scaleFactor?: number | [number, number] | null, mode?: InterpolateMode,
    alignCorners?: boolean, alignMode?: 0 | 1, dataFormat?: DataFormat, name?: string | null);
  constructor(...args: unknown[]) {
    const o = resolveArgs<UpsampleArgs>(UPSAMPLE, args);
    super(o.dataFormat, 'Upsample');
    checkName(o.name, 'Upsample');
    this.size = o.size ?? null;
    this.scaleFactor = o.scaleFactor ?? null;
    this.mode = o.mode ?? 'nearest';
    if (!['nearest', 'bilinear', 'area'].includes(this.mode)) {
      throw new InvalidArgumentError('mode', "'nearest', 'bilinear' or 'area'", this.mode, 'Upsample');
    }
    this.alignCorners = checkBoolean(o.alignCorners ?? false, 'alignCorners', 'Upsample');
    this.alignMode = o.alignMode ?? 0;
    if (this.alignMode !== 0 && this.alignMode !== 1) throw new InvalidArgumentError('alignMode', '0 or 1', this.alignMode, 'Upsample');
    outputSize({ size: this.size, scaleFactor: this.scaleFactor }, 1, 1);
  }

  protected computeChannelsLast(x: tf.Tensor): tf.Tensor {
    const size = outputSize({ size: this.size, scaleFactor: this.scaleFactor }, x.shape[1] as number, x.shape[2] as number);
    return resizeChannelsLast(x, size, this.mode, this.alignCorners, this.alignMode, scalePair(this.scaleFactor));
  }

  override extraRepr(): string {
    return this.scaleFactor !== null
      ? `scale_factor=${pyRepr(this.scaleFactor)}, mode=${this.mode}, align_corners=${pyRepr(this.alignCorners)}, align_mode=${this.alignMode}, data_format=${this.dataFormat}`
      : `size=${pyRepr(this.size)}, mode=${this.mode}, align_corners=${pyRepr(this.alignCorners)}, align_mode=${this.alignMode}, data_format=${this.dataFormat}`;
  }
}
