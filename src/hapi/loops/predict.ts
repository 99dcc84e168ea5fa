import * as tf from '@tensorflow/tfjs-core';
import type { Callback } from '../callbacks/callback';
import { configCallbacks } from '../callbacks/config-callbacks';
import type { BatchSource } from '../data/batch-source';
import { runPass, type LoopHost } from './run-pass';

/**
 * Paddle's `Model.predict` loop. Returns, per network output, the list of per-batch tensors, or
 * with `stackOutputs` one tensor per output concatenated along the batch axis. The tensors belong
 * to the caller.
 */
export async function runPredict(
  host: LoopHost,
  source: BatchSource,
  cfg: { verbose: number; callbacks: Callback[]; stackOutputs: boolean },
): Promise<tf.Tensor[][] | tf.Tensor[]> {
  const cbks = configCallbacks({
    callbacks: cfg.callbacks,
    model: host.callbackModel,
    batchSize: source.batchSize,
    epochs: 1,
    steps: source.len(),
    logFreq: 2, // Paddle's predict leaves config_callbacks' default
    verbose: cfg.verbose,
    saveFreq: 1,
    saveDir: null,
    metrics: [],
    mode: 'test',
  });
  const perBatch: tf.Tensor[][] = [];
  await cbks.onBegin('predict', { steps: source.len(), metrics: [] });
  let res;
  try {
    res = await runPass(host, source, 'predict', cbks, { epoch: 0, outputs: perBatch });
  } catch (err) {
    tf.dispose(perBatch);
    throw err;
  }
  await cbks.onEnd('predict', res.logs);
  const fields = perBatch[0]?.length ?? 0;
  const perOutput: tf.Tensor[][] = Array.from({ length: fields }, (_, i) => perBatch.map((b) => b[i]));
  if (!cfg.stackOutputs) return perOutput;
  const stacked = perOutput.map((list) => (list.length === 1 ? list[0] : tf.concat(list, 0)));
  for (const list of perOutput) if (list.length > 1) tf.dispose(list);
  return stacked;
}
