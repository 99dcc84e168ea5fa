// Smooth activations of `paddle.nn.functional`: GELU, SiLU/Swish and Softplus. GELU and Softplus
// are custom-gradient ops whose backward pass is the closed form PyTorch and Paddle use.
import * as tf from '@tensorflow/tfjs-core';
import { assertNumber, assertTensor, customUnary, type NameOption } from './args';
import { elementwise } from './layout';
import { defineSignature, resolveArgs } from '../../framework/args';

/**
 * Options of {@link gelu}.
 *
 * @example
 * ```ts
 * paddle.nn.functional.gelu(x, { approximate: true });
 * ```
 * @category nn.functional
 */
export interface GeluOptions extends NameOption {
  /** Use the tanh approximation instead of the exact erf form. @defaultValue false */
  approximate?: boolean;
}

const SQRT_HALF = Math.SQRT1_2;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
const TANH_K = Math.sqrt(2 / Math.PI);
const TANH_C = 0.044715;

/**
 * All of {@link gelu}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.gelu(x=x)
 * paddle.nn.functional.gelu({ x });
 * ```
 * @category nn.functional
 */
export interface GeluArgs<T extends tf.Tensor = tf.Tensor> extends GeluOptions {
  x: T;
}

const GELU_SIGNATURE = defineSignature('nn.functional.gelu', ['x', 'approximate', 'name'], { required: 1 });

/**
 * Gaussian error linear unit ([Hendrycks & Gimpel 2016](https://arxiv.org/abs/1606.08415)):
 * `0.5 x (1 + erf(x / √2))`, or with `approximate` the tanh form
 * `0.5 x (1 + tanh(√(2/π) (x + 0.044715 x³)))`. The backward pass is the analytic derivative
 * of the chosen form, as in Paddle and PyTorch.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link GeluArgs})
 * @returns a tensor of the same shape
 * @throws InvalidArgumentError if `x` is not a tensor
 * @example
 * ```ts
 * paddle.nn.functional.gelu(tf.tensor([-1, 0, 1])).print(); // [-0.1587, 0, 0.8413]
 * ```
 * @category nn.functional
 */
export function gelu<T extends tf.Tensor>(args: GeluArgs<T>): T;
export function gelu<T extends tf.Tensor>(x: T, options?: GeluOptions): T;
export function gelu<T extends tf.Tensor>(x: T, approximate?: boolean, options?: GeluOptions): T;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - input tensor of any shape
 * @param approximate - use the tanh approximation (or `{ approximate }`); Paddle's default false
 */
export function gelu<T extends tf.Tensor>(x: T, approximate?: boolean, name?: string | null): T;
export function gelu<T extends tf.Tensor>(...args: unknown[]): T {
  const { x, ...o } = resolveArgs<GeluArgs<T>>(GELU_SIGNATURE, args);
  assertTensor(x, 'x', 'gelu');
  const approx = o.approximate ?? false;
  const op = approx
    ? customUnary((input: tf.Tensor, save: tf.GradSaveFunc) => {
        const inner = tf.mul(tf.add(input, tf.mul(tf.pow(input, 3), TANH_C)), TANH_K);
        const t = tf.tanh(inner);
        save([input, t]);
        return {
          value: tf.mul(tf.mul(input, 0.5), tf.add(t, 1)),
          gradFunc: (dy: tf.Tensor, [xs, th]: tf.Tensor[]) => {
            const left = tf.mul(tf.add(th, 1), 0.5);
            const dInner = tf.mul(tf.add(tf.mul(tf.square(xs), 3 * TANH_C), 1), TANH_K);
            const right = tf.mul(tf.mul(tf.mul(xs, 0.5), tf.sub(1, tf.square(th))), dInner);
            return tf.mul(dy, tf.add(left, right));
          },
        };
      })
    : customUnary((input: tf.Tensor, save: tf.GradSaveFunc) => {
        const cdf = tf.mul(tf.add(tf.erf(tf.mul(input, SQRT_HALF)), 1), 0.5);
        save([input, cdf]);
        return {
          value: tf.mul(input, cdf),
          gradFunc: (dy: tf.Tensor, [xs, phi]: tf.Tensor[]) => {
            const pdf = tf.mul(tf.exp(tf.mul(tf.square(xs), -0.5)), INV_SQRT_2PI);
            return tf.mul(dy, tf.add(phi, tf.mul(xs, pdf)));
          },
        };
      });
  return elementwise(x, (t) => op(t)) as T;
}

/**
 * All of {@link silu}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.silu(x=x)
 * paddle.nn.functional.silu({ x });
 * ```
 * @category nn.functional
 */
export interface SiluArgs<T extends tf.Tensor = tf.Tensor> extends NameOption {
  x: T;
}

const SILU_SIGNATURE = defineSignature('nn.functional.silu', ['x', 'name'], { required: 1 });

/**
 * Sigmoid linear unit, `x * sigmoid(x)`.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link SiluArgs})
 * @returns a tensor of the same shape
 * @throws InvalidArgumentError if `x` is not a tensor
 * @example
 * ```ts
 * paddle.nn.functional.silu(tf.tensor([1])).print(); // [0.7311]
 * ```
 * @category nn.functional
 */
export function silu<T extends tf.Tensor>(args: SiluArgs<T>): T;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - input tensor of any shape
 */
export function silu<T extends tf.Tensor>(x: T, name?: string | null): T;
export function silu<T extends tf.Tensor>(...args: unknown[]): T {
  const { x } = resolveArgs<SiluArgs<T>>(SILU_SIGNATURE, args);
  assertTensor(x, 'x', 'silu');
  return elementwise(x, (t) => tf.tidy(() => tf.mul(t, tf.sigmoid(t))));
}

/**
 * All of {@link swish}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.swish(x=x)
 * paddle.nn.functional.swish({ x });
 * ```
 * @category nn.functional
 */
export interface SwishArgs<T extends tf.Tensor = tf.Tensor> extends NameOption {
  x: T;
}

const SWISH_SIGNATURE = defineSignature('nn.functional.swish', ['x', 'name'], { required: 1 });

/**
 * Swish, `x * sigmoid(x)` (Paddle 2.x fixes beta at 1, so this equals {@link silu}).
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link SwishArgs})
 * @returns a tensor of the same shape
 * @throws InvalidArgumentError if `x` is not a tensor
 * @example
 * ```ts
 * paddle.nn.functional.swish(tf.tensor([1])).print(); // [0.7311]
 * ```
 * @category nn.functional
 */
export function swish<T extends tf.Tensor>(args: SwishArgs<T>): T;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - input tensor of any shape
 */
export function swish<T extends tf.Tensor>(x: T, name?: string | null): T;
export function swish<T extends tf.Tensor>(...args: unknown[]): T {
  const { x } = resolveArgs<SwishArgs<T>>(SWISH_SIGNATURE, args);
  assertTensor(x, 'x', 'swish');
  return elementwise(x, (t) => tf.tidy(() => tf.mul(t, tf.sigmoid(t))));
}

/**
 * Options of {@link softplus}.
 *
 * @example
 * ```ts
 * paddle.nn.functional.softplus(x, { beta: 2, threshold: 10 });
 * ```
 * @category nn.functional
 */
export interface SoftplusOptions extends NameOption {
  /** Sharpness, `log(1 + exp(beta x)) / beta`. @defaultValue 1 */
  beta?: number;
  /** Above `beta * x > threshold` the function is the identity. @defaultValue 20 */
  threshold?: number;
}

/**
 * All of {@link softplus}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.softplus(x=x)
 * paddle.nn.functional.softplus({ x });
 * ```
 * @category nn.functional
 */
export interface SoftplusArgs<T extends tf.Tensor = tf.Tensor> extends SoftplusOptions {
  x: T;
}

const SOFTPLUS_SIGNATURE = defineSignature('nn.functional.softplus', ['x', 'beta', 'threshold', 'name'], { required: 1 });

/**
 * Softplus, `log(1 + exp(beta * x)) / beta`, and `x` where `beta * x > threshold`.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link SoftplusArgs})
 * @returns a tensor of the same shape
 * @throws InvalidArgumentError if `x` is not a tensor or beta/threshold are not finite numbers
 * @example
 * ```ts
 * paddle.nn.functional.softplus(tf.tensor([0])).print(); // [0.6931]
 * ```
 * @category nn.functional
 */
export function softplus<T extends tf.Tensor>(args: SoftplusArgs<T>): T;
export function softplus<T extends tf.Tensor>(x: T, options?: SoftplusOptions): T;
export function softplus<T extends tf.Tensor>(x: T, beta?: number, options?: SoftplusOptions): T;
export function softplus<T extends tf.Tensor>(x: T, beta?: number, threshold?: number, options?: SoftplusOptions): T;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - input tensor of any shape
 * @param beta - sharpness (or `{ beta, threshold }`); default 1
 * @param threshold - linear above this value of `beta * x`; default 20
 */
export function softplus<T extends tf.Tensor>(x: T, beta?: number, threshold?: number, name?: string | null): T;
export function softplus<T extends tf.Tensor>(...args: unknown[]): T {
  const { x, ...o } = resolveArgs<SoftplusArgs<T>>(SOFTPLUS_SIGNATURE, args);
  assertTensor(x, 'x', 'softplus');
  const b = o.beta ?? 1;
  const th = o.threshold ?? 20;
  assertNumber(b, 'beta', 'softplus');
  assertNumber(th, 'threshold', 'softplus');
  const op = customUnary((input: tf.Tensor, save: tf.GradSaveFunc) => {
    const bx = tf.mul(input, b);
    const linear = tf.greater(bx, th);
    // log1p(exp(z)) overflows for large z; the linear branch covers it, so clamp before exp.
    const soft = tf.div(tf.log1p(tf.exp(tf.minimum(bx, th))), b);
    save([bx, linear]);
    return {
      value: tf.where(linear, input, soft),
      gradFunc: (dy: tf.Tensor, [z, lin]: tf.Tensor[]) => tf.where(lin, dy, tf.mul(dy, tf.sigmoid(z))),
    };
  });
  return elementwise(x, (t) => op(t)) as T;
}
