import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, ShapeMismatchError } from '../errors';
import { defineSignature, resolveArgs } from '../framework/args';

/** Options of {@link accuracy} after `input` and `label`. @category Metric */
export interface AccuracyFnOptions {
  /** How many of the best classes may hold the label. @defaultValue 1 */
  k?: number;
  /** A `tf.Variable` of one element that receives the number of correct samples, as Paddle's output. @defaultValue null */
  correct?: tf.Variable | null;
  /** A `tf.Variable` of one element that receives the number of samples, as Paddle's output. @defaultValue null */
  total?: tf.Variable | null;
  /** Paddle's `name`, accepted and ignored. @defaultValue null */
  name?: string | null;
}

/**
 * All of {@link accuracy}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * paddle.metric.accuracy({ input: scores, label: labels, k: 5 }); // Paddle: metric.accuracy(input=scores, label=labels, k=5)
 * ```
 * @category Metric
 */
export interface AccuracyFnArgs extends AccuracyFnOptions {
  input: tf.Tensor;
  label: tf.Tensor;
}

const SIGNATURE = defineSignature('metric.accuracy', ['input', 'label', 'k', 'correct', 'total', 'name'], { required: 2 });

/** Paddle's `correct` / `total` outputs: a one-element variable, or nothing. */
function checkOutput(value: unknown, argument: string): tf.Variable | null {
  if (value === undefined || value === null) return null;
  if (!(value instanceof tf.Variable) || value.size !== 1) {
    throw new InvalidArgumentError(argument, 'a tf.Variable of one element (it receives the count) or null', value, 'metric.accuracy');
  }
  return value;
}

/**
 * Top-k accuracy of one batch as a float32 scalar tensor, like Paddle's
 * `paddle.metric.accuracy(input, label, k)`. Runs on the device; nothing is read back.
 *
 * Difference from Paddle: `label` may be `[N]` as well as `[N, 1]` (Paddle requires `[N, 1]`).
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link AccuracyFnArgs})
 * @returns a scalar tensor owned by the caller
 * @throws {@link index!ShapeMismatchError} if the shapes do not fit, {@link index!InvalidArgumentError} for a bad k
 * @example
 * ```ts
 * paddle.metric.accuracy(tf.tensor2d([[0.1, 0.9], [0.8, 0.2]]), tf.tensor2d([[1], [1]], undefined, 'int32')); // 0.5
 * paddle.metric.accuracy({ input: scores, label: labels, k: 5 }); // Paddle: metric.accuracy(input=scores, label=labels, k=5)
 * ```
 * @category Metric
 */
export function accuracy(args: AccuracyFnArgs): tf.Scalar;
export function accuracy(input: tf.Tensor, label: tf.Tensor, options?: AccuracyFnOptions): tf.Scalar;
/**
 * Positional form, in Paddle's order.
 *
 * @param input - scores `[N, C]`
 * @param label - class indices `[N]` or `[N, 1]`
 * @param k - how many of the best classes may hold the label @defaultValue 1
 * @param correct - a one-element `tf.Variable` that receives the number of correct samples
 * @param total - a one-element `tf.Variable` that receives the number of samples
 * @param name - Paddle's `name`, accepted and ignored
 */
export function accuracy(input: tf.Tensor, label: tf.Tensor, k?: number, correct?: tf.Variable | null, total?: tf.Variable | null,
  name?: string | null): tf.Scalar;
export function accuracy(...args: unknown[]): tf.Scalar {
  const o = resolveArgs<AccuracyFnArgs>(SIGNATURE, args);
  const { input, label } = o;
  const k = o.k ?? 1;
  const correct = checkOutput(o.correct, 'correct');
  const total = checkOutput(o.total, 'total');
  if (o.name !== undefined && o.name !== null && typeof o.name !== 'string') {
    throw new InvalidArgumentError('name', 'a string or null', o.name, 'metric.accuracy');
  }
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
    const hits = tf.sum(hit);
    if (correct) correct.assign(tf.cast(tf.reshape(hits, correct.shape), correct.dtype));
    if (total) total.assign(tf.fill(total.shape, n, total.dtype));
    return tf.div(hits, Math.max(n, 1)) as tf.Scalar;
  });
}
