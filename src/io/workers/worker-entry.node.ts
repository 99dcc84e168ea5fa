/** Entry point of a DataLoader worker under Node's worker_threads. @internal */
import { parentPort } from 'node:worker_threads';
import { runWorker } from './worker-core';

const port = parentPort!;
runWorker({
  post: (msg, transfer) => port.postMessage(msg, transfer ?? []),
  onMessage: (cb) => port.on('message', cb),
});
