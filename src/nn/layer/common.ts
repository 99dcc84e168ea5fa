import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { flatten } from '../functional/common';
import { outputSize, resizeChannelsLast, scalePair, type InterpolateMode } from '../functional/interpolate';
import type { DataFormat } from '../functional/layout';
import { padChannelsLast, type PadMode } from '../functional/pad';
import { SpatialLayer } from './base-spatial';
import { Layer, type LayoutKind } from './layer';
import { pyRepr, resolveOptions } from './layer-utils';

/**
 * Returns its input unchanged (Paddle's `nn.Identity`); arguments are accepted and ignored.
 *
 * @example
 * ```ts
 * const head = useHead ? new paddle.nn.Linear(512, 10) : new paddle.nn.Identity();
 * ```
 * @category nn
 */
export class Identity extends Layer {
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
 * Flattens dimensions `startAxis … stopAxis` (Paddle's `nn.Flatten`; defaults 1 and −1, keeping
 * the batch dimension).
 *
 * @example
 * ```ts
 * new paddle.nn.Flatten().call(tf.zeros([8, 16, 5, 5])).shape; // [8, 400]
 * ```
 * @category nn
 */
export class Flatten extends Layer {
  constructor(readonly startAxis = 1, readonly stopAxis = -1) {
    super();
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
  name?: string | null;
}

/**
 * Pads the spatial border of a 4-D input (Paddle's `nn.Pad2D`): `padding` is an int or
 * `[left, right, top, bottom]` (Paddle's order); modes `'constant'`, `'reflect'`, `'replicate'`,
 * `'circular'`.
 *
 * @example
 * ```ts
 * new paddle.nn.Pad2D([1, 1, 2, 0], { mode: 'reflect' }).call(tf.zeros([1, 3, 5, 5])).shape; // [1, 3, 7, 7]
 * ```
 * @category nn
 */
export class Pad2D extends SpatialLayer {
  readonly padding: [number, number, number, number];
  readonly mode: PadMode;
  readonly value: number;

  constructor(padding: number | [number, number, number, number], options?: Pad2DOptions);
  constructor(padding: number | [number, number, number, number], mode?: PadMode, value?: number, dataFormat?: DataFormat, name?: string | null);
  constructor(padding: number | [number, number, number, number], ...args: unknown[]) {
    const o = resolveOptions<Pad2DOptions>(args, ['mode', 'value', 'dataFormat', 'name'], 'Pad2D');
    super(o.dataFormat, 'Pad2D');
    const p = typeof padding === 'number' ? [padding, padding, padding, padding] : padding;
    if (!Array.isArray(p) || p.length !== 4 || !p.every((v) => Number.isInteger(v) && v >= 0)) {
      throw new InvalidArgumentError('padding', 'a non-negative int or [left, right, top, bottom]', padding, 'Pad2D');
    }
    this.padding = [p[0], p[1], p[2], p[3]];
    this.mode = o.mode ?? 'constant';
    if (!['constant', 'reflect', 'replicate', 'circular'].includes(this.mode)) {
      throw new InvalidArgumentError('mode', "one of 'constant', 'reflect', 'replicate', 'circular'", this.mode, 'Pad2D');
    }
    this.value = o.value ?? 0;
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
  name?: string | null;
}

/**
 * Resizes 4-D input (Paddle's `nn.Upsample`, the layer form of `interpolate`).
 *
 * @example
 * ```ts
 * new paddle.nn.Upsample({ scaleFactor: 2, mode: 'bilinear' }).call(tf.zeros([1, 3, 8, 8])).shape; // [1, 3, 16, 16]
 * ```
 * @category nn
 */
export class Upsample extends SpatialLayer {
  readonly size: number | [number, number] | null;
  readonly scaleFactor: number | [number, number] | null;
  readonly mode: InterpolateMode;
  readonly alignCorners: boolean;
  readonly alignMode: 0 | 1;

  constructor(options?: UpsampleOptions);
  constructor(size?: number | [number, number] | null, scaleFactor?: number | [number, number] | null, mode?: InterpolateMode,
    alignCorners?: boolean, alignMode?: 0 | 1, dataFormat?: DataFormat, name?: string | null);
  constructor(...args: unknown[]) {
    const o = resolveOptions<UpsampleOptions>(args, ['size', 'scaleFactor', 'mode', 'alignCorners', 'alignMode', 'dataFormat', 'name'], 'Upsample');
    super(o.dataFormat, 'Upsample');
    this.size = o.size ?? null;
    this.scaleFactor = o.scaleFactor ?? null;
    this.mode = o.mode ?? 'nearest';
    if (!['nearest', 'bilinear', 'area'].includes(this.mode)) {
      throw new InvalidArgumentError('mode', "'nearest', 'bilinear' or 'area'", this.mode, 'Upsample');
    }
    this.alignCorners = o.alignCorners ?? false;
    this.alignMode = o.alignMode ?? 0;
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
