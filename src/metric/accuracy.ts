import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, ShapeMismatchError } from '../errors';
import { Metric, addToTotal } from './metric';
import { defineSignature, resolveArgs } from '../framework/args';
import { checkMetricName } from './metric-name';

/** Options of {@link Accuracy}. @category Metric */
export interface AccuracyOptions {
  /** The k of each top-k accuracy: a number or a list. @defaultValue [1] */
  topk?: number | readonly number[];
  /** Base log name (Paddle's `None` is `'acc'`). @defaultValue 'acc' */
  name?: string | null;
}

/**
 * All of {@link Accuracy}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * const m = new paddle.metric.Accuracy({ topk: [1, 2] }); // Paddle: metric.Accuracy(topk=(1, 2))
 * ```
 * @category Metric
 */
export type AccuracyArgs = AccuracyOptions;

const SIGNATURE = defineSignature('metric.Accuracy', ['topk', 'name']);

/**
 * Top-k classification accuracy, like Paddle's `paddle.metric.Accuracy`. Logged as `acc` when
 * the largest k is 1, otherwise as `${name}_top${k}` per k (`acc_top1`, `acc_top5`). Labels may
 * be class indices of shape `[N]` or `[N, 1]`, or one-hot / soft labels of the prediction's
 * shape (their argmax is used). Ties in the prediction rank the lower class index first, like a
 * stable descending sort.
 *
 * Differences from Paddle: `topk` may be a plain number (`topk: 5`); Paddle raises a TypeError
 * for that (Paddle issue #40110). `update` keeps the totals on the device and returns nothing.
 *
 * @example
 * ```ts
 * const m = new paddle.metric.Accuracy({ topk: [1, 2] }); // Paddle: metric.Accuracy(topk=(1, 2))
 * const pred = tf.tensor2d([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2]]);
 * m.update(m.compute(pred, tf.tensor1d([2, 0], 'int32')));
 * m.accumulate(); // [0.5, 1]
 * m.name();       // ['acc_top1', 'acc_top2']
 * ```
 * @category Metric
 */
export class Accuracy extends Metric {
  /** The k of each reported accuracy. */
  readonly topk: readonly number[];
  /** The largest k. */
  readonly maxk: number;
  private readonly names: string[];
  private total: tf.Tensor | null = null;
  private count = 0;

  constructor(args: AccuracyArgs);
  /**
   * @param topk - a number or a list
   * @param name - base log name
   * @throws {@link index!InvalidArgumentError} if a k is not a positive integer
   */
  constructor(topk?: number | readonly number[], name?: string | null);
  constructor(...args: unknown[]) {
    super();
    const opts = resolveArgs<AccuracyArgs>(SIGNATURE, args);
    const topk: unknown = opts.topk;
    const ks: unknown[] = topk === undefined ? [1] : typeof topk === 'number' ? [topk] : Array.isArray(topk) ? [...topk] : [topk];
    if (ks.length === 0 || ks.some((k) => !Number.isInteger(k) || (k as number) < 1)) {
      throw new InvalidArgumentError('topk', 'a positive integer or a non-empty list of positive integers', topk, 'Accuracy');
    }
    this.topk = ks as number[];
    this.maxk = Math.max(...this.topk);
    const base = checkMetricName(opts.name, 'acc', 'Accuracy');
    this.names = this.maxk === 1 ? [base] : ks.map((k) => `${base}_top${k}`);
  }

  override name(): string[] {
    return [...this.names];
  }

  /**
   * Marks, per sample, whether each of the `maxk` best classes is the label.
   * @param pred - scores `[..., C]`
   * @param label - class indices `[N]` / `[..., 1]`, or one-hot labels `[..., C]`
   * @returns float32 `[..., maxk]` of 0/1 (owned by the caller)
   * @throws {@link index!ShapeMismatchError} if `pred` has fewer than `maxk` classes
   */
  override compute(pred: tf.Tensor, label: tf.Tensor): tf.Tensor {
    if (!(pred instanceof tf.Tensor)) throw new InvalidArgumentError('pred', 'a tf.Tensor', pred, 'Accuracy.compute');
    if (!(label instanceof tf.Tensor)) throw new InvalidArgumentError('label', 'a tf.Tensor', label, 'Accuracy.compute');
    const classes = pred.shape[pred.rank - 1];
    if (pred.rank < 1 || classes < this.maxk) {
      throw new ShapeMismatchError('Accuracy.compute', [-1, this.maxk], pred.shape, `pred with at least ${this.maxk} classes (topk), i.e.`);
    }
    return tf.tidy(() => {
      const top = tf.topk(pred, this.maxk, true).indices;
      let lab: tf.Tensor;
      if (label.rank === 1 || (label.rank === 2 && label.shape[1] === 1)) lab = tf.reshape(label, [-1, 1]);
      else if (label.shape[label.rank - 1] !== 1) lab = tf.expandDims(tf.argMax(label, -1), -1);
      else lab = label;
      return tf.cast(tf.equal(top, tf.cast(lab, 'int32')), 'float32');
    });
  }

  /**
   * Adds a batch's hits to the device totals.
   * @param correct - what {@link Accuracy.compute} returned
   */
  override update(correct: tf.Tensor): void {
    const last = correct.shape[correct.rank - 1];
    if (correct.rank < 1 || last < this.maxk) {
      throw new ShapeMismatchError('Accuracy.update', [-1, this.maxk], correct.shape, 'correct (from compute) of');
    }
    const n = correct.size / last;
    this.total = addToTotal(this.total, () => {
      const cols = tf.sum(tf.reshape(correct, [-1, last]), 0);
      return tf.stack(this.topk.map((k) => tf.sum(tf.slice(cols, [0], [k]))));
    });
    this.count += n;
  }

  /** The accuracy per k since the last reset: a number for one k, else a list; 0 before any update. */
  override accumulate(): number | number[] {
    const totals = this.total === null ? this.topk.map(() => 0) : Array.from(this.total.dataSync());
    const res = totals.map((t) => (this.count > 0 ? t / this.count : 0));
    return this.topk.length === 1 ? res[0] : res;
  }

  override reset(): void {
    this.total?.dispose();
    this.total = null;
    this.count = 0;
  }

  override dispose(): void {
    this.reset();
  }
}
