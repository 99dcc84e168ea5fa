import { InvalidArgumentError } from '../errors';
import { Dataset, isIterableDataset } from './dataset';
import { BUILTIN_MODULE, datasetArg, type WorkerSpec } from './worker-spec';
import { defineSignature, resolveArgs } from '../framework/args';

/**
 * All of {@link ConcatDataset}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.io.ConcatDataset({ datasets: [trainA, trainB] }); // Paddle: ConcatDataset(datasets=[a, b])
 * ```
 * @category IO
 */
export interface ConcatDatasetArgs<T = unknown> {
  /** The datasets, concatenated in order. */
  datasets: Iterable<Dataset<T>>;
}

const SIGNATURE = defineSignature('io.ConcatDataset', ['datasets'], { required: 1 });

/**
 * Concatenates map-style datasets end to end, like Paddle's `paddle.io.ConcatDataset`.
 * Negative indices count from the end, as in Paddle.
 *
 * @param datasets - map-style datasets
 * @throws {@link index!InvalidArgumentError} if the list is empty or holds an IterableDataset
 * @example
 * ```ts
 * const both = new paddle.io.ConcatDataset([trainA, trainB]);
 * both.len(); // trainA.len() + trainB.len()
 * new paddle.io.ConcatDataset({ datasets: [trainA, trainB] }); // Paddle: ConcatDataset(datasets=[a, b])
 * ```
 * @category IO
 */
export class ConcatDataset<T = unknown> extends Dataset<T> {
  /** The concatenated datasets. */
  readonly datasets: readonly Dataset<T>[];
  /** Running totals of the datasets' lengths, as Paddle's `cumulative_sizes`. */
  readonly cumulativeSizes: readonly number[];

  constructor(args: ConcatDatasetArgs<T>);
  constructor(datasets: Iterable<Dataset<T>>);
  constructor(...args: unknown[]) {
    const { datasets } = resolveArgs<ConcatDatasetArgs<T>>(SIGNATURE, args);
    super();
    const list = datasets == null ? [] : [...datasets];
    if (list.length === 0) throw new InvalidArgumentError('datasets', 'a non-empty list of datasets', datasets, SIGNATURE.where);
    let total = 0;
    this.cumulativeSizes = list.map((d, i) => {
      if (!(d instanceof Dataset) || isIterableDataset(d)) {
        throw new InvalidArgumentError(`datasets[${i}]`, 'a map-style paddle.io.Dataset', d, SIGNATURE.where);
      }
      return (total += d.len());
    });
    this.datasets = list;
  }

  getItem(idx: number): T | Promise<T> {
    const n = this.len();
    if (!Number.isInteger(idx) || idx < -n || idx >= n) {
      throw new InvalidArgumentError('idx', `an integer in [${-n}, ${n})`, idx, 'ConcatDataset.getItem');
    }
    const i = idx < 0 ? n + idx : idx;
    // bisect_right over the running totals
    let lo = 0;
    let hi = this.cumulativeSizes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (i < this.cumulativeSizes[mid]) hi = mid;
      else lo = mid + 1;
    }
    return this.datasets[lo].getItem(lo === 0 ? i : i - this.cumulativeSizes[lo - 1]);
  }

  len(): number {
    return this.cumulativeSizes[this.cumulativeSizes.length - 1];
  }

  override async ready(): Promise<void> {
    await Promise.all(this.datasets.map((d) => d.ready()));
  }

  override workerSpec(): WorkerSpec {
    return { module: BUILTIN_MODULE, exportName: 'ConcatDataset', args: [this.datasets.map((d) => datasetArg(d, SIGNATURE.where))] };
  }
}
