import type { FromWorker, ToWorker } from './protocol';
import type { WorkerHandle } from './spawn';
import { runWorker } from './worker-core';

/** The Worker `name` that marks a DataLoader worker (so other workers importing tfjs-hapi are left alone). */
const WORKER_NAME = 'tfjs-hapi-dataloader';

/**
 * Starts a module Web Worker running this very module, which starts the worker loop when it finds
 * itself in a worker named {@link WORKER_NAME}: no separate worker file to ship or bundle. @internal
 */
export function spawnWebWorker(): WorkerHandle {
  const worker = new Worker(import.meta.url, { type: 'module', name: WORKER_NAME });
  let failure: ((err: Error) => void) | null = null;
  let handler: ((msg: FromWorker) => void) | null = null;
  let markExited: () => void = () => {};
  const exited = new Promise<void>((resolve) => (markExited = resolve));
  worker.addEventListener('message', (e: MessageEvent<FromWorker>) => handler?.(e.data));
  worker.addEventListener('error', (e) => {
    e.preventDefault();
    failure?.(new Error(e.message || 'uncaught error in Web Worker'));
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
      worker.terminate();
      markExited();
    },
    exited,
    setKeepAlive: () => {},
  };
}

interface WorkerScope {
  name?: string;
  postMessage(msg: FromWorker, transfer: Transferable[]): void;
  addEventListener(type: 'message', cb: (e: MessageEvent<ToWorker>) => void): void;
}

const scope = globalThis as unknown as WorkerScope & { WorkerGlobalScope?: unknown; document?: unknown };
if (typeof scope.document === 'undefined' && scope.WorkerGlobalScope !== undefined && scope.name === WORKER_NAME) {
  runWorker({
    post: (msg, transfer) => scope.postMessage(msg, transfer ?? []),
    onMessage: (cb) => scope.addEventListener('message', (e) => cb(e.data)),
  });
}
