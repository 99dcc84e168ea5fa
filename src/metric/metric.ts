import * as tf from '@tensorflow/tfjs-core';

/**
 * Base class of metrics, like Paddle's `paddle.metric.Metric`. A metric runs in two halves:
 * {@link Metric.compute} turns a batch's outputs and labels into per-sample statistics on the
 * device (it runs inside the training step), and {@link Metric.update} adds them to running totals.
 * The built-in metrics keep those totals **on the device**, so a training step never waits for a
 * read-back; {@link Metric.accumulate} reads them once, at a log point.
 *
 * Differences from Paddle: `update` receives tensors (Paddle's gets numpy arrays) and the
 * built-in metrics' `update` returns nothing — Paddle's returns the batch value, which would force
 * a read-back every step. `compute` may return one tensor or an array of tensors; its results are
 * spread into `update`.
 *
 * @example
 * ```ts
 * class MeanPrediction extends paddle.metric.Metric {
 *   private sum = 0; private n = 0;
 *   name() { return 'mean_pred'; }
 *   update(pred: tf.Tensor) { this.sum += tf.sum(pred).dataSync()[0]; this.n += pred.size; }
 *   accumulate() { return this.n ? this.sum / this.n : 0; }
 *   reset() { this.sum = 0; this.n = 0; }
 * }
 * ```
 * @category Metric
 */
export abstract class Metric {
  /** The names this metric logs under (`'acc'`, or `['acc_top1', 'acc_top5']`). */
  abstract name(): string | string[];

  /**
   * Turns a batch's outputs and labels into the statistics `update` needs, on the device. The
   * default passes its arguments through, as Paddle's does. Tensors it returns belong to the caller.
   * @param args - the network's outputs followed by the labels
   */
  compute(...args: tf.Tensor[]): tf.Tensor | tf.Tensor[] {
    return args.length === 1 ? args[0] : args;
  }

  /**
   * Adds a batch's statistics (what `compute` returned) to the running totals.
   * @param args - the tensors returned by `compute`; the metric does not keep or dispose them
   */
  abstract update(...args: tf.Tensor[]): unknown;

  /** The metric over every batch since the last `reset` (reads the device totals back). */
  abstract accumulate(): number | number[];

  /** Starts the totals over. */
  abstract reset(): void;

  /** Frees the device totals. The metric is usable again after `reset`. */
  dispose(): void {}
}

/** Flattens `Metric.name()` into a list of log names, like Paddle's `Model._metrics_name`. */
export function metricNames(m: Metric): string[] {
  const n = m.name();
  return Array.isArray(n) ? [...n] : [n];
}

/** Adds `delta` to a kept device total; frees the old total. Survives any enclosing `tf.tidy`. */
export function addToTotal(total: tf.Tensor | null, delta: () => tf.Tensor): tf.Tensor {
  const next = tf.tidy(() => (total === null ? delta() : tf.add(total, delta())));
  tf.keep(next);
  if (total !== null) total.dispose();
  return next;
}
