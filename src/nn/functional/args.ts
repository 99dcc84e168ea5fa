// The checks every functional op makes on its tensors (arguments are resolved by framework/args).
import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { isChannelsLastView } from './layout';


/** Throws unless `value` is a tfjs tensor. */
export function assertTensor(value: unknown, argument: string, where: string): asserts value is tf.Tensor {
  // tfjs's `instanceof Tensor` reads `.data`, which would make a channels-last view transpose.
  if (isChannelsLastView(value)) return;
  if (!(value instanceof tf.Tensor)) throw new InvalidArgumentError(argument, 'a tf.Tensor', value, where);
}

/** Throws unless `value` is a float32 tensor (losses and most activations need real values). */
export function assertFloatTensor(value: unknown, argument: string, where: string): asserts value is tf.Tensor {
  assertTensor(value, argument, where);
  if (value.dtype !== 'float32') {
    throw new InvalidArgumentError(argument, 'a float32 tensor', value, where);
  }
}

/** Throws unless `value` is a finite number. */
export function assertNumber(value: unknown, argument: string, where: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new InvalidArgumentError(argument, 'a finite number', value, where);
}

/** Resolves a possibly negative axis against `rank`, throwing a typed error when out of range. */
export function normalizeAxis(axis: unknown, rank: number, where: string): number {
  if (typeof axis !== 'number' || !Number.isInteger(axis) || axis < -rank || axis >= Math.max(rank, 1)) {
    throw new InvalidArgumentError('axis', `an integer in [${-rank}, ${Math.max(rank, 1) - 1}] for a rank-${rank} input`, axis, where);
  }
  return axis < 0 ? axis + rank : axis;
}

/**
 * Paddle's `name` argument, accepted for line-by-line ports and ignored (in Paddle it only
 * names static-graph ops).
 *
 * @example
 * ```ts
 * new paddle.nn.LeakyReLU(0.2, 'lrelu'); // same as new paddle.nn.LeakyReLU(0.2)
 * ```
 * @category nn.functional
 */
export interface NameOption {
  /** Ignored. @defaultValue null */
  name?: string | null;
}

/**
 * How a loss reduces its per-element values, as in Paddle.
 *
 * @example
 * ```ts
 * new paddle.nn.MSELoss('sum');
 * ```
 * @category nn.functional
 */
export type Reduction = 'mean' | 'sum' | 'none';

const REDUCTIONS: ReadonlyArray<string> = ['mean', 'sum', 'none'];

/** Throws unless `value` is one of `reductions` (Paddle's `'mean' | 'sum' | 'none'` by default). */
export function assertReduction<R extends string = Reduction>(
  value: unknown,
  where: string,
  reductions: ReadonlyArray<string> = REDUCTIONS,
): asserts value is R {
  if (typeof value !== 'string' || !reductions.includes(value)) {
    throw new InvalidArgumentError('reduction', `one of ${reductions.map((r) => `'${r}'`).join(', ')}`, value, where);
  }
}

/** Formats a shape for messages: `[64, 10]`. */
export function fmtShape(shape: ReadonlyArray<number>): string {
  return `[${shape.join(', ')}]`;
}

/** The body of a one-input custom-gradient op: forward value plus its closed-form backward. */
export type UnaryGradBody = (
  x: tf.Tensor,
  save: tf.GradSaveFunc,
) => { value: tf.Tensor; gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => tf.Tensor };

/**
 * `tf.customGrad` for one input, typed. The forward body runs with the tape off, so masks made
 * there (`tf.greater`, …) never reach tfjs's gradient search (it has no gradient for `Greater`).
 */
export function customUnary(body: UnaryGradBody): (x: tf.Tensor) => tf.Tensor {
  return tf.customGrad(body as unknown as Parameters<typeof tf.customGrad>[0]) as (x: tf.Tensor) => tf.Tensor;
}
