import { InvalidArgumentError } from '../errors';
import { IterableDataset, isIterableDataset } from './dataset';
import { defineSignature, resolveArgs } from '../framework/args';

/**
 * All of {@link ChainDataset}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.io.ChainDataset({ datasets: [streamA, streamB] }); // Paddle: ChainDataset(datasets=[a, b])
 * ```
 * @category IO
 */
export interface ChainDatasetArgs<T = unknown> {
  /** The iterable datasets, chained in order. */
  datasets: readonly IterableDataset<T>[];
}

const SIGNATURE = defineSignature('io.ChainDataset', ['datasets'], { required: 1 });

/**
 * Chains iterable-style datasets one after another, like Paddle's `paddle.io.ChainDataset`.
 *
 * @param datasets - IterableDatasets
 * @throws {@link index!InvalidArgumentError} if the list is empty or holds a map-style dataset
 * @example
 * ```ts
 * const all = new paddle.io.ChainDataset([streamA, streamB]);
 * for await (const sample of all) {}
 * new paddle.io.ChainDataset({ datasets: [streamA, streamB] }); // Paddle: ChainDataset(datasets=[a, b])
 * ```
 * @category IO
 */
export class ChainDataset<T = unknown> extends IterableDataset<T> {
  /** The chained datasets. */
  readonly datasets: readonly IterableDataset<T>[];

  constructor(args: ChainDatasetArgs<T>);
  constructor(datasets: readonly IterableDataset<T>[]);
  constructor(...args: unknown[]) {
    const { datasets } = resolveArgs<ChainDatasetArgs<T>>(SIGNATURE, args);
    super();
    if (!Array.isArray(datasets) || datasets.length === 0) {
      throw new InvalidArgumentError('datasets', 'a non-empty list of IterableDatasets', datasets, SIGNATURE.where);
    }
    datasets.forEach((d, i) => {
      if (!isIterableDataset(d)) throw new InvalidArgumentError(`datasets[${i}]`, 'a paddle.io.IterableDataset', d, SIGNATURE.where);
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
