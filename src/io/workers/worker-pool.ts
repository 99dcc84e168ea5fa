import { DataLoaderError, HapiError } from '../../errors';
import type { WorkerSpec } from '../worker-spec';
import { reviveError, sampleError, type FromWorker, type ToWorker, type WorkerMode } from './protocol';
import { spawnWorker, type WorkerHandle } from './spawn';

/** @internal */
export interface PoolOptions {
  numWorkers: number;
  spec: WorkerSpec;
  baseSeed: number;
  initFn: string | null;
  mode: WorkerMode;
  /** Seconds to wait for the workers to start (0: forever). */
  timeout: number;
}

interface Pending {
  resolve(batch: unknown): void;
  reject(err: Error): void;
  worker: number;
  indices: readonly number[];
}

let live = 0;

/** What {@link WorkerPool.next} resolves to when a worker's stream is exhausted. @internal */
export const STREAM_END: unique symbol = Symbol('stream end');

/** Worker threads started by DataLoaders and not yet exited (for tests and diagnostics). @internal */
export function liveWorkerCount(): number {
  return live;
}

function usesTypeScript(spec: WorkerSpec): boolean {
  const found = /\.[mc]?ts$/i.test(spec.module);
  const nested = JSON.stringify(spec.args ?? [], (_k, v) => (ArrayBuffer.isView(v) ? undefined : v));
  return found || /"module":"[^"]*\.[mc]?ts"/i.test(nested);
}

/**
 * The DataLoader's worker threads: each rebuilds the dataset from its {@link WorkerSpec}, then
 * turns lists of indices into collated host batches. Batches go round-robin; results are matched
 * to requests by id, so the loader can yield them in request order. @internal
 */
export class WorkerPool {
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private nextWorker = 0;
  private failed: Error | null = null;
  private closed = false;

  private constructor(private readonly handles: WorkerHandle[]) {}

  /** Spawns and initializes the workers; rejects (with every worker stopped) if any fails. */
  static async start(opts: PoolOptions): Promise<WorkerPool> {
    const ts = usesTypeScript(opts.spec);
    const handles: WorkerHandle[] = [];
    try {
      for (let i = 0; i < opts.numWorkers; i++) {
        const h = await spawnWorker(ts);
        live++;
        void h.exited.then(() => live--);
        handles.push(h);
      }
    } catch (e) {
      await Promise.all(handles.map((h) => h.terminate()));
      throw e;
    }
    const pool = new WorkerPool(handles);
    const ready = handles.map(
      (h, i) =>
        new Promise<void>((resolve, reject) => {
          h.onFailure((err) => reject(new DataLoaderError(`DataLoader worker ${i} failed while starting: ${err.message}`, { cause: err })));
          h.onMessage((msg) => {
            if (msg.type === 'ready') {
              h.onFailure((err) => pool.fail(i, err));
              h.onMessage((m) => pool.receive(i, m));
              resolve();
            } else if (msg.type === 'error') {
              const cause = reviveError(msg.error);
              reject(new DataLoaderError(`DataLoader worker ${i} could not build the dataset from its workerSpec (${opts.spec.module} → ${opts.spec.exportName}): ${cause.message}`, { cause }));
            }
          });
          h.post({ type: 'init', spec: opts.spec, workerId: i, numWorkers: opts.numWorkers, seed: (opts.baseSeed + i) >>> 0, initFn: opts.initFn, mode: opts.mode });
        }),
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<never>((_, reject) => {
      if (opts.timeout > 0) {
        timer = setTimeout(
          () => reject(new DataLoaderError(`DataLoader timed out after ${opts.timeout} s waiting for ${opts.numWorkers} workers to build the dataset.`)),
          opts.timeout * 1000,
        );
      }
    });
    try {
      await Promise.race([Promise.all(ready), expired]);
    } catch (e) {
      await pool.terminate();
      throw e;
    } finally {
      clearTimeout(timer);
    }
    return pool;
  }

  get numWorkers(): number {
    return this.handles.length;
  }

  /** Sends one batch of indices to the next worker; resolves with its host batch. */
  submit(indices: number[]): { worker: number; result: Promise<unknown> } {
    const worker = this.nextWorker;
    this.nextWorker = (this.nextWorker + 1) % this.handles.length;
    return { worker, result: this.request(worker, indices, (id) => ({ type: 'batch', id, indices })) };
  }

  /** Asks `worker` for the next `count` samples of its IterableDataset stream, collated. */
  next(worker: number, count: number, epoch: number, dropLast: boolean): Promise<unknown> {
    return this.request(worker, [], (id) => ({ type: 'next', id, count, epoch, dropLast }));
  }

  private request(worker: number, indices: readonly number[], msg: (id: number) => ToWorker): Promise<unknown> {
    const id = this.nextId++;
    return new Promise<unknown>((resolve, reject) => {
      if (this.failed) return reject(this.failed);
      if (this.closed) return reject(new DataLoaderError('DataLoader workers were already shut down.'));
      this.pending.set(id, { resolve, reject, worker, indices });
      this.handles[worker].post(msg(id));
    });
  }

  /** Forgets outstanding requests (an epoch was broken off); their results are dropped on arrival. */
  discardPending(): void {
    if (this.pending.size === 0) return;
    for (const p of this.pending.values()) p.reject(new DataLoaderError('DataLoader iteration was stopped.'));
    this.pending.clear();
    if (!this.closed && !this.failed) for (const h of this.handles) h.post({ type: 'cancel', below: this.nextId });
  }

  /** Whether idle workers keep a Node process alive (persistent workers between epochs do not). */
  setKeepAlive(on: boolean): void {
    for (const h of this.handles) h.setKeepAlive(on);
  }

  /** Stops every worker and waits for them to exit. */
  async terminate(): Promise<void> {
    this.closed = true;
    this.discardPending();
    await Promise.all(this.handles.map((h) => h.terminate()));
  }

  private receive(worker: number, msg: FromWorker): void {
    if (msg.type !== 'batch' && msg.type !== 'error' && msg.type !== 'end') return;
    const p = msg.id === null ? undefined : this.pending.get(msg.id);
    if (!p) return;
    this.pending.delete(msg.id!);
    if (msg.type === 'batch') return p.resolve(msg.batch);
    if (msg.type === 'end') return p.resolve(STREAM_END);
    const cause = reviveError(msg.error);
    if (msg.sampleIndex !== null) p.reject(sampleError(`DataLoader worker ${worker}`, msg.sampleIndex, cause));
    else p.reject(cause instanceof HapiError ? cause : new DataLoaderError(`DataLoader worker ${worker}: ${cause.name}: ${cause.message}`, { cause }));
  }

  private fail(worker: number, err: Error): void {
    const mine = [...this.pending.values()].filter((p) => p.worker === worker).flatMap((p) => p.indices);
    this.failed = new DataLoaderError(
      `DataLoader worker ${worker} died (${err.message})${mine.length ? ` while reading samples [${mine.slice(0, 16).join(', ')}${mine.length > 16 ? ', …' : ''}]` : ''}.`,
      { cause: err },
    );
    for (const p of this.pending.values()) p.reject(this.failed);
    this.pending.clear();
  }
}
