import type { FromWorker } from './protocol';
import type { WorkerHandle } from './spawn';

/**
 * Starts a module Web Worker running the DataLoader worker entry. The `new Worker(new URL(…,
 * import.meta.url), { type: 'module' })` form is the one bundlers (Vite, webpack 5, esbuild with
 * plugins) recognise and emit the worker file for. @internal
 */
export function spawnWebWorker(): WorkerHandle {
  const worker = new Worker(new URL('./worker-entry.web.js', import.meta.url), { type: 'module' });
  let failure: ((err: Error) => void) | null = null;
  let handler: ((msg: FromWorker) => void) | null = null;
  worker.addEventListener('message', (e: MessageEvent<FromWorker>) => handler?.(e.data));
  let markExited: () => void = () => {};
  const exited = new Promise<void>((resolve) => (markExited = resolve));
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
