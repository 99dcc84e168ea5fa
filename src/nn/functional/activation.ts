// Piecewise and classic activations of `paddle.nn.functional` (smooth ones are in
// activation-smooth.ts). Where tfjs has a kernel with the right forward and backward (relu,
// relu6, leakyRelu, elu with alpha 1, sigmoid, tanh) it is used as is; the others are
// `tf.customGrad` ops, so their masks are computed outside the gradient tape
// (tfjs has no gradient for `Greater`) and their backward pass is the closed form PyTorch uses.
import * as tf from '@tensorflow/tfjs-core';
import { assertNumber, assertTensor, customUnary, type NameOption } from './args';
import { elementwise } from './layout';
import { defineSignature, resolveArgs } from '../../framework/args';

/**
 * All of {@link relu}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.relu(x=x)
 * paddle.nn.functional.relu({ x });
 * ```
 * @category nn.functional
 */
export interface ReluArgs<T extends tf.Tensor = tf.Tensor> extends NameOption {
  x: T;
}

const RELU_SIGNATURE = defineSignature('nn.functional.relu', ['x', 'name'], { required: 1 });

/**
 * Rectified linear unit, `max(x, 0)`.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link ReluArgs})
 * @returns a tensor of the same shape
 * @throws InvalidArgumentError if `x` is not a tensor
 * @example
 * ```ts
 * paddle.nn.functional.relu(tf.tensor([-1, 0, 2])).print(); // [0, 0, 2]
 * ```
 * @category nn.functional
 */
export function relu<T extends tf.Tensor>(args: ReluArgs<T>): T;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - input tensor of any shape
 */
export function relu<T extends tf.Tensor>(x: T, name?: string | null): T;
export function relu<T extends tf.Tensor>(...args: unknown[]): T {
  const { x } = resolveArgs<ReluArgs<T>>(RELU_SIGNATURE, args);
  assertTensor(x, 'x', 'relu');
  return elementwise(x, tf.relu);
}

/**
 * All of {@link relu6}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.relu6(x=x)
 * paddle.nn.functional.relu6({ x });
 * ```
 * @category nn.functional
 */
export interface Relu6Args<T extends tf.Tensor = tf.Tensor> extends NameOption {
  x: T;
}

const RELU6_SIGNATURE = defineSignature('nn.functional.relu6', ['x', 'name'], { required: 1 });

/**
 * ReLU clipped at 6, `min(max(x, 0), 6)`.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link Relu6Args})
 * @returns a tensor of the same shape
 * @throws InvalidArgumentError if `x` is not a tensor
 * @example
 * ```ts
 * paddle.nn.functional.relu6(tf.tensor([-1, 3, 8])).print(); // [0, 3, 6]
 * ```
 * @category nn.functional
 */
export function relu6<T extends tf.Tensor>(args: Relu6Args<T>): T;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - input tensor of any shape
 */
export function relu6<T extends tf.Tensor>(x: T, name?: string | null): T;
export function relu6<T extends tf.Tensor>(...args: unknown[]): T {
  const { x } = resolveArgs<Relu6Args<T>>(RELU6_SIGNATURE, args);
  assertTensor(x, 'x', 'relu6');
  return elementwise(x, tf.relu6);
}

/**
 * Options of {@link leakyRelu}.
 *
 * @example
 * ```ts
 * paddle.nn.functional.leakyRelu(x, { negativeSlope: 0.2 });
 * ```
 * @category nn.functional
 */
export interface LeakyReluOptions extends NameOption {
  /** Slope for `x < 0`. @defaultValue 0.01 */
  negativeSlope?: number;
}

/**
 * All of {@link leakyRelu}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.leaky_relu(x=x)
 * paddle.nn.functional.leakyRelu({ x });
 * ```
 * @category nn.functional
 */
export interface LeakyReluArgs<T extends tf.Tensor = tf.Tensor> extends LeakyReluOptions {
  x: T;
}

const LEAKY_RELU_SIGNATURE = defineSignature('nn.functional.leakyRelu', ['x', 'negativeSlope', 'name'], { required: 1 });

/**
 * Leaky ReLU, `x` for `x > 0` and `negativeSlope * x` otherwise.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link LeakyReluArgs})
 * @returns a tensor of the same shape
 * @throws InvalidArgumentError if `x` is not a tensor or the slope is not a finite number
 * @example
 * ```ts
 * paddle.nn.functional.leakyRelu(tf.tensor([-2, 3]), 0.1).print(); // [-0.2, 3]
 * ```
 * @category nn.functional
 */
export function leakyRelu<T extends tf.Tensor>(args: LeakyReluArgs<T>): T;
export function leakyRelu<T extends tf.Tensor>(x: T, options?: LeakyReluOptions): T;
export function leakyRelu<T extends tf.Tensor>(x: T, negativeSlope?: number, options?: LeakyReluOptions): T;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - input tensor of any shape
 * @param negativeSlope - slope for negative inputs (or `{ negativeSlope }`); Paddle's default 0.01
 */
export function leakyRelu<T extends tf.Tensor>(x: T, negativeSlope?: number, name?: string | null): T;
export function leakyRelu<T extends tf.Tensor>(...args: unknown[]): T {
  const { x, ...o } = resolveArgs<LeakyReluArgs<T>>(LEAKY_RELU_SIGNATURE, args);
  assertTensor(x, 'x', 'leakyRelu');
  const slope = o.negativeSlope ?? 0.01;
  assertNumber(slope, 'negativeSlope', 'leakyRelu');
  return elementwise(x, (t) => tf.leakyRelu(t, slope));
}

/**
 * Options of {@link elu}.
 *
 * @example
 * ```ts
 * paddle.nn.functional.elu(x, { alpha: 0.5 });
 * ```
 * @category nn.functional
 */
export interface EluOptions extends NameOption {
  /** Scale of the negative part, `alpha * (exp(x) - 1)`. @defaultValue 1 */
  alpha?: number;
}

/**
 * All of {@link elu}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.elu(x=x)
 * paddle.nn.functional.elu({ x });
 * ```
 * @category nn.functional
 */
export interface EluArgs<T extends tf.Tensor = tf.Tensor> extends EluOptions {
  x: T;
}

const ELU_SIGNATURE = defineSignature('nn.functional.elu', ['x', 'alpha', 'name'], { required: 1 });

/**
 * Exponential linear unit, `x` for `x > 0` and `alpha * (exp(x) - 1)` otherwise
 * ([Clevert et al. 2015](https://arxiv.org/abs/1511.07289)).
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link EluArgs})
 * @returns a tensor of the same shape
 * @throws InvalidArgumentError if `x` is not a tensor or `alpha` is not a finite number
 * @example
 * ```ts
 * paddle.nn.functional.elu(tf.tensor([-1, 2]), 0.5).print(); // [-0.3161, 2]
 * ```
 * @category nn.functional
 */
export function elu<T extends tf.Tensor>(args: EluArgs<T>): T;
export function elu<T extends tf.Tensor>(x: T, options?: EluOptions): T;
export function elu<T extends tf.Tensor>(x: T, alpha?: number, options?: EluOptions): T;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - input tensor of any shape
 * @param alpha - scale of the negative part (or `{ alpha }`); Paddle's default 1
 */
export function elu<T extends tf.Tensor>(x: T, alpha?: number, name?: string | null): T;
export function elu<T extends tf.Tensor>(...args: unknown[]): T {
  const { x, ...o } = resolveArgs<EluArgs<T>>(ELU_SIGNATURE, args);
  assertTensor(x, 'x', 'elu');
  const a = o.alpha ?? 1;
  assertNumber(a, 'alpha', 'elu');
  // tfjs's Elu kernel (native on wasm, with its own EluGrad) hard-codes alpha = 1.
  if (a === 1) return tf.elu(x);
  const op = customUnary((input: tf.Tensor, save: tf.GradSaveFunc) => {
    const positive = tf.greater(input, 0);
    const value = tf.where(positive, input, tf.mul(tf.expm1(tf.minimum(input, 0)), a));
    save([positive, value]);
    return {
      value,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [pos, y] = saved;
        // d/dx alpha*(exp(x)-1) = alpha*exp(x) = y + alpha, written from the output like torch.
        return tf.where(pos, dy, tf.mul(dy, tf.add(y, a)));
      },
    };
  });
  return elementwise(x, (t) => op(t)) as T;
}

export {
  hardswish, hardsigmoid, sigmoid, tanh,
  type HardswishArgs, type HardsigmoidArgs, type HardsigmoidOptions, type SigmoidArgs, type TanhArgs,
} from './activation-hard';
