import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../errors';
import { Metric, addToTotal } from './metric';
import { checkBinaryInputs } from './binary-inputs';
import { defineSignature, resolveArgs } from '../framework/args';
import { checkMetricName } from './metric-name';

/** Options of {@link Auc}. @category Metric */
export interface AucOptions {
  /** The curve whose area is computed; only `'ROC'` (Paddle computes ROC for any value). @defaultValue 'ROC' */
  curve?: 'ROC';
  /** Number of thresholds; scores are bucketed as `floor(p * numThresholds)`. @defaultValue 4095 */
  numThresholds?: number;
  /** Log name. @defaultValue 'auc' */
  name?: string;
}

/**
 * All of {@link Auc}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * const m = new paddle.metric.Auc(); // or new paddle.metric.Auc({ numThresholds: 200 }), Paddle's Auc(num_thresholds=200)
 * ```
 * @category Metric
 */
export type AucArgs = AucOptions;

const SIGNATURE = defineSignature('metric.Auc', ['curve', 'numThresholds', 'name']);

/**
 * Area under the ROC curve over bucketed scores, like Paddle's `paddle.metric.Auc`. Predictions
 * are `[N, 2]` class probabilities (column 1 is the positive class, as Paddle), or `[N]` / `[N, 1]`
 * positive-class probabilities; labels are `[N]` or `[N, 1]`, positive when non-zero. The
 * per-bucket counts stay on the device until {@link Auc.accumulate}.
 *
 * Difference from Paddle: a `curve` other than `'ROC'` throws (Paddle silently computes ROC).
 *
 * @example
 * ```ts
 * const m = new paddle.metric.Auc(); // or new paddle.metric.Auc({ numThresholds: 200 }), Paddle's Auc(num_thresholds=200)
 * m.update(tf.tensor2d([[0.9, 0.1], [0.2, 0.8], [0.4, 0.6]]), tf.tensor1d([0, 1, 0]));
 * m.accumulate(); // 1
 * ```
 * @category Metric
 */
export class Auc extends Metric {
  /** The curve (always `'ROC'`). */
  readonly curve: 'ROC';
  /** Number of thresholds. */
  readonly numThresholds: number;
  private readonly metricName: string;
  private stats: tf.Tensor | null = null;

  constructor(args: AucArgs);
  /**
   * @param curve - `'ROC'`
   * @param numThresholds - number of thresholds
   * @param name - log name
   * @throws {@link index!InvalidArgumentError} for another curve or a non-positive `numThresholds`
   */
  constructor(curve?: 'ROC', numThresholds?: number, name?: string);
  constructor(...args: unknown[]) {
    super();
    const opts = resolveArgs<AucArgs>(SIGNATURE, args);
    this.curve = opts.curve ?? 'ROC';
    if (this.curve !== 'ROC') throw new InvalidArgumentError('curve', "'ROC'", opts.curve, 'Auc');
    this.numThresholds = opts.numThresholds ?? 4095;
    if (!Number.isInteger(this.numThresholds) || this.numThresholds < 1) {
      throw new InvalidArgumentError('numThresholds', 'a positive integer', opts.numThresholds, 'Auc');
    }
    this.metricName = checkMetricName(opts.name, 'auc', 'Auc');
  }

  override name(): string {
    return this.metricName;
  }

  /**
   * Adds a batch's scores to the positive and negative histograms.
   * @param preds - `[N, 2]` probabilities, or `[N]` / `[N, 1]` positive-class probabilities
   * @param labels - `[N]` or `[N, 1]`
   * @throws {@link index!ShapeMismatchError} for other shapes
   */
  override update(preds: tf.Tensor, labels: tf.Tensor): void {
    checkBinaryInputs('Auc.update', preds, labels, 2);
    const buckets = this.numThresholds + 1;
    this.stats = addToTotal(this.stats, () => {
      const p = preds.rank === 2 && preds.shape[1] === 2 ? tf.slice(preds, [0, 1], [-1, 1]) : preds;
      const bins = tf.clipByValue(tf.floor(tf.mul(tf.reshape(tf.cast(p, 'float32'), [-1]), this.numThresholds)), 0, this.numThresholds);
      const hot = tf.oneHot(tf.cast(bins, 'int32'), buckets);
      const pos = tf.cast(tf.notEqual(tf.reshape(labels, [-1]), 0), 'float32');
      const masks = tf.stack([pos, tf.sub(1, pos)]); // [2, N]
      return tf.matMul(masks, tf.cast(hot, 'float32')); // [2, buckets]
    });
  }

  /** The area under the ROC curve since the last reset; 0 without both classes. */
  override accumulate(): number {
    if (this.stats === null) return 0;
    const s = this.stats.dataSync();
    const b = this.numThresholds + 1;
    let totPos = 0;
    let totNeg = 0;
    let auc = 0;
    for (let idx = this.numThresholds; idx >= 0; idx--) {
      const prevPos = totPos;
      const prevNeg = totNeg;
      totPos += s[idx];
      totNeg += s[b + idx];
      auc += (Math.abs(totNeg - prevNeg) * (totPos + prevPos)) / 2;
    }
    return totPos > 0 && totNeg > 0 ? auc / totPos / totNeg : 0;
  }

  override reset(): void {
    this.stats?.dispose();
    this.stats = null;
  }

  override dispose(): void {
    this.reset();
  }
}
