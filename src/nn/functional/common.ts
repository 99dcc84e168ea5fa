import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, ShapeMismatchError } from '../../errors';
import { defineSignature, resolveArgs } from '../../framework/args';
import { assertTensor } from './args';

/**
 * All of {@link linear}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.linear(x=x, weight=w, bias=b)
 * paddle.nn.functional.linear({ x, weight: w, bias: b });
 * ```
 * @category nn.functional
 */
export interface LinearArgs {
  x: tf.Tensor;
  /** `[in, out]`. */
  weight: tf.Tensor;
  /** `[out]` or null. @defaultValue null */
  bias?: tf.Tensor | null;
  /** Ignored (Paddle names static-graph ops with it). */
  name?: string | null;
}

const LINEAR_SIGNATURE = defineSignature('nn.functional.linear', ['x', 'weight', 'bias', 'name'], { required: 2 });

/**
 * Fully connected transform `y = x·W + b` (`paddle.nn.functional.linear`), with Paddle's weight
 * layout `[inFeatures, outFeatures]`. `x` may have any number of leading dimensions.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link LinearArgs})
 * @returns `[..., out]`
 * @throws ShapeMismatchError when the last input dimension differs from `in`
 * @example
 * ```ts
 * paddle.nn.functional.linear(tf.ones([2, 4]), tf.ones([4, 3]), tf.zeros([3])).shape; // [2, 3]
 * ```
 * @category nn.functional
 */
export function linear(args: LinearArgs): tf.Tensor;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - input `[..., in]`
 * @param weight - `[in, out]`
 * @param bias - `[out]` or null
 */
export function linear(x: tf.Tensor, weight: tf.Tensor, bias?: tf.Tensor | null, name?: string | null): tf.Tensor;
export function linear(...args: unknown[]): tf.Tensor {
  const { x, weight, bias = null } = resolveArgs<LinearArgs>(LINEAR_SIGNATURE, args);
  const where = 'linear';
  assertTensor(x, 'x', where);
  assertTensor(weight, 'weight', where);
  if (bias !== null) assertTensor(bias, 'bias', where);
  return linearWith(x, weight, bias, where);
}

/** {@link linear} with the caller named in errors (the `Linear` layer). @internal */
export function linearWith(x: tf.Tensor, weight: tf.Tensor, bias: tf.Tensor | null, where: string): tf.Tensor {
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
 * All of {@link flatten}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.flatten(x=x, start_axis=1)
 * paddle.nn.functional.flatten({ x, startAxis: 1 });
 * ```
 * @category nn.functional
 */
export interface FlattenArgs {
  x: tf.Tensor;
  /** @defaultValue 0 */
  startAxis?: number;
  /** @defaultValue -1 */
  stopAxis?: number;
  /** Ignored (Paddle names static-graph ops with it). */
  name?: string | null;
}

const FLATTEN_SIGNATURE = defineSignature('nn.functional.flatten', ['x', 'startAxis', 'stopAxis', 'name'], { required: 1 });

/**
 * Flattens dimensions `startAxis … stopAxis` into one (`paddle.flatten`; note the functional
 * default `startAxis` is 0, while the `nn.Flatten` layer's is 1, as in Paddle).
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link FlattenArgs})
 * @returns the reshaped tensor (a view; no copy)
 * @throws InvalidArgumentError for axes out of range or start after stop
 * @example
 * ```ts
 * paddle.nn.functional.flatten(tf.ones([2, 3, 4, 5]), 1).shape; // [2, 60]
 * ```
 * @category nn.functional
 */
export function flatten(args: FlattenArgs): tf.Tensor;
export function flatten(x: tf.Tensor, options?: Omit<FlattenArgs, 'x'>): tf.Tensor;
export function flatten(x: tf.Tensor, startAxis?: number, options?: Omit<FlattenArgs, 'x' | 'startAxis'>): tf.Tensor;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - the input
 * @param startAxis - first dimension to merge @defaultValue 0
 * @param stopAxis - last dimension to merge (negative counts from the end) @defaultValue -1
 */
export function flatten(x: tf.Tensor, startAxis?: number, stopAxis?: number, name?: string | null): tf.Tensor;
export function flatten(...args: unknown[]): tf.Tensor {
  const { x, startAxis = 0, stopAxis = -1 } = resolveArgs<FlattenArgs>(FLATTEN_SIGNATURE, args);
  assertTensor(x, 'x', 'flatten');
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
 * All of {@link embedding}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.embedding(x=ids, weight=w, padding_idx=0)
 * paddle.nn.functional.embedding({ x: ids, weight: w, paddingIdx: 0 });
 * ```
 * @category nn.functional
 */
export interface EmbeddingArgs {
  /** Integer ids. */
  x: tf.Tensor;
  /** `[numEmbeddings, dim]`. */
  weight: tf.Tensor;
  /** @defaultValue null */
  paddingIdx?: number | null;
  /** Paddle's sparse-gradient flag; gradients here are dense. @defaultValue false */
  sparse?: boolean;
  /** Ignored (Paddle names static-graph ops with it). */
  name?: string | null;
}

const EMBEDDING_SIGNATURE = defineSignature('nn.functional.embedding', ['x', 'weight', 'paddingIdx', 'sparse', 'name'], { required: 2 });

/**
 * Looks up rows of `weight` by integer ids (`paddle.nn.functional.embedding`). Positions whose id
 * equals `paddingIdx` give zeros and pass no gradient to that row.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link EmbeddingArgs})
 * @returns `[...x.shape, dim]`
 * @throws InvalidArgumentError for a non-integer tensor or an id outside `[0, numEmbeddings)`
 * @example
 * ```ts
 * paddle.nn.functional.embedding(tf.tensor2d([[1, 2]], [1, 2], 'int32'), tf.randomNormal([5, 3])).shape; // [1, 2, 3]
 * ```
 * @category nn.functional
 */
export function embedding(args: EmbeddingArgs): tf.Tensor;
export function embedding(x: tf.Tensor, weight: tf.Tensor, options?: Omit<EmbeddingArgs, 'x' | 'weight'>): tf.Tensor;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - integer ids, any shape
 * @param weight - `[numEmbeddings, dim]`
 * @param paddingIdx - the padding id (negative counts from the end) @defaultValue null
 */
export function embedding(x: tf.Tensor, weight: tf.Tensor, paddingIdx?: number | null, sparse?: boolean, name?: string | null): tf.Tensor;
export function embedding(...args: unknown[]): tf.Tensor {
  const { x, weight, paddingIdx = null, sparse = false } = resolveArgs<EmbeddingArgs>(EMBEDDING_SIGNATURE, args);
  const where = 'embedding';
  assertTensor(x, 'x', where);
  assertTensor(weight, 'weight', where);
  if (paddingIdx !== null && !Number.isInteger(paddingIdx)) throw new InvalidArgumentError('paddingIdx', 'an integer or null', paddingIdx, where);
  if (typeof sparse !== 'boolean') throw new InvalidArgumentError('sparse', 'a boolean', sparse, where);
  return embeddingWith(x, weight, paddingIdx, where);
}

/** {@link embedding} with the caller named in errors (the `Embedding` layer). @internal */
export function embeddingWith(x: tf.Tensor, weight: tf.Tensor, paddingIdx: number | null, where: string): tf.Tensor {
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
