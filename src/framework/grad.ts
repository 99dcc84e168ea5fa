import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, UnsupportedError } from '../errors';
import { defineSignature, resolveArgs } from './args';

/** Options of {@link grad} after the output and the inputs. */
export interface GradOptions {
  /** The gradient of the output to start from (Paddle's `grad_outputs`). @defaultValue ones */
  gradOutputs?: tf.Tensor | null;
  /** Accepted for Paddle compatibility: tfjs keeps no graph to retain. @defaultValue null */
  retainGraph?: boolean | null;
  /** Higher-order gradients through the result are not supported; only false. @defaultValue false */
  createGraph?: boolean;
  /** Accepted for Paddle compatibility (only the inputs' gradients are returned). @defaultValue true */
  onlyInputs?: boolean;
  /** Return `null` for inputs the output does not depend on instead of throwing. @defaultValue false */
  allowUnused?: boolean;
  /** Not supported; only null. @defaultValue null */
  noGradVars?: null;
}

/**
 * All of {@link grad}'s arguments by name: Paddle's keyword form, `outputs` given as the
 * function that computes them.
 *
 * @example
 * ```ts
 * // Paddle: paddle.grad(outputs=y, inputs=[x], allow_unused=True)
 * paddle.grad({ outputs: () => tf.sum(tf.square(x)), inputs: [x], allowUnused: true });
 * ```
 * @category Framework
 */
export interface GradArgs extends GradOptions {
  /** Computes the output from the inputs. */
  outputs: () => tf.Tensor;
  /** One tensor or a list of tensors/variables. */
  inputs: tf.Tensor | readonly tf.Tensor[];
}

const SIGNATURE = defineSignature('grad', ['outputs', 'inputs', 'gradOutputs', 'retainGraph', 'createGraph', 'onlyInputs', 'allowUnused', 'noGradVars'], { required: 2 });

/**
 * Gradients of `fn()` with respect to `inputs` (Paddle's `paddle.grad(outputs, inputs)`). tfjs
 * records no graph on a tensor, so the output is given as a function that computes it from the
 * inputs (tensors or parameters it closes over). The caller owns the returned gradients.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link GradArgs})
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
export function grad(args: GradArgs): (tf.Tensor | null)[];
/**
 * Positional form: Paddle's leading arguments by position, the rest by name in `options`.
 *
 * @param options - `gradOutputs`, `allowUnused` (and Paddle's `retainGraph`, `createGraph`, `onlyInputs`, `noGradVars`)
 */
export function grad(fn: () => tf.Tensor, inputs: tf.Tensor | readonly tf.Tensor[], options?: GradOptions): (tf.Tensor | null)[];
/**
 * Positional form, in Paddle's order.
 *
 * @param fn - computes the output (Paddle's `outputs`); a non-scalar output starts from `gradOutputs` (ones by default)
 * @param inputs - one tensor or a list of tensors/variables
 */
export function grad(fn: () => tf.Tensor, inputs: tf.Tensor | readonly tf.Tensor[], gradOutputs?: tf.Tensor | null,
  retainGraph?: boolean | null, createGraph?: boolean, onlyInputs?: boolean, allowUnused?: boolean, noGradVars?: null): (tf.Tensor | null)[];
export function grad(...args: unknown[]): (tf.Tensor | null)[] {
  const { outputs: fn, inputs, ...options } = resolveArgs<GradArgs>(SIGNATURE, args);
  if (options.createGraph) throw new UnsupportedError('grad: createGraph (higher-order gradients) is not supported.');
  if (options.noGradVars !== undefined && options.noGradVars !== null) {
    throw new InvalidArgumentError('noGradVars', 'null (not supported)', options.noGradVars, 'grad');
  }
  if (options.gradOutputs !== undefined && options.gradOutputs !== null && !(options.gradOutputs instanceof tf.Tensor)) {
    throw new InvalidArgumentError('gradOutputs', 'a tf.Tensor or null', options.gradOutputs, 'grad');
  }
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
