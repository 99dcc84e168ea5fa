import { UnsupportedError } from '../../errors';
import type { FromWorker } from './protocol';
import type { WorkerHandle } from './spawn';

// The worker entry is loaded by a tiny CommonJS bootstrap so that, when the entry or the user's
// dataset module is TypeScript source (tests, tsx users), tsx's loader can be registered first:
// Node does not apply `--import` hooks to a worker's own entry file.
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
(async () => {
  if (workerData.tsx) (await import(workerData.tsx)).register();
  await import(workerData.entry);
})();
`;

// Where the entry sits relative to this module: beside it in the source tree, and in the built
// package either beside the io bundle or under io/.
const ENTRY_CANDIDATES = [
  './worker-entry.node.js',
  './io/worker-entry.node.js',
  './workers/worker-entry.node.js',
  './worker-entry.node.ts',
];

let located: { entry: string; typescript: boolean } | null = null;

async function locateEntry(): Promise<{ entry: string; typescript: boolean }> {
  if (located) return located;
  const { existsSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  for (const rel of ENTRY_CANDIDATES) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) {
      return (located = { entry: url.href, typescript: rel.endsWith('.ts') });
    }
  }
  throw new UnsupportedError(`DataLoader workers: cannot find the worker entry (looked for ${ENTRY_CANDIDATES.join(', ')} next to ${import.meta.url}).`);
}

async function resolveTsx(): Promise<string> {
  const { createRequire } = await import('node:module');
  const { readFileSync } = await import('node:fs');
  const { pathToFileURL } = await import('node:url');
  try {
    // The ESM build of tsx's API: its CommonJS build cannot be import()ed from a worker.
    const pkgPath = createRequire(import.meta.url).resolve('tsx/package.json');
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
    return new URL(pkg.exports['./esm/api'].import.default, pathToFileURL(pkgPath)).href;
  } catch {
    throw new UnsupportedError(
      'DataLoader workers: the dataset module is TypeScript source, which worker threads can only load through tsx; install tsx, or point workerSpec().module at compiled JavaScript.',
    );
  }
}

/** Starts a worker_threads worker running the DataLoader worker entry. @internal */
export async function spawnNodeWorker(typescriptDataset: boolean): Promise<WorkerHandle> {
  const { Worker } = await import('node:worker_threads');
  const { entry, typescript } = await locateEntry();
  const tsx = typescript || typescriptDataset ? await resolveTsx() : null;
  const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { entry, tsx } });
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
