import * as tf from '@tensorflow/tfjs-core';
import { addToTotal } from '../../metric/metric';
import type { CallbackModel, Logs, Mode } from '../callbacks/callback';
import type { CallbackList } from '../callbacks/callback-list';
import { disposeBatch, flattenBatch, inputCount } from '../data/batch-split';
import type { BatchSource } from '../data/batch-source';
import { LazyStepLogs } from './step-logs';
import type { StepRunner } from './step-runner';
import { UNSCOPED_BATCHES } from '../../tensor/loop-scope';

/** How many leading batch fields are inputs and how many trailing ones labels, from `Model`'s specs (null: not given). */
export interface SpecCounts {
  readonly inputs: number | null;
  readonly labels: number | null;
}

/** What `Model` passes to the loops: its step runner, its specs, the stop flag and what callbacks see. */
export interface LoopHost {
  readonly runner: StepRunner;
  readonly specs: SpecCounts;
  stopTraining: boolean;
  /** The model as callbacks see it (`self.model` in Paddle). */
  readonly callbackModel: CallbackModel;
}

/** Options of one pass over a source. */
export interface PassOptions {
  epoch: number;
  /** Stop after this many batches (fit's `numIters` budget left). */
  maxSteps?: number | null;
  accumulateGradBatches?: number;
  /** Collect predictions (predict mode). */
  outputs?: tf.Tensor[][];
}

/** The result of a pass: the logs given to the end hook and the batches run. */
export interface PassResult {
  logs: Logs;
  steps: number;
}

async function* iterate(src: AsyncIterable<unknown> | Iterable<unknown>): AsyncGenerator<unknown> {
  // A DataLoader's `for await` scopes each iteration; the loops keep losses, metrics and
  // predictions across steps and dispose batches themselves, so they take the unscoped epoch.
  const unscoped = (src as { [UNSCOPED_BATCHES]?: () => AsyncIterable<unknown> })[UNSCOPED_BATCHES];
  if (typeof unscoped === 'function') yield* unscoped.call(src);
  else if (Symbol.asyncIterator in src) yield* src as AsyncIterable<unknown>;
  else yield* src as Iterable<unknown>;
}

/**
 * One pass over `source` in `mode` (Paddle's `_run_one_epoch`): per batch, the begin hook, the
 * step, the end hook with lazy logs. The batch's tensors are disposed after its step. Metrics
 * are reset at the end. In eval mode the returned `loss` is the sample-weighted mean over the
 * pass (Paddle returns the last batch's).
 */
export async function runPass(host: LoopHost, source: BatchSource, mode: Mode, cbks: CallbackList, opts: PassOptions): Promise<PassResult> {
  const runner = host.runner;
  const total = source.len();
  const accumulate = opts.accumulateGradBatches ?? 1;
  const needLabels = mode !== 'predict' && (runner.loss !== null || runner.metrics.length > 0);
  let prev: LazyStepLogs | null = null;
  let step = 0;
  let lossSum: tf.Tensor | null = null;
  let samples = 0;
  let lastLogs: Logs = {};
  try {
    for await (const batch of iterate(source.batches(opts.epoch))) {
      if (opts.maxSteps != null && step >= opts.maxSteps) {
        if (source.ownsBatches) disposeBatch(batch);
        break;
      }
      const fields = flattenBatch(batch);
      const bs = fields[0]?.shape[0] ?? 1;
      prev?.seal();
      prev = null;
      await cbks.onBatchBegin(mode, step, {});
      let stepLogs: LazyStepLogs;
      try {
        const n = inputCount(fields.length, runner.network, host.specs, needLabels);
        const inputs = fields.slice(0, n);
        const labels = fields.slice(n);
        if (mode === 'train') {
          const update = (step + 1) % accumulate === 0 || (total !== null && step + 1 === total);
          stepLogs = new LazyStepLogs(step, bs, runner.train(inputs, labels, update), runner.metrics);
        } else if (mode === 'eval') {
          const losses = runner.eval(inputs, labels);
          if (runner.loss) {
            lossSum = addToTotal(lossSum, () => tf.mul(tf.stack(losses), bs));
            samples += bs;
          }
          stepLogs = new LazyStepLogs(step, bs, runner.loss ? losses : null, runner.metrics);
        } else {
          opts.outputs?.push(runner.predict(inputs));
          stepLogs = new LazyStepLogs(step, bs, null, []);
        }
      } finally {
        if (source.ownsBatches) tf.dispose(fields);
      }
      prev = stepLogs;
      await cbks.onBatchEnd(mode, step, stepLogs.logs);
      step += 1;
      if (mode === 'train' && host.stopTraining) break;
    }
    lastLogs = prev ? prev.materialize() : {};
    if (mode === 'eval' && lossSum !== null && samples > 0) {
      const sums = Array.from(lossSum.dataSync());
      lastLogs.loss = sums.map((s) => s / samples);
    }
  } finally {
    prev?.seal();
    lossSum?.dispose();
    runner.resetMetrics();
    if (mode === 'train') runner.clearAccumulated();
  }
  return { logs: lastLogs, steps: step };
}
