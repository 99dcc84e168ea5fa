import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, ShapeMismatchError } from '../../errors';
import { Initializer } from './initializer';
import { defineSignature, resolveArgs } from '../../framework/args';
import { checkName } from '../layer/layer-utils';

/**
 * All of {@link Assign}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.initializer.Assign({ value: [1, 2, 3] }); // Paddle: nn.initializer.Assign(value=[1, 2, 3])
 * ```
 * @category nn.initializer
 */
export interface AssignArgs {
  /** A tensor, typed array or (nested) array; its size must match the parameter's. */
  value: tf.Tensor | tf.TensorLike;
  /** Paddle's `name`, accepted and ignored. @defaultValue null */
  name?: string | null;
}

const SIGNATURE = defineSignature('nn.initializer.Assign', ['value', 'name'], { required: 1 });

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
 * new paddle.nn.initializer.Assign({ value: [1, 2, 3] }); // Paddle: nn.initializer.Assign(value=[1, 2, 3])
 * ```
 * @category nn.initializer
 */
export class Assign extends Initializer {
  private readonly values: Float32Array;
  private readonly sourceShape: number[];

  constructor(args: AssignArgs);
  constructor(value: tf.Tensor | tf.TensorLike, name?: string | null);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<AssignArgs>(SIGNATURE, args);
    checkName(o.name, 'Assign');
    const value = o.value;
    if (!(value instanceof tf.Tensor || Array.isArray(value) || ArrayBuffer.isView(value) || typeof value === 'number')) {
      throw new InvalidArgumentError('value', 'a tensor, a typed array, a (nested) array or a number', value, 'Assign');
    }
    const t = value instanceof tf.Tensor ? value : tf.tensor(value);
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
