import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../errors';

/** Options of {@link grad}. */
export interface GradOptions {
  /** The gradient of the output to start from (Paddle's `grad_outputs`). @defaultValue ones */
  gradOutputs?: tf.Tensor | null;
  /** Return `null` for inputs the output does not depend on instead of throwing. @defaultValue false */
  allowUnused?: boolean;
}

/**
 * Gradients of `fn()` with respect to `inputs` (Paddle's `paddle.grad(outputs, inputs)`). tfjs
 * records no graph on a tensor, so the output is given as a function that computes it from the
 * inputs (tensors or parameters it closes over). The caller owns the returned gradients.
 *
 * @param fn - computes the output; a non-scalar output starts from `gradOutputs` (ones by default)
 * @param inputs - one tensor or a list of tensors/variables
 * @param options - `gradOutputs`, `allowUnused`
 * @returns one gradient per input, in order (`null` for an unused input with `allowUnused`)
 * @throws {@link index!InvalidArgumentError} if `fn` is not a function, `inputs` is empty, or an input is unused without `allowUnused`
 *
 * @example
 * ```ts
 * const x = tf.tensor([1, 2, 3]);
 * const [dx] = paddle.grad(() => tf.sum(tf.square(x)), [x]); // [2, 4, 6]
 * ```
 * @category Framework
 */
export function grad(
  fn: () => tf.Tensor,
  inputs: tf.Tensor | readonly tf.Tensor[],
  options: GradOptions = {},
): (tf.Tensor | null)[] {
  if (typeof fn !== 'function') throw new InvalidArgumentError('fn', 'a function computing the output', fn, 'grad');
  const xs = inputs instanceof tf.Tensor ? [inputs] : inputs;
  if (!Array.isArray(xs) || xs.length === 0 || xs.some((x) => !(x instanceof tf.Tensor))) {
    throw new InvalidArgumentError('inputs', 'a tensor or a non-empty array of tensors', inputs, 'grad');
  }
  const allowUnused = options.allowUnused ?? false;
  const { value, grads } = tf.engine().gradients(fn, xs, options.gradOutputs ?? undefined, true);
  value.dispose();
  const missing = grads.findIndex((g) => g == null);
  if (missing >= 0 && !allowUnused) {
    tf.dispose(grads.filter((g) => g != null));
    throw new InvalidArgumentError(`inputs[${missing}]`, 'an input the output depends on (or pass { allowUnused: true })', xs[missing], 'grad');
  }
  return grads.map((g) => g ?? null);
}
