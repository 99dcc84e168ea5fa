import type { Callback } from '../callbacks/callback';
import { configCallbacks } from '../callbacks/config-callbacks';
import type { BatchSource } from '../data/batch-source';
import { logNames } from './fit';
import { runPass, type LoopHost } from './run-pass';

/** The dict `evaluate` returns: `loss` as a list (one per loss), each metric by name. @category hapi */
export type EvalResult = Record<string, number | number[]>;

/** Paddle's `Model.evaluate` loop; returns `{ loss: [mean loss], acc: … }`. */
export async function runEvaluate(
  host: LoopHost,
  source: BatchSource,
  cfg: { logFreq: number; verbose: number; callbacks: Callback[]; numIters: number | null },
): Promise<EvalResult> {
  const names = logNames(host);
  const cbks = configCallbacks({
    callbacks: cfg.callbacks,
    model: host.callbackModel,
    batchSize: source.batchSize,
    epochs: 1,
    steps: source.len(),
    logFreq: cfg.logFreq,
    verbose: cfg.verbose,
    saveFreq: 1,
    saveDir: null,
    metrics: names,
    mode: 'eval',
  });
  let steps = source.len();
  if (cfg.numIters !== null && steps !== null) steps = Math.min(steps, cfg.numIters);
  await cbks.onBegin('eval', { steps, metrics: names });
  const res = await runPass(host, source, 'eval', cbks, { epoch: 0, maxSteps: cfg.numIters });
  await cbks.onEnd('eval', res.logs);
  const out: EvalResult = {};
  for (const k of names) if (k in res.logs) out[k] = res.logs[k] as number | number[];
  return out;
}
