import { metricNames } from '../../metric/metric';
import type { Callback, Logs } from '../callbacks/callback';
import { configCallbacks } from '../callbacks/config-callbacks';
import type { BatchSource } from '../data/batch-source';
import { History } from './history';
import { runPass, type LoopHost } from './run-pass';

/** Resolved options of one `fit` call. */
export interface FitConfig {
  epochs: number;
  initialEpoch: number;
  evalFreq: number;
  logFreq: number;
  saveDir: string | null;
  saveFreq: number;
  verbose: number;
  callbacks: Callback[];
  accumulateGradBatches: number;
  numIters: number | null;
}

/** `'loss'` (when a loss is prepared) and every metric's names, in Paddle's order. */
export function logNames(host: LoopHost): string[] {
  return [...(host.runner.loss ? ['loss'] : []), ...host.runner.metrics.flatMap(metricNames)];
}

/**
 * Paddle's `Model.fit` loop: `onTrainBegin` → per epoch { `onEpochBegin` → batches →
 * `onEpochEnd` → evaluation every `evalFreq` epochs → stop if `stopTraining` } → `onTrainEnd`.
 */
export async function runFit(
  host: LoopHost,
  train: BatchSource,
  evalSource: BatchSource | null,
  cfg: FitConfig,
): Promise<History> {
  let steps = train.len();
  let epochs = cfg.epochs;
  let itersLeft = cfg.numIters;
  if (itersLeft !== null && steps !== null && steps > 0) {
    epochs = Math.floor(itersLeft / steps) + 1;
    steps = Math.min(itersLeft, steps);
  }
  const names = logNames(host);
  const history = new History();
  const cbks = configCallbacks({
    callbacks: [...cfg.callbacks, history],
    model: host.callbackModel,
    batchSize: train.batchSize,
    epochs,
    steps,
    logFreq: cfg.logFreq,
    verbose: cfg.verbose,
    saveFreq: cfg.saveFreq,
    saveDir: cfg.saveDir,
    metrics: names,
    mode: 'train',
  });
  host.stopTraining = false;
  let logs: Logs = {};
  await cbks.onBegin('train', {});
  for (let epoch = cfg.initialEpoch; epoch < epochs; epoch++) {
    await cbks.onEpochBegin(epoch, {});
    const res = await runPass(host, train, 'train', cbks, {
      epoch,
      maxSteps: itersLeft,
      accumulateGradBatches: cfg.accumulateGradBatches,
    });
    logs = res.logs;
    if (itersLeft !== null) {
      itersLeft -= res.steps;
      if (itersLeft <= 0) host.stopTraining = true;
    }
    await cbks.onEpochEnd(epoch, logs);
    if (evalSource && epoch % cfg.evalFreq === 0) {
      await cbks.onBegin('eval', { steps: evalSource.len(), metrics: names });
      const evalRes = await runPass(host, evalSource, 'eval', cbks, { epoch: 0 });
      await cbks.onEnd('eval', evalRes.logs);
    }
    if (host.stopTraining) break;
  }
  await cbks.onEnd('train', logs);
  return history;
}
