/** Entry point of a DataLoader worker running as a module Web Worker. @internal */
import { runWorker } from './worker-core';
import type { FromWorker, ToWorker } from './protocol';

interface WorkerScope {
  postMessage(msg: FromWorker, transfer: Transferable[]): void;
  addEventListener(type: 'message', cb: (e: MessageEvent<ToWorker>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
runWorker({
  post: (msg, transfer) => scope.postMessage(msg, transfer ?? []),
  onMessage: (cb) => scope.addEventListener('message', (e) => cb(e.data)),
});
