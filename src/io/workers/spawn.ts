import { detectRuntime } from '../../framework/runtime';
import type { FromWorker, ToWorker } from './protocol';

/** One worker thread, whatever runs it. @internal */
export interface WorkerHandle {
  post(msg: ToWorker, transfer?: ArrayBuffer[]): void;
  /** Sets the one message handler (replacing the previous one). */
  onMessage(cb: (msg: FromWorker) => void): void;
  /** An uncaught error in the worker, or the worker exiting while it was not asked to. */
  onFailure(cb: (err: Error) => void): void;
  /** Stops the worker; resolves once it has exited. */
  terminate(): Promise<void>;
  /** Resolves when the thread has exited, for whatever reason. */
  readonly exited: Promise<void>;
  /** Node only: whether an idle worker keeps the process alive. */
  setKeepAlive(on: boolean): void;
}

/** Starts one worker for this runtime. `typescript`: a dataset module is TypeScript source. @internal */
export async function spawnWorker(typescript: boolean): Promise<WorkerHandle> {
  // Node's worker_threads unless a DOM is here (a page, even an Electron renderer: Web Workers).
  if (detectRuntime() === 'node') {
    const { spawnNodeWorker } = await import('./spawn-node');
    return spawnNodeWorker(typescript);
  }
  const { spawnWebWorker } = await import('./spawn-web');
  return spawnWebWorker();
}
