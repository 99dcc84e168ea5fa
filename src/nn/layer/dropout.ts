import type * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { applyDropout, checkMode, checkP, type DropoutMode } from '../functional/dropout';
import type { DataFormat } from '../functional/layout';
import { SpatialLayer } from './base-spatial';
import { Layer, type LayoutKind } from './layer';
import { checkName, pyRepr } from './layer-utils';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Options of {@link Dropout} after `p`. */
export interface DropoutOptions {
  /** Axes that get their own mask values (null: every element). @defaultValue null */
  axis?: number | number[] | null;
  /** @defaultValue 'upscale_in_train' */
  mode?: DropoutMode;
  /** Paddle's `name`, accepted and ignored. @defaultValue null */
  name?: string | null;
}

/**
 * All of {@link Dropout}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.Dropout({ p: 0.5, mode: 'downscale_in_infer' }); // Paddle: nn.Dropout(p=0.5, mode='downscale_in_infer')
 * ```
 * @category nn
 */
export interface DropoutArgs extends DropoutOptions {
  /** Probability of dropping an element, in [0, 1]. @defaultValue 0.5 */
  p?: number;
}

const DROPOUT = defineSignature('nn.Dropout', ['p', 'axis', 'mode', 'name']);

/** Options of {@link Dropout2D} after `p`. */
export interface Dropout2DOptions {
  /** @defaultValue 'NCHW' */
  dataFormat?: DataFormat;
  /** Paddle's `name`, accepted and ignored. @defaultValue null */
  name?: string | null;
}

/**
 * All of {@link Dropout2D}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.Dropout2D({ p: 0.2, dataFormat: 'NHWC' }); // Paddle: nn.Dropout2D(p=0.2, data_format='NHWC')
 * ```
 * @category nn
 */
export interface Dropout2DArgs extends Dropout2DOptions {
  /** Probability of dropping a channel, in [0, 1]. @defaultValue 0.5 */
  p?: number;
}

const DROPOUT_2D = defineSignature('nn.Dropout2D', ['p', 'dataFormat', 'name']);

/** Validates `axis` when the layer is made; its range is checked against each input's rank. */
function checkAxis(axis: unknown): number | number[] | null {
  if (axis === undefined || axis === null) return null;
  const axes = Array.isArray(axis) ? axis : [axis];
  if (axes.length === 0 || !axes.every((a) => Number.isInteger(a))) {
    throw new InvalidArgumentError('axis', 'an integer, a non-empty list of integers, or null', axis, 'Dropout');
  }
  return Array.isArray(axis) ? [...(axis as number[])] : (axis as number);
}

/**
 * Dropout (Paddle's `nn.Dropout`) with both of Paddle's modes: `'upscale_in_train'` (train:
 * `x·mask/(1−p)`, eval: `x`) and `'downscale_in_infer'` (train: `x·mask`, eval: `x·(1−p)`). Masks
 * come from `paddle.seed`'s generator.
 *
 * @example
 * ```ts
 * const drop = new paddle.nn.Dropout(0.5, { mode: 'downscale_in_infer' });
 * drop.eval();
 * drop.call(tf.ones([2, 2])); // all 0.5
 * new paddle.nn.Dropout({ p: 0.5, mode: 'downscale_in_infer' }); // Paddle: nn.Dropout(p=0.5, mode='downscale_in_infer')
 * ```
 * @category nn
 */
export class Dropout extends Layer {
  static override readonly paddleName: string = 'Dropout';
  /** @defaultValue 0.5 */
  readonly p: number;
  readonly axis: number | number[] | null;
  readonly mode: DropoutMode;

  constructor(args: DropoutArgs);
  constructor(p?: number, options?: DropoutOptions);
  constructor(p?: number, axis?: number | number[] | null, mode?: DropoutMode, name?: string | null);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<DropoutArgs>(DROPOUT, args);
    this.p = checkP(o.p ?? 0.5, 'Dropout');
    this.axis = checkAxis(o.axis);
    this.mode = checkMode(o.mode ?? 'upscale_in_train', 'Dropout');
    checkName(o.name, 'Dropout');
  }

  forward(x: tf.Tensor): tf.Tensor {
    let maskShape = x.shape.slice();
    if (this.axis !== null) {
      const axes = (Array.isArray(this.axis) ? this.axis : [this.axis]).map((a) => {
        if (!Number.isInteger(a) || a < -x.rank || a >= x.rank) throw new InvalidArgumentError('axis', `axes in [${-x.rank}, ${x.rank - 1}]`, this.axis, 'Dropout');
        return a < 0 ? a + x.rank : a;
      });
      maskShape = x.shape.map((d, i) => (axes.includes(i) ? d : 1));
    }
    return applyDropout(x, this.p, maskShape, this.training, this.mode);
  }

  /** Element-wise when every element has its own mask value, so any layout works. */
  override layoutKind(): LayoutKind {
    return this.axis === null ? 'any' : 'fixed';
  }

  override extraRepr(): string {
    return `p=${this.p}, axis=${pyRepr(this.axis)}, mode=${this.mode}`;
  }
}

/**
 * Drops whole channels of a 4-D input (Paddle's `nn.Dropout2D`), upscaling kept ones by
 * `1/(1−p)` in training.
 *
 * @example
 * ```ts
 * new paddle.nn.Dropout2D(0.2).call(tf.ones([4, 8, 5, 5])).shape; // [4, 8, 5, 5]
 * new paddle.nn.Dropout2D({ p: 0.2, dataFormat: 'NHWC' }); // Paddle: nn.Dropout2D(p=0.2, data_format='NHWC')
 * ```
 * @category nn
 */
export class Dropout2D extends SpatialLayer {
  static override readonly paddleName: string = 'Dropout2D';
  readonly p: number;

  constructor(args: Dropout2DArgs);
  constructor(p?: number, options?: Dropout2DOptions);
  constructor(p?: number, dataFormat?: DataFormat, name?: string | null);
  constructor(...args: unknown[]) {
    const o = resolveArgs<Dropout2DArgs>(DROPOUT_2D, args);
    super(o.dataFormat, 'Dropout2D');
    this.p = checkP(o.p ?? 0.5, 'Dropout2D');
    checkName(o.name, 'Dropout2D');
  }

  protected computeChannelsLast(x: tf.Tensor): tf.Tensor {
    const [n, , , c] = x.shape;
    return applyDropout(x, this.p, [n, 1, 1, c], this.training, 'upscale_in_train');
  }

  override extraRepr(): string {
    return `p=${this.p}, data_format=${this.dataFormat}`;
  }
}
