import * as tf from '@tensorflow/tfjs-core';
import { ShapeMismatchError } from '../../errors';
import { Initializer } from './initializer';

/**
 * Sets a parameter to given values (Paddle's `nn.initializer.Assign`). The values are copied
 * when the initializer is made; the caller keeps ownership of a tensor passed in.
 *
 * @param value - a tensor, typed array or (nested) array; its size must match the parameter's
 * @throws ShapeMismatchError when the parameter's size differs
 * @example
 * ```ts
 * const init = new paddle.nn.initializer.Assign([[1, 2], [3, 4]]);
 * const fc = new paddle.nn.Linear(2, 2, { weightAttr: new paddle.nn.ParamAttr({ initializer: init }) });
 * ```
 * @category nn.initializer
 */
export class Assign extends Initializer {
  private readonly values: Float32Array;
  private readonly sourceShape: number[];

  constructor(value: tf.Tensor | tf.TensorLike) {
    super();
    const t = value instanceof tf.Tensor ? value : tf.tensor(value as tf.TensorLike);
    this.values = Float32Array.from(t.dataSync());
    this.sourceShape = t.shape.slice();
    if (t !== value) t.dispose();
  }

  generate(shape: readonly number[]): tf.Tensor {
    const size = shape.reduce((a, b) => a * b, 1);
    if (size !== this.values.length) throw new ShapeMismatchError('Assign initializer', shape as number[], this.sourceShape, 'a value the size of');
    return tf.tensor(this.values.slice(), shape as number[], 'float32');
  }
}
