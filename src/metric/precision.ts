import * as tf from '@tensorflow/tfjs-core';
import { Metric, addToTotal } from './metric';
import { checkBinaryInputs } from './binary-inputs';
import { defineSignature, resolveArgs } from '../framework/args';
import { checkMetricName } from './metric-name';

/**
 * All of {@link Precision}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * const m = new paddle.metric.Precision(); // or new paddle.metric.Precision({ name: 'prec' }), Paddle's Precision(name='prec')
 * ```
 * @category Metric
 */
export interface PrecisionArgs {
  /** Log name. @defaultValue 'precision' */
  name?: string;
}

const SIGNATURE = defineSignature('metric.Precision', ['name']);

/**
 * Binary precision `tp / (tp + fp)`, like Paddle's `paddle.metric.Precision`. A prediction counts
 * as positive when it rounds to 1 (`floor(p + 0.5) == 1`, as Paddle). Predictions and labels are
 * `[N]` or `[N, 1]`. The counts stay on the device until {@link Precision.accumulate}.
 *
 * @example
 * ```ts
 * const m = new paddle.metric.Precision(); // or new paddle.metric.Precision({ name: 'prec' }), Paddle's Precision(name='prec')
 * m.update(tf.tensor1d([0.1, 0.9, 0.8, 0.7]), tf.tensor1d([0, 1, 0, 1]));
 * m.accumulate(); // 2 / 3
 * ```
 * @category Metric
 */
export class Precision extends Metric {
  private readonly metricName: string;
  private counts: tf.Tensor | null = null;

  constructor(args: PrecisionArgs);
  /** @param name - log name @defaultValue 'precision' */
  constructor(name?: string);
  constructor(...args: unknown[]) {
    super();
    this.metricName = checkMetricName(resolveArgs<PrecisionArgs>(SIGNATURE, args).name, 'precision', 'Precision');
  }

  override name(): string {
    return this.metricName;
  }

  /**
   * Adds a batch's true and false positives.
   * @param preds - probabilities of the positive class, `[N]` or `[N, 1]`
   * @param labels - 0/1 labels, `[N]` or `[N, 1]`
   * @throws {@link index!ShapeMismatchError} if the two do not hold the same number of samples
   */
  override update(preds: tf.Tensor, labels: tf.Tensor): void {
    checkBinaryInputs('Precision.update', preds, labels);
    this.counts = addToTotal(this.counts, () => {
      const p = tf.reshape(tf.cast(preds, 'float32'), [-1]);
      const l = tf.reshape(tf.cast(labels, 'float32'), [-1]);
      const r = tf.floor(tf.add(p, 0.5));
      const predPos = tf.cast(tf.equal(r, 1), 'float32');
      const labPos = tf.cast(tf.equal(l, 1), 'float32');
      const tp = tf.sum(tf.mul(predPos, labPos));
      return tf.stack([tp, tf.sub(tf.sum(predPos), tp)]);
    });
  }

  /** `tp / (tp + fp)` since the last reset, 0 when nothing was predicted positive. */
  override accumulate(): number {
    if (this.counts === null) return 0;
    const [tp, fp] = this.counts.dataSync();
    return tp + fp > 0 ? tp / (tp + fp) : 0;
  }

  override reset(): void {
    this.counts?.dispose();
    this.counts = null;
  }

  override dispose(): void {
    this.reset();
  }
}
