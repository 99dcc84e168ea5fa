import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, ShapeMismatchError } from '../errors';

/**
 * Top-k accuracy of one batch as a float32 scalar tensor, like Paddle's
 * `paddle.metric.accuracy(input, label, k)`. Runs on the device; nothing is read back.
 *
 * Difference from Paddle: `label` may be `[N]` as well as `[N, 1]` (Paddle requires `[N, 1]`).
 *
 * @param input - scores `[N, C]`
 * @param label - class indices `[N]` or `[N, 1]`
 * @param k - how many of the best classes may hold the label @defaultValue 1
 * @returns a scalar tensor owned by the caller
 * @throws {@link index!ShapeMismatchError} if the shapes do not fit, {@link index!InvalidArgumentError} for a bad k
 * @example
 * ```ts
 * paddle.metric.accuracy(tf.tensor2d([[0.1, 0.9], [0.8, 0.2]]), tf.tensor2d([[1], [1]], undefined, 'int32')); // 0.5
 * ```
 * @category Metric
 */
export function accuracy(input: tf.Tensor, label: tf.Tensor, k = 1): tf.Scalar {
  if (!(input instanceof tf.Tensor)) throw new InvalidArgumentError('input', 'a tf.Tensor', input, 'metric.accuracy');
  if (!(label instanceof tf.Tensor)) throw new InvalidArgumentError('label', 'a tf.Tensor', label, 'metric.accuracy');
  if (input.rank !== 2) throw new ShapeMismatchError('metric.accuracy', [-1, -1], input.shape, 'input of');
  if (!Number.isInteger(k) || k < 1 || k > (input.shape[1] as number)) {
    throw new InvalidArgumentError('k', `an integer in [1, ${input.shape[1]}]`, k, 'metric.accuracy');
  }
  const n = input.shape[0];
  if (!(label.rank === 1 || (label.rank === 2 && label.shape[1] === 1)) || label.shape[0] !== n) {
    throw new ShapeMismatchError('metric.accuracy', [n, 1], label.shape, 'label of');
  }
  return tf.tidy(() => {
    const top = tf.topk(input, k, true).indices;
    const hit = tf.cast(tf.equal(top, tf.cast(tf.reshape(label, [-1, 1]), 'int32')), 'float32');
    return tf.div(tf.sum(hit), Math.max(n, 1)) as tf.Scalar;
  });
}
