import { UnsupportedError } from '../errors';
import type { WorkerSpec } from './worker-spec';

/**
 * A map-style dataset, like Paddle's `paddle.io.Dataset`: subclasses implement `getItem(i)`
 * (Paddle's `__getitem__`, which may return a Promise here) and `len()` (`__len__`).
 *
 * Contract with {@link DataLoader}:
 * - tensors returned by `getItem` are handed over: the loader disposes them once they are
 *   collated into a batch, so return fresh tensors, never ones the dataset keeps;
 * - `ready()` resolves when the data can be read (datasets that download or read URLs load there);
 * - `workerSpec()` tells worker threads how to rebuild the dataset (see {@link WorkerSpec}); without
 *   it, `numWorkers > 0` throws.
 *
 * @example
 * ```ts
 * class RandomDataset extends paddle.io.Dataset<[Float32Array, number]> {
 *   constructor(readonly numSamples: number) { super(); }
 *   getItem(idx: number): [Float32Array, number] {
 *     return [Float32Array.from({ length: 784 }, () => Math.random()), idx % 10];
 *   }
 *   len() { return this.numSamples; }
 * }
 * const loader = new paddle.io.DataLoader(new RandomDataset(100), { batchSize: 16 });
 * for await (const [image, label] of loader) {} // image [16, 784] float32, label [16] int32
 * ```
 * @category IO
 */
export abstract class Dataset<T = unknown> {
  /**
   * The sample at `idx`.
   * @param idx - an integer in `[0, len())`
   * @returns the sample, or a Promise of it
   */
  abstract getItem(idx: number): T | Promise<T>;

  /** The number of samples. */
  abstract len(): number;

  /** Resolves once the samples can be read; the base class is ready at once. */
  ready(): Promise<void> {
    return Promise.resolve();
  }

  /**
   * How a worker thread rebuilds this dataset, or `undefined` when it cannot (the default).
   * Override it to use the dataset with `numWorkers > 0`.
   */
  workerSpec(): WorkerSpec | undefined {
    return undefined;
  }

  /** Iterates over the samples in index order, awaiting each. */
  async *[Symbol.asyncIterator](): AsyncIterator<Awaited<T>> {
    const n = this.len();
    for (let i = 0; i < n; i++) yield await this.getItem(i);
  }
}

/**
 * An iterable-style dataset, like Paddle's `paddle.io.IterableDataset`: subclasses implement
 * `[Symbol.iterator]` or `[Symbol.asyncIterator]` (Paddle's `__iter__`). `getItem` and `len` throw.
 *
 * @example
 * ```ts
 * class Counter extends paddle.io.IterableDataset<number> {
 *   *[Symbol.iterator]() { for (let i = 0; i < 10; i++) yield i; }
 * }
 * const loader = new paddle.io.DataLoader(new Counter(), { batchSize: 4 });
 * for await (const batch of loader) {} // int32 tensors [4], [4], [2]
 * ```
 * @category IO
 */
export abstract class IterableDataset<T = unknown> extends Dataset<T> {
  /** @throws {@link index!UnsupportedError} always: an iterable dataset has no random access. */
  getItem(_idx: number): never {
    throw new UnsupportedError(`getItem should not be called for IterableDataset ${this.constructor.name}.`);
  }

  /** @throws {@link index!UnsupportedError} always: an iterable dataset has no length. */
  len(): never {
    throw new UnsupportedError(`len should not be called for IterableDataset ${this.constructor.name}.`);
  }

  /** Iterates over the samples: the subclass's async iterator, else its sync iterator. */
  override [Symbol.asyncIterator](): AsyncIterator<Awaited<T>> {
    const sync = (this as unknown as Partial<Iterable<T>>)[Symbol.iterator];
    if (typeof sync !== 'function') {
      throw new UnsupportedError(
        `IterableDataset ${this.constructor.name} must implement [Symbol.iterator] or [Symbol.asyncIterator].`,
      );
    }
    const it = sync.call(this);
    return {
      next: async () => {
        const r = it.next();
        return r.done ? { done: true, value: undefined } : { done: false, value: await r.value };
      },
      return: async () => {
        it.return?.();
        return { done: true, value: undefined };
      },
    };
  }
}

/** Whether `x` is an {@link IterableDataset}. @internal */
export function isIterableDataset(x: unknown): x is IterableDataset {
  return x instanceof IterableDataset;
}
