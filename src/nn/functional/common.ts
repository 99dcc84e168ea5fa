import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, ShapeMismatchError } from '../../errors';

/**
 * Fully connected transform `y = x·W + b` (`paddle.nn.functional.linear`), with Paddle's weight
 * layout `[inFeatures, outFeatures]`. `x` may have any number of leading dimensions.
 *
 * @param x - input `[..., in]`
 * @param weight - `[in, out]`
 * @param bias - `[out]` or null
 * @returns `[..., out]`
 * @throws ShapeMismatchError when the last input dimension differs from `in`
 * @example
 * ```ts
 * paddle.nn.functional.linear(tf.ones([2, 4]), tf.ones([4, 3]), tf.zeros([3])).shape; // [2, 3]
 * ```
 * @category nn.functional
 */
export function linear(x: tf.Tensor, weight: tf.Tensor, bias: tf.Tensor | null = null, where = 'linear'): tf.Tensor {
  const inF = weight.shape[0] as number;
  if (x.rank < 1 || x.shape[x.rank - 1] !== inF) {
    throw new ShapeMismatchError(where, [...x.shape.slice(0, -1).map(() => null), inF], x.shape, 'input of');
  }
  return tf.tidy(() => {
    const flat = x.rank === 2 ? (x as tf.Tensor2D) : tf.reshape(x, [-1, inF]);
    const y = bias ? tf.add(tf.matMul(flat, weight as tf.Tensor2D), bias) : tf.matMul(flat, weight as tf.Tensor2D);
    return x.rank === 2 ? y : tf.reshape(y, [...x.shape.slice(0, -1), weight.shape[1] as number]);
  });
}

/**
 * Flattens dimensions `startAxis … stopAxis` into one (`paddle.flatten`; note the functional
 * default `startAxis` is 0, while the `nn.Flatten` layer's is 1, as in Paddle).
 *
 * @param x - the input
 * @param startAxis - first dimension to merge @defaultValue 0
 * @param stopAxis - last dimension to merge (negative counts from the end) @defaultValue -1
 * @returns the reshaped tensor (a view; no copy)
 * @throws InvalidArgumentError for axes out of range or start after stop
 * @example
 * ```ts
 * paddle.nn.functional.flatten(tf.ones([2, 3, 4, 5]), 1).shape; // [2, 60]
 * ```
 * @category nn.functional
 */
export function flatten(x: tf.Tensor, startAxis = 0, stopAxis = -1): tf.Tensor {
  const rank = Math.max(x.rank, 1);
  const norm = (a: number, name: string) => {
    if (!Number.isInteger(a) || a < -rank || a >= rank) throw new InvalidArgumentError(name, `an integer in [${-rank}, ${rank - 1}]`, a, 'flatten');
    return a < 0 ? a + rank : a;
  };
  const s = norm(startAxis, 'startAxis');
  const e = norm(stopAxis, 'stopAxis');
  if (s > e) throw new InvalidArgumentError('startAxis', `an axis not after stopAxis (${e})`, startAxis, 'flatten');
  if (x.rank === 0) return tf.reshape(x, [1]);
  const merged = x.shape.slice(s, e + 1).reduce((a, b) => a * b, 1);
  return tf.reshape(x, [...x.shape.slice(0, s), merged, ...x.shape.slice(e + 1)]);
}

/**
 * Looks up rows of `weight` by integer ids (`paddle.nn.functional.embedding`). Positions whose id
 * equals `paddingIdx` give zeros and pass no gradient to that row.
 *
 * @param x - integer ids, any shape
 * @param weight - `[numEmbeddings, dim]`
 * @param paddingIdx - the padding id (negative counts from the end) @defaultValue null
 * @returns `[...x.shape, dim]`
 * @throws InvalidArgumentError for a non-integer tensor or an id outside `[0, numEmbeddings)`
 * @example
 * ```ts
 * paddle.nn.functional.embedding(tf.tensor2d([[1, 2]], [1, 2], 'int32'), tf.randomNormal([5, 3])).shape; // [1, 2, 3]
 * ```
 * @category nn.functional
 */
export function embedding(x: tf.Tensor, weight: tf.Tensor, paddingIdx: number | null = null, where = 'embedding'): tf.Tensor {
  const num = weight.shape[0] as number;
  if (x.dtype !== 'int32') throw new InvalidArgumentError('x', 'an int32 tensor of ids', x, where);
  const pad = paddingIdx === null || paddingIdx === undefined ? null : paddingIdx < 0 ? paddingIdx + num : paddingIdx;
  const ids = x.dataSync();
  for (let i = 0; i < ids.length; i++) {
    if (!(ids[i] >= 0 && ids[i] < num)) {
      throw new InvalidArgumentError('x', `ids in [0, ${num})`, `a tensor containing ${ids[i]}`, where);
    }
  }
  return tf.tidy(() => {
    const rows = tf.gather(weight, tf.reshape(x, [-1]));
    let out = tf.reshape(rows, [...x.shape, weight.shape[1] as number]);
    if (pad !== null) out = tf.mul(out, tf.expandDims(tf.cast(tf.notEqual(x, pad), 'float32'), -1));
    return out;
  });
}
