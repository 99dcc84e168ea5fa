import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { UnsupportedError } from '../../errors';
import type { FromWorker } from './protocol';
import type { WorkerHandle } from './spawn';
import { runWorker } from './worker-core';

// A worker thread runs this very module: the bootstrap imports it by URL and the check at the
// bottom starts the worker loop. So the package needs no separate worker file, in the source tree
// and in bundles alike. The bootstrap is CommonJS text so that, when this module or the user's
// dataset module is TypeScript source (tests, tsx users), tsx's loader can be registered first:
// Node does not apply `--import` hooks to a worker's own entry.
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
(async () => {
  if (workerData.tsx) (await import(workerData.tsx)).register();
  await import(workerData.entry);
})();
`;

declare const __filename: string | undefined;

async function selfUrl(): Promise<string> {
  // CommonJS bundles have no import.meta; they have __filename.
  if (typeof __filename === 'string') return (await import('node:url')).pathToFileURL(__filename).href;
  return import.meta.url;
}

async function resolveTsx(): Promise<string> {
  const { createRequire } = await import('node:module');
  const { readFileSync } = await import('node:fs');
  const { pathToFileURL } = await import('node:url');
  try {
    // The ESM build of tsx's API: its CommonJS build cannot be import()ed from a worker.
    const pkgPath = createRequire(await selfUrl()).resolve('tsx/package.json');
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
    return new URL(pkg.exports['./esm/api'].import.default, pathToFileURL(pkgPath)).href;
  } catch {
    throw new UnsupportedError(
      'DataLoader workers: the dataset module is TypeScript source, which worker threads can only load through tsx; install tsx, or point workerSpec().module at compiled JavaScript.',
    );
  }
}

/** Starts a worker_threads worker running the DataLoader worker loop. @internal */
export async function spawnNodeWorker(typescriptDataset: boolean): Promise<WorkerHandle> {
  const entry = await selfUrl();
  const tsx = /\.[mc]?ts$/.test(entry) || typescriptDataset ? await resolveTsx() : null;
  const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { entry, tsx, hapiDataLoaderWorker: true } });
  let stopping = false;
  let failure: ((err: Error) => void) | null = null;
  let handler: ((msg: FromWorker) => void) | null = null;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('message', (msg: FromWorker) => handler?.(msg));
  worker.on('error', (err) => failure?.(err));
  worker.on('exit', (code) => {
    if (!stopping) failure?.(new Error(`worker thread exited with code ${code}`));
  });
  return {
    post: (msg, transfer) => worker.postMessage(msg, transfer ?? []),
    onMessage: (cb) => {
      handler = cb;
    },
    onFailure: (cb) => {
      failure = cb;
    },
    terminate: async () => {
      stopping = true;
      await worker.terminate();
      await exited;
    },
    exited,
    setKeepAlive: (on) => (on ? worker.ref() : worker.unref()),
  };
}

if (!isMainThread && (workerData as { hapiDataLoaderWorker?: boolean } | null)?.hapiDataLoaderWorker && parentPort) {
  const port = parentPort;
  runWorker({
    post: (msg, transfer) => port.postMessage(msg, transfer ?? []),
    onMessage: (cb) => port.on('message', cb),
  });
}
