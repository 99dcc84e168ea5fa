import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { defaultGenerator, type Generator } from '../../framework/random';
import { checkDataFormat, type DataFormat } from './layout';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Paddle's two dropout conventions. */
export type DropoutMode = 'upscale_in_train' | 'downscale_in_infer';

/** Options of {@link dropout} after `x`. */
export interface DropoutFnOptions {
  /** Probability of zeroing an element. @defaultValue 0.5 */
  p?: number;
  /** Axes along which one mask value is shared by all other axes (`null`: every element). @defaultValue null */
  axis?: number | number[] | null;
  /** @defaultValue true */
  training?: boolean;
  /** `'upscale_in_train'`: train `x·mask/(1−p)`, infer `x`; `'downscale_in_infer'`: train `x·mask`, infer `x·(1−p)`. @defaultValue 'upscale_in_train' */
  mode?: DropoutMode;
  /** Where the mask comes from. @defaultValue defaultGenerator() */
  generator?: Generator;
}

/**
 * All of {@link dropout}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.dropout(x=x)
 * paddle.nn.functional.dropout({ x });
 * ```
 * @category nn.functional
 */
export interface DropoutArgs extends DropoutFnOptions {
  x: tf.Tensor;
  /** Ignored (Paddle names static-graph ops with it). */
  name?: string | null;
}

const DROPOUT_SIGNATURE = defineSignature('nn.functional.dropout', ['x', 'p', 'axis', 'training', 'mode', 'name'], { required: 1, optionOnly: ['generator'] });

/**
 * Dropout with Paddle's modes (`paddle.nn.functional.dropout`,
 * [Srivastava et al. 2014](https://jmlr.org/papers/v15/srivastava14a.html)). The mask is drawn
 * from `paddle.seed`'s generator, so a seeded run repeats.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link DropoutArgs})
 * @returns the input with elements dropped (in training) or scaled (infer, downscale mode)
 * @throws InvalidArgumentError for `p` outside [0, 1], an unknown mode, or a bad axis
 * @example
 * ```ts
 * paddle.seed(1);
 * paddle.nn.functional.dropout(tf.ones([2, 4]), { p: 0.5 }); // zeros and 2s
 * ```
 * @category nn.functional
 */
export function dropout(args: DropoutArgs): tf.Tensor;
export function dropout(x: tf.Tensor, options?: DropoutFnOptions): tf.Tensor;
export function dropout(x: tf.Tensor, p?: number, options?: DropoutFnOptions): tf.Tensor;
export function dropout(x: tf.Tensor, p?: number, axis?: number | number[] | null, options?: DropoutFnOptions): tf.Tensor;
export function dropout(x: tf.Tensor, p?: number, axis?: number | number[] | null, training?: boolean, options?: DropoutFnOptions): tf.Tensor;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - the input
 */
export function dropout(x: tf.Tensor, p?: number, axis?: number | number[] | null, training?: boolean, mode?: DropoutMode, name?: string | null): tf.Tensor;
export function dropout(...args: unknown[]): tf.Tensor {
  const { x, ...o } = resolveArgs<DropoutArgs>(DROPOUT_SIGNATURE, args);
  const p = checkP(o.p ?? 0.5, 'dropout');
  const mode = checkMode(o.mode ?? 'upscale_in_train', 'dropout');
  let maskShape = x.shape.slice();
  if (o.axis !== undefined && o.axis !== null) {
    const axes = (Array.isArray(o.axis) ? o.axis : [o.axis]).map((a) => {
      if (!Number.isInteger(a) || a < -x.rank || a >= x.rank) throw new InvalidArgumentError('axis', `axes in [${-x.rank}, ${x.rank - 1}]`, o.axis, 'dropout');
      return a < 0 ? a + x.rank : a;
    });
    maskShape = x.shape.map((d, i) => (axes.includes(i) ? d : 1));
  }
  return applyDropout(x, p, maskShape, o.training ?? true, mode, o.generator);
}

/** Options of {@link dropout2d} after `x`. */
export interface Dropout2DFnOptions {
  /** @defaultValue 0.5 */
  p?: number;
  /** @defaultValue true */
  training?: boolean;
  /** @defaultValue 'NCHW' */
  dataFormat?: DataFormat;
  generator?: Generator;
}

/**
 * All of {@link dropout2d}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.dropout2d(x=x)
 * paddle.nn.functional.dropout2d({ x });
 * ```
 * @category nn.functional
 */
export interface Dropout2dArgs extends Dropout2DFnOptions {
  x: tf.Tensor;
  /** Ignored (Paddle names static-graph ops with it). */
  name?: string | null;
}

const DROPOUT2D_SIGNATURE = defineSignature('nn.functional.dropout2d', ['x', 'p', 'training', 'dataFormat', 'name'], { required: 1, optionOnly: ['generator'] });

/**
 * Drops whole channels of a 4-D input (`paddle.nn.functional.dropout2d`), upscaling the kept ones
 * by `1/(1−p)` in training.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link Dropout2dArgs})
 * @returns the input with channels dropped
 * @example
 * ```ts
 * paddle.nn.functional.dropout2d(tf.ones([2, 8, 4, 4]), { p: 0.25 });
 * ```
 * @category nn.functional
 */
export function dropout2d(args: Dropout2dArgs): tf.Tensor;
export function dropout2d(x: tf.Tensor, options?: Dropout2DFnOptions): tf.Tensor;
export function dropout2d(x: tf.Tensor, p?: number, options?: Dropout2DFnOptions): tf.Tensor;
export function dropout2d(x: tf.Tensor, p?: number, training?: boolean, options?: Dropout2DFnOptions): tf.Tensor;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - input `[N, C, H, W]` (or NHWC)
 */
export function dropout2d(x: tf.Tensor, p?: number, training?: boolean, dataFormat?: DataFormat, name?: string | null): tf.Tensor;
export function dropout2d(...args: unknown[]): tf.Tensor {
  const { x, ...o } = resolveArgs<Dropout2dArgs>(DROPOUT2D_SIGNATURE, args);
  const fmt = checkDataFormat(o.dataFormat ?? 'NCHW', 'dropout2d');
  if (x.rank !== 4) throw new InvalidArgumentError('x', 'a 4-D tensor', x, 'dropout2d');
  const [n, a, , d] = x.shape;
  const maskShape = fmt === 'NCHW' ? [n, a, 1, 1] : [n, 1, 1, d];
  return applyDropout(x, checkP(o.p ?? 0.5, 'dropout2d'), maskShape, o.training ?? true, 'upscale_in_train', o.generator);
}

/** Validates a drop probability. @internal */
export function checkP(p: unknown, where: string): number {
  if (typeof p !== 'number' || !(p >= 0 && p <= 1)) throw new InvalidArgumentError('p', 'a number in [0, 1]', p, where);
  return p;
}

/** Validates a dropout mode. @internal */
export function checkMode(mode: unknown, where: string): DropoutMode {
  if (mode !== 'upscale_in_train' && mode !== 'downscale_in_infer') {
    throw new InvalidArgumentError('mode', "'upscale_in_train' or 'downscale_in_infer'", mode, where);
  }
  return mode;
}

/** Dropout with a mask of `maskShape` (broadcast over the input). @internal */
export function applyDropout(x: tf.Tensor, p: number, maskShape: number[], training: boolean, mode: DropoutMode, generator?: Generator): tf.Tensor {
  if (!training) return mode === 'downscale_in_infer' ? tf.mul(x, 1 - p) : tf.clone(x);
  if (p === 0) return tf.clone(x);
  if (p === 1) return tf.zerosLike(x);
  const seed = (generator ?? defaultGenerator()).nextSeed();
  return tf.tidy(() => {
    const keep = tf.cast(tf.greaterEqual(tf.randomUniform(maskShape, 0, 1, 'float32', seed), p), 'float32');
    const mask = mode === 'upscale_in_train' ? tf.mul(keep, 1 / (1 - p)) : keep;
    return tf.mul(x, mask);
  });
}
