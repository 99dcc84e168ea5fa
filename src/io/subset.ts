import { InvalidArgumentError } from '../errors';
import { Dataset } from './dataset';
import { BUILTIN_MODULE, datasetArg, type WorkerSpec } from './worker-spec';

/**
 * The samples of `dataset` at `indices`, in that order, like Paddle's `paddle.io.Subset`
 * (indices may repeat).
 *
 * @param dataset - the whole dataset
 * @param indices - indices into `dataset`
 * @example
 * ```ts
 * const firstTen = new paddle.io.Subset(dataset, [...Array(10).keys()]);
 * ```
 * @category IO
 */
export class Subset<T = unknown> extends Dataset<T> {
  /** The whole dataset. */
  readonly dataset: Dataset<T>;
  /** The selected indices. */
  readonly indices: readonly number[];

  constructor(dataset: Dataset<T>, indices: ArrayLike<number>) {
    super();
    if (!(dataset instanceof Dataset)) throw new InvalidArgumentError('dataset', 'a paddle.io.Dataset', dataset, 'Subset');
    if (indices == null || typeof indices.length !== 'number') {
      throw new InvalidArgumentError('indices', 'an array of integer indices', indices, 'Subset');
    }
    this.dataset = dataset;
    this.indices = Array.from(indices);
  }

  getItem(idx: number): T | Promise<T> {
    const j = this.indices[idx < 0 ? this.indices.length + idx : idx];
    if (j === undefined) throw new InvalidArgumentError('idx', `an integer in [0, ${this.indices.length})`, idx, 'Subset.getItem');
    return this.dataset.getItem(j);
  }

  len(): number {
    return this.indices.length;
  }

  override ready(): Promise<void> {
    return this.dataset.ready();
  }

  override workerSpec(): WorkerSpec {
    return { module: BUILTIN_MODULE, exportName: 'Subset', args: [datasetArg(this.dataset, 'Subset'), this.indices] };
  }
}
