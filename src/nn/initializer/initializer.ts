import * as tf from '@tensorflow/tfjs-core';
import { defaultGenerator, type Generator } from '../../framework/random';

/**
 * Base class of `nn.initializer`: something that makes the starting value of a parameter. Values
 * are drawn from {@link index!defaultGenerator} (or the generator given), so `paddle.seed(n)` makes
 * initialization repeatable.
 *
 * @example
 * ```ts
 * const init = new paddle.nn.initializer.Normal(0, 0.02);
 * const t = init.generate([3, 4]); // a new [3, 4] tensor, owned by the caller
 * ```
 * @category nn.initializer
 */
export abstract class Initializer {
  /**
   * Returns a new tensor of `shape` holding the initial values (the caller owns it).
   * @param shape - the parameter's shape, in Paddle's layout (fans are computed from it as Paddle does)
   * @param generator - where random values come from; defaults to {@link index!defaultGenerator}
   */
  abstract generate(shape: readonly number[], generator?: Generator): tf.Tensor;

  /**
   * Overwrites `param` in place with freshly generated values, like calling a Paddle initializer
   * on a parameter.
   * @param param - the variable to fill
   * @param generator - where random values come from; defaults to {@link index!defaultGenerator}
   */
  apply(param: tf.Variable, generator?: Generator): void {
    const value = this.generate(param.shape, generator);
    param.assign(value);
    value.dispose();
  }
}

/**
 * Paddle's `_compute_fans`: Linear `[in, out]` → (in, out); conv `[out, in, kh, kw]` → (in·kh·kw, out·kh·kw).
 *
 * @example
 * ```ts
 * paddle.nn.initializer.computeFans([784, 10]);      // [784, 10]
 * paddle.nn.initializer.computeFans([16, 3, 5, 5]);  // [75, 400]
 * ```
 * @category nn.initializer
 */
export function computeFans(shape: readonly number[]): [number, number] {
  if (shape.length === 0) return [1, 1];
  if (shape.length === 1) return [shape[0], shape[0]];
  if (shape.length === 2) return [shape[0], shape[1]];
  let receptive = 1;
  for (let i = 2; i < shape.length; i++) receptive *= shape[i];
  return [shape[1] * receptive, shape[0] * receptive];
}

/** A float32 tensor of `shape`, filled in bulk by `fill` (e.g. `Generator.fillUniform`). */
export function filledTensor(shape: readonly number[], fill: (out: Float32Array) => void): tf.Tensor {
  const values = new Float32Array(shape.reduce((a, b) => a * b, 1));
  fill(values);
  return tf.tensor(values, shape as number[], 'float32');
}

/** A float32 tensor of `shape` with each element drawn by `draw`. */
export function fillWith(shape: readonly number[], draw: () => number): tf.Tensor {
  const size = shape.reduce((a, b) => a * b, 1);
  const values = new Float32Array(size);
  for (let i = 0; i < size; i++) values[i] = draw();
  return tf.tensor(values, shape as number[], 'float32');
}

/** The generator to draw from: the one given, else the global one. */
export function pickGenerator(generator?: Generator): Generator {
  return generator ?? defaultGenerator();
}
