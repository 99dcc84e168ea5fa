import * as tf from '@tensorflow/tfjs-core';
import { Metric, addToTotal } from './metric';
import { checkBinaryInputs } from './binary-inputs';
import { defineSignature, resolveArgs } from '../framework/args';
import { checkMetricName } from './metric-name';

/**
 * All of {@link Recall}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * const m = new paddle.metric.Recall(); // or new paddle.metric.Recall({ name: 'reca' }), Paddle's Recall(name='reca')
 * ```
 * @category Metric
 */
export interface RecallArgs {
  /** Log name. @defaultValue 'recall' */
  name?: string;
}

const SIGNATURE = defineSignature('metric.Recall', ['name']);

/**
 * Binary recall `tp / (tp + fn)`, like Paddle's `paddle.metric.Recall`. A prediction counts as
 * positive when it rounds to 1 with round-half-to-even (`np.rint(p) == 1`, as Paddle — so 0.5
 * counts as negative here but as positive in {@link Precision}). Predictions and labels are `[N]`
 * or `[N, 1]`. The counts stay on the device until {@link Recall.accumulate}.
 *
 * @example
 * ```ts
 * const m = new paddle.metric.Recall(); // or new paddle.metric.Recall({ name: 'reca' }), Paddle's Recall(name='reca')
 * m.update(tf.tensor1d([0.1, 0.9, 0.8, 0.2]), tf.tensor1d([0, 1, 1, 1]));
 * m.accumulate(); // 2 / 3
 * ```
 * @category Metric
 */
export class Recall extends Metric {
  private readonly metricName: string;
  private counts: tf.Tensor | null = null;

  constructor(args: RecallArgs);
  /** @param name - log name @defaultValue 'recall' */
  constructor(name?: string);
  constructor(...args: unknown[]) {
    super();
    this.metricName = checkMetricName(resolveArgs<RecallArgs>(SIGNATURE, args).name, 'recall', 'Recall');
  }

  override name(): string {
    return this.metricName;
  }

  /**
   * Adds a batch's true positives and false negatives.
   * @param preds - probabilities of the positive class, `[N]` or `[N, 1]`
   * @param labels - 0/1 labels, `[N]` or `[N, 1]`
   * @throws {@link index!ShapeMismatchError} if the two do not hold the same number of samples
   */
  override update(preds: tf.Tensor, labels: tf.Tensor): void {
    checkBinaryInputs('Recall.update', preds, labels);
    this.counts = addToTotal(this.counts, () => {
      const p = tf.reshape(tf.cast(preds, 'float32'), [-1]);
      const l = tf.reshape(tf.cast(labels, 'float32'), [-1]);
      // rint(p) == 1  <=>  0.5 < p <= 1.5 (ties to even: rint(0.5) = 0, rint(1.5) = 2)
      const predPos = tf.cast(tf.logicalAnd(tf.greater(p, 0.5), tf.lessEqual(p, 1.5)), 'float32');
      const labPos = tf.cast(tf.equal(l, 1), 'float32');
      const tp = tf.sum(tf.mul(predPos, labPos));
      return tf.stack([tp, tf.sub(tf.sum(labPos), tp)]);
    });
  }

  /** `tp / (tp + fn)` since the last reset, 0 when there was no positive label. */
  override accumulate(): number {
    if (this.counts === null) return 0;
    const [tp, fn] = this.counts.dataSync();
    return tp + fn > 0 ? tp / (tp + fn) : 0;
  }

  override reset(): void {
    this.counts?.dispose();
    this.counts = null;
  }

  override dispose(): void {
    this.reset();
  }
}
