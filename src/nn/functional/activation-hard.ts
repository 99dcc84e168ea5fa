// The sigmoid family of `paddle.nn.functional` activations: hardswish and hardsigmoid (custom
// gradients with PyTorch's closed forms at the kinks), sigmoid and tanh (tfjs kernels). Split from
// activation.ts to keep files short; activation.ts re-exports them.
import * as tf from '@tensorflow/tfjs-core';
import { assertNumber, assertTensor, customUnary, type NameOption } from './args';
import { elementwise } from './layout';
import { defineSignature, resolveArgs } from '../../framework/args';

/**
 * All of {@link hardswish}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.hardswish(x=x)
 * paddle.nn.functional.hardswish({ x });
 * ```
 * @category nn.functional
 */
export interface HardswishArgs<T extends tf.Tensor = tf.Tensor> extends NameOption {
  x: T;
}

const HARDSWISH_SIGNATURE = defineSignature('nn.functional.hardswish', ['x', 'name'], { required: 1 });

/**
 * Hard swish ([Howard et al. 2019](https://arxiv.org/abs/1905.02244)),
 * `x * min(max(x + 3, 0), 6) / 6`.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link HardswishArgs})
 * @returns a tensor of the same shape
 * @throws InvalidArgumentError if `x` is not a tensor
 * @example
 * ```ts
 * paddle.nn.functional.hardswish(tf.tensor([-4, 1, 4])).print(); // [0, 0.6667, 4]
 * ```
 * @category nn.functional
 */
export function hardswish<T extends tf.Tensor>(args: HardswishArgs<T>): T;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - input tensor of any shape
 */
export function hardswish<T extends tf.Tensor>(x: T, name?: string | null): T;
export function hardswish<T extends tf.Tensor>(...args: unknown[]): T {
  const { x } = resolveArgs<HardswishArgs<T>>(HARDSWISH_SIGNATURE, args);
  assertTensor(x, 'x', 'hardswish');
  const op = customUnary((input: tf.Tensor, save: tf.GradSaveFunc) => {
    save([input]);
    return {
      value: tf.div(tf.mul(input, tf.relu6(tf.add(input, 3))), 6),
      gradFunc: (dy: tf.Tensor, [xs]: tf.Tensor[]) => {
        // 0 below -3, 1 above 3, (2x + 3) / 6 between, as in Paddle's and PyTorch's kernels.
        const mid = tf.div(tf.add(tf.mul(xs, 2), 3), 6);
        const slope = tf.where(tf.less(xs, -3), tf.zerosLike(xs), tf.where(tf.greater(xs, 3), tf.onesLike(xs), mid));
        return tf.mul(dy, slope);
      },
    };
  });
  return elementwise(x, (t) => op(t)) as T;
}

/**
 * Options of {@link hardsigmoid}.
 *
 * @example
 * ```ts
 * paddle.nn.functional.hardsigmoid(x, { slope: 0.2, offset: 0.5 });
 * ```
 * @category nn.functional
 */
export interface HardsigmoidOptions extends NameOption {
  /** Slope of the linear part. @defaultValue 0.1666667 (Paddle's literal, not exactly 1/6) */
  slope?: number;
  /** Offset of the linear part. @defaultValue 0.5 */
  offset?: number;
}

/**
 * All of {@link hardsigmoid}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.hardsigmoid(x=x)
 * paddle.nn.functional.hardsigmoid({ x });
 * ```
 * @category nn.functional
 */
export interface HardsigmoidArgs<T extends tf.Tensor = tf.Tensor> extends HardsigmoidOptions {
  x: T;
}

const HARDSIGMOID_SIGNATURE = defineSignature('nn.functional.hardsigmoid', ['x', 'slope', 'offset', 'name'], { required: 1 });

/**
 * Hard sigmoid, `clip(slope * x + offset, 0, 1)`, with Paddle's defaults `slope = 0.1666667`,
 * `offset = 0.5` (PyTorch's `hardsigmoid` is the same up to the 7th digit of the slope).
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link HardsigmoidArgs})
 * @returns a tensor of the same shape
 * @throws InvalidArgumentError if `x` is not a tensor or slope/offset are not finite numbers
 * @example
 * ```ts
 * paddle.nn.functional.hardsigmoid(tf.tensor([-4, 0, 1.5])).print(); // [0, 0.5, 0.75]
 * ```
 * @category nn.functional
 */
export function hardsigmoid<T extends tf.Tensor>(args: HardsigmoidArgs<T>): T;
export function hardsigmoid<T extends tf.Tensor>(x: T, options?: HardsigmoidOptions): T;
export function hardsigmoid<T extends tf.Tensor>(x: T, slope?: number, options?: HardsigmoidOptions): T;
export function hardsigmoid<T extends tf.Tensor>(x: T, slope?: number, offset?: number, options?: HardsigmoidOptions): T;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - input tensor of any shape
 * @param slope - slope of the linear part (or `{ slope, offset }`)
 * @param offset - offset of the linear part
 */
export function hardsigmoid<T extends tf.Tensor>(x: T, slope?: number, offset?: number, name?: string | null): T;
export function hardsigmoid<T extends tf.Tensor>(...args: unknown[]): T {
  const { x, ...o } = resolveArgs<HardsigmoidArgs<T>>(HARDSIGMOID_SIGNATURE, args);
  assertTensor(x, 'x', 'hardsigmoid');
  const k = o.slope ?? 0.1666667;
  const b = o.offset ?? 0.5;
  assertNumber(k, 'slope', 'hardsigmoid');
  assertNumber(b, 'offset', 'hardsigmoid');
  const op = customUnary((input: tf.Tensor, save: tf.GradSaveFunc) => {
    const value = tf.clipByValue(tf.add(tf.mul(input, k), b), 0, 1);
    save([value]);
    return {
      value,
      gradFunc: (dy: tf.Tensor, [y]: tf.Tensor[]) => {
        const inside = tf.logicalAnd(tf.greater(y, 0), tf.less(y, 1));
        return tf.where(inside, tf.mul(dy, k), tf.zerosLike(dy));
      },
    };
  });
  return elementwise(x, (t) => op(t)) as T;
}

/**
 * All of {@link sigmoid}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.sigmoid(x=x)
 * paddle.nn.functional.sigmoid({ x });
 * ```
 * @category nn.functional
 */
export interface SigmoidArgs<T extends tf.Tensor = tf.Tensor> extends NameOption {
  x: T;
}

const SIGMOID_SIGNATURE = defineSignature('nn.functional.sigmoid', ['x', 'name'], { required: 1 });

/**
 * Logistic sigmoid, `1 / (1 + exp(-x))`.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link SigmoidArgs})
 * @returns a tensor of the same shape
 * @throws InvalidArgumentError if `x` is not a tensor
 * @example
 * ```ts
 * paddle.nn.functional.sigmoid(tf.tensor([0])).print(); // [0.5]
 * ```
 * @category nn.functional
 */
export function sigmoid<T extends tf.Tensor>(args: SigmoidArgs<T>): T;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - input tensor of any shape
 */
export function sigmoid<T extends tf.Tensor>(x: T, name?: string | null): T;
export function sigmoid<T extends tf.Tensor>(...args: unknown[]): T {
  const { x } = resolveArgs<SigmoidArgs<T>>(SIGMOID_SIGNATURE, args);
  assertTensor(x, 'x', 'sigmoid');
  return elementwise(x, tf.sigmoid);
}

/**
 * All of {@link tanh}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.tanh(x=x)
 * paddle.nn.functional.tanh({ x });
 * ```
 * @category nn.functional
 */
export interface TanhArgs<T extends tf.Tensor = tf.Tensor> extends NameOption {
  x: T;
}

const TANH_SIGNATURE = defineSignature('nn.functional.tanh', ['x', 'name'], { required: 1 });

/**
 * Hyperbolic tangent.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link TanhArgs})
 * @returns a tensor of the same shape
 * @throws InvalidArgumentError if `x` is not a tensor
 * @example
 * ```ts
 * paddle.nn.functional.tanh(tf.tensor([0, 1])).print(); // [0, 0.7616]
 * ```
 * @category nn.functional
 */
export function tanh<T extends tf.Tensor>(args: TanhArgs<T>): T;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - input tensor of any shape
 */
export function tanh<T extends tf.Tensor>(x: T, name?: string | null): T;
export function tanh<T extends tf.Tensor>(...args: unknown[]): T {
  const { x } = resolveArgs<TanhArgs<T>>(TANH_SIGNATURE, args);
  assertTensor(x, 'x', 'tanh');
  return elementwise(x, tf.tanh);
}
