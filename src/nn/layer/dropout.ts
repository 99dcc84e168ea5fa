import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { applyDropout, checkMode, checkP, type DropoutMode } from '../functional/dropout';
import type { DataFormat } from '../functional/layout';
import { SpatialLayer } from './base-spatial';
import { Layer, type LayoutKind } from './layer';
import { pyRepr, resolveOptions } from './layer-utils';

/** Options of {@link Dropout} after `p`. */
export interface DropoutOptions {
  /** Axes that get their own mask values (null: every element). @defaultValue null */
  axis?: number | number[] | null;
  /** @defaultValue 'upscale_in_train' */
  mode?: DropoutMode;
  name?: string | null;
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
 * ```
 * @category nn
 */
export class Dropout extends Layer {
  /** @defaultValue 0.5 */
  readonly p: number;
  readonly axis: number | number[] | null;
  readonly mode: DropoutMode;

  constructor(options: DropoutOptions & { p?: number });
  constructor(p?: number, options?: DropoutOptions);
  constructor(p?: number, axis?: number | number[] | null, mode?: DropoutMode, name?: string | null);
  constructor(p: number | DropoutOptions & { p?: number } = 0.5, ...args: unknown[]) {
    super();
    const first = typeof p === 'object' && p !== null ? p : null;
    const o = first ? resolveOptions<DropoutOptions & { p?: number }>([first], ['p', 'axis', 'mode', 'name'], 'Dropout')
      : resolveOptions<DropoutOptions>(args, ['axis', 'mode', 'name'], 'Dropout');
    this.p = checkP(first ? (first.p ?? 0.5) : p, 'Dropout');
    this.axis = o.axis ?? null;
    this.mode = checkMode(o.mode ?? 'upscale_in_train', 'Dropout');
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
 * ```
 * @category nn
 */
export class Dropout2D extends SpatialLayer {
  readonly p: number;

  constructor(p = 0.5, dataFormat: DataFormat = 'NCHW', _name: string | null = null) {
    super(dataFormat, 'Dropout2D');
    this.p = checkP(p, 'Dropout2D');
  }

  protected computeChannelsLast(x: tf.Tensor): tf.Tensor {
    const [n, , , c] = x.shape;
    return applyDropout(x, this.p, [n, 1, 1, c], this.training, 'upscale_in_train');
  }

  override extraRepr(): string {
    return `p=${this.p}, data_format=${this.dataFormat}`;
  }
}
