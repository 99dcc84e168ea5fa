import { InvalidArgumentError } from '../errors';
import { Dataset } from './dataset';
import { BUILTIN_MODULE, datasetArg, type WorkerSpec } from './worker-spec';
import { defineSignature, resolveArgs } from '../framework/args';

/**
 * All of {@link Subset}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.io.Subset({ dataset, indices: [0, 2, 4] }); // Paddle: Subset(dataset=ds, indices=[0, 2, 4])
 * ```
 * @category IO
 */
export interface SubsetArgs<T = unknown> {
  /** The whole dataset. */
  dataset: Dataset<T>;
  /** The indices to select. */
  indices: ArrayLike<number>;
}

const SIGNATURE = defineSignature('io.Subset', ['dataset', 'indices'], { required: 2 });

/**
 * The samples of `dataset` at `indices`, in that order, like Paddle's `paddle.io.Subset`
 * (indices may repeat).
 *
 * @param dataset - the whole dataset
 * @param indices - indices into `dataset`
 * @example
 * ```ts
 * const firstTen = new paddle.io.Subset(dataset, [...Array(10).keys()]);
 * new paddle.io.Subset({ dataset, indices: [0, 2, 4] }); // Paddle: Subset(dataset=ds, indices=[0, 2, 4])
 * ```
 * @category IO
 */
export class Subset<T = unknown> extends Dataset<T> {
  /** The whole dataset. */
  readonly dataset: Dataset<T>;
  /** The selected indices. */
  readonly indices: readonly number[];

  constructor(args: SubsetArgs<T>);
  constructor(dataset: Dataset<T>, indices: ArrayLike<number>);
  constructor(...args: unknown[]) {
    const { dataset, indices } = resolveArgs<SubsetArgs<T>>(SIGNATURE, args);
    super();
    if (!(dataset instanceof Dataset)) throw new InvalidArgumentError('dataset', 'a paddle.io.Dataset', dataset, SIGNATURE.where);
    if (indices == null || typeof indices.length !== 'number') {
      throw new InvalidArgumentError('indices', 'an array of integer indices', indices, SIGNATURE.where);
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
    return { module: BUILTIN_MODULE, exportName: 'Subset', args: [datasetArg(this.dataset, SIGNATURE.where), this.indices] };
  }
}
