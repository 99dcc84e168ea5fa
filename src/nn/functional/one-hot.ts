import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { defineSignature, resolveArgs } from '../../framework/args';

const SIGNATURE = defineSignature('nn.functional.oneHot', ['x', 'numClasses', 'name'], { required: 2 });

/**
 * One-hot rows for integer labels: shape `[...x.shape, numClasses]`, float32 as in Paddle.
 * @throws {@link index!InvalidArgumentError} for a non-int `x` or a `numClasses` below 1
 * @example
 * ```ts
 * // Paddle: F.one_hot(label, num_classes=10)
 * paddle.nn.functional.oneHot(label, { numClasses: 10 });
 * ```
 * @category nn.functional
 */
export function oneHot(args: { x: tf.Tensor; numClasses: number; name?: string }): tf.Tensor;
export function oneHot(x: tf.Tensor, numClasses: number, name?: string): tf.Tensor;
export function oneHot(...args: unknown[]): tf.Tensor {
  const { x, numClasses } = resolveArgs<{ x: unknown; numClasses: unknown }>(SIGNATURE, args);
  if (!(x instanceof tf.Tensor) || x.dtype !== 'int32') throw new InvalidArgumentError('x', 'an int32 (or int64) tensor of labels', x, 'nn.functional.oneHot');
  if (typeof numClasses !== 'number' || !Number.isInteger(numClasses) || numClasses < 1) {
    throw new InvalidArgumentError('numClasses', 'a positive integer', numClasses, 'nn.functional.oneHot');
  }
  return tf.tidy(() => tf.reshape(tf.cast(tf.oneHot(tf.reshape(x, [-1]), numClasses), 'float32'), [...x.shape, numClasses]));
}
