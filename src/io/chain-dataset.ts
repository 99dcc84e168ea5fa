import { InvalidArgumentError } from '../errors';
import { IterableDataset, isIterableDataset } from './dataset';

/**
 * Chains iterable-style datasets one after another, like Paddle's `paddle.io.ChainDataset`.
 *
 * @param datasets - IterableDatasets
 * @throws {@link index!InvalidArgumentError} if the list is empty or holds a map-style dataset
 * @example
 * ```ts
 * const all = new paddle.io.ChainDataset([streamA, streamB]);
 * for await (const sample of all) {}
 * ```
 * @category IO
 */
export class ChainDataset<T = unknown> extends IterableDataset<T> {
  /** The chained datasets. */
  readonly datasets: readonly IterableDataset<T>[];

  constructor(datasets: readonly IterableDataset<T>[]) {
    super();
    if (!Array.isArray(datasets) || datasets.length === 0) {
      throw new InvalidArgumentError('datasets', 'a non-empty list of IterableDatasets', datasets, 'ChainDataset');
    }
    datasets.forEach((d, i) => {
      if (!isIterableDataset(d)) throw new InvalidArgumentError(`datasets[${i}]`, 'a paddle.io.IterableDataset', d, 'ChainDataset');
    });
    this.datasets = datasets;
  }

  override async *[Symbol.asyncIterator](): AsyncIterator<Awaited<T>> {
    for (const d of this.datasets) {
      const it = d[Symbol.asyncIterator]();
      try {
        for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
      } finally {
        await it.return?.();
      }
    }
  }
}
