// Runs in headless Chromium (see web-workers.test.ts): a DataLoader with Web Workers against the
// same loader on the page's thread, then POSTs what it saw.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { DataLoader } from '../../../src/io/data-loader';
import { liveWorkerCount } from '../../../src/io/workers/worker-pool';
import { BrowserFailing, BrowserRamp } from './page-datasets';

async function collect(loader: DataLoader): Promise<number[][][]> {
  const out: number[][][] = [];
  for await (const batch of loader) {
    out.push(batch.map((t) => Array.from(t.dataSync())));
    tf.dispose(batch);
  }
  return out;
}

async function main(): Promise<unknown> {
  await tf.setBackend('cpu');
  const ds = new BrowserRamp(23);
  const local = await collect(new DataLoader(ds, { batchSize: 4, shuffle: false }));
  const threaded = await collect(new DataLoader(ds, { batchSize: 4, numWorkers: 2 }));
  let error = '';
  try {
    await collect(new DataLoader(new BrowserFailing(12, 9), { batchSize: 4, numWorkers: 2 }));
  } catch (e) {
    error = `${(e as Error).name}: ${(e as Error).message}`;
  }
  return { local, threaded, error, live: liveWorkerCount(), crossThread: threaded.flat(2).length };
}

main().then(
  (result) => fetch('/result', { method: 'POST', body: JSON.stringify({ ok: true, result }) }),
  (e) => fetch('/result', { method: 'POST', body: JSON.stringify({ ok: false, error: String(e?.stack ?? e) }) }),
);
