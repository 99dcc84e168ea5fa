import type * as Fs from 'node:fs';
import type * as NodeModule from 'node:module';
import type * as Url from 'node:url';
import type * as WorkerThreads from 'node:worker_threads';
import { UnsupportedError } from '../../errors';
import { nodeBuiltin } from '../../framework/node-builtins';
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

/**
 * This module's own URL. CommonJS builds have `__filename`; ES module builds would use
 * `import.meta.url`, but that expression is a syntax error in the CommonJS build of this same
 * file, so the location is read from the raw call site of this function instead (raw, so that
 * `--enable-source-maps` cannot swap in the path of the TypeScript source).
 */
async function selfUrl(): Promise<string> {
  const { pathToFileURL } = await nodeBuiltin<typeof Url>('node:url');
  if (typeof __filename === 'string') return pathToFileURL(__filename).href;
  const previous = Error.prepareStackTrace;
  let file: string | null | undefined;
  try {
    Error.prepareStackTrace = (_err, sites) => sites;
    file = (new Error().stack as unknown as NodeJS.CallSite[] | undefined)?.[0]?.getFileName();
  } finally {
    Error.prepareStackTrace = previous;
  }
  if (!file) throw new UnsupportedError('DataLoader workers: cannot locate the tfjs-hapi module to start worker threads from.');
  return file.startsWith('file:') ? file : pathToFileURL(file).href;
}

async function resolveTsx(): Promise<string> {
  const { createRequire } = await nodeBuiltin<typeof NodeModule>('node:module');
  const { readFileSync } = await nodeBuiltin<typeof Fs>('node:fs');
  const { pathToFileURL } = await nodeBuiltin<typeof Url>('node:url');
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
  const { Worker } = await nodeBuiltin<typeof WorkerThreads>('node:worker_threads');
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

async function startIfWorker(): Promise<void> {
  const { isMainThread, parentPort, workerData } = await nodeBuiltin<typeof WorkerThreads>('node:worker_threads');
  if (isMainThread || !parentPort || !(workerData as { hapiDataLoaderWorker?: boolean } | null)?.hapiDataLoaderWorker) return;
  const port = parentPort;
  runWorker({
    post: (msg, transfer) => port.postMessage(msg, transfer ?? []),
    onMessage: (cb) => port.on('message', cb),
  });
}

// The main thread posts 'init' right after spawning; a worker_threads port queues messages until a
// listener is attached, so starting asynchronously loses nothing.
void startIfWorker();
