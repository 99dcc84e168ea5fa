import type { Dataset } from '../dataset';

/**
 * What a DataLoader worker knows about itself, like Paddle's `paddle.io.get_worker_info()`.
 * @category IO
 */
export interface WorkerInfo {
  /** This worker's index in `[0, numWorkers)`. */
  readonly id: number;
  /** How many workers the loader runs. */
  readonly numWorkers: number;
  /** The seed this worker's {@link index!defaultGenerator} was seeded with (base seed + id). */
  readonly seed: number;
  /** The worker's own copy of the dataset. */
  readonly dataset: Dataset;
}

let current: WorkerInfo | null = null;

/**
 * Information about the current DataLoader worker, or `null` on the main thread — for an
 * {@link IterableDataset} that splits its stream between workers, or a `workerInitFn`.
 *
 * @returns the worker's {@link WorkerInfo}, or `null` outside a worker
 * @example
 * ```ts
 * const info = paddle.io.getWorkerInfo();
 * const shard = info === null ? 0 : info.id;
 * ```
 * @category IO
 */
export function getWorkerInfo(): WorkerInfo | null {
  return current;
}

/** @internal */
export function setWorkerInfo(info: WorkerInfo): void {
  current = info;
}
