import { InvalidArgumentError } from '../errors';
import { Dataset, isIterableDataset } from './dataset';
import { BUILTIN_MODULE, datasetArg, type WorkerSpec } from './worker-spec';
import { defineSignature, resolveArgs } from '../framework/args';

/**
 * All of {@link ComposeDataset}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.io.ComposeDataset({ datasets: [images, labels] }); // Paddle: ComposeDataset(datasets=[images, labels])
 * ```
 * @category IO
 */
export interface ComposeDatasetArgs {
  /** Map-style datasets of one length, fields joined per sample. */
  datasets: readonly Dataset[];
}

const SIGNATURE = defineSignature('io.ComposeDataset', ['datasets'], { required: 1 });

/**
 * Joins the fields of several map-style datasets of the same length, like Paddle's
 * `paddle.io.ComposeDataset`: sample `i` is the concatenation of each dataset's sample `i`
 * (a non-array sample counts as one field).
 *
 * @param datasets - map-style datasets of equal length
 * @throws {@link index!InvalidArgumentError} if the list is empty, holds an IterableDataset, or lengths differ
 * @example
 * ```ts
 * const ds = new paddle.io.ComposeDataset([images, labels]);
 * const [image, label] = await ds.getItem(0);
 * new paddle.io.ComposeDataset({ datasets: [images, labels] }); // Paddle: ComposeDataset(datasets=[images, labels])
 * ```
 * @category IO
 */
export class ComposeDataset extends Dataset<unknown[]> {
  /** The composed datasets. */
  readonly datasets: readonly Dataset[];

  constructor(args: ComposeDatasetArgs);
  constructor(datasets: readonly Dataset[]);
  constructor(...args: unknown[]) {
    const { datasets } = resolveArgs<ComposeDatasetArgs>(SIGNATURE, args);
    super();
    if (!Array.isArray(datasets) || datasets.length === 0) {
      throw new InvalidArgumentError('datasets', 'a non-empty list of datasets', datasets, SIGNATURE.where);
    }
    datasets.forEach((d, i) => {
      if (!(d instanceof Dataset) || isIterableDataset(d)) {
        throw new InvalidArgumentError(`datasets[${i}]`, 'a map-style paddle.io.Dataset', d, SIGNATURE.where);
      }
      if (i > 0 && d.len() !== datasets[0].len()) {
        throw new InvalidArgumentError(`datasets[${i}]`, `a dataset of length ${datasets[0].len()} (as datasets[0])`, `length ${d.len()}`, SIGNATURE.where);
      }
    });
    this.datasets = datasets;
  }

  async getItem(idx: number): Promise<unknown[]> {
    const parts = await Promise.all(this.datasets.map((d) => d.getItem(idx)));
    return parts.flatMap((p) => (Array.isArray(p) ? p : [p]));
  }

  len(): number {
    return this.datasets[0].len();
  }

  override async ready(): Promise<void> {
    await Promise.all(this.datasets.map((d) => d.ready()));
  }

  override workerSpec(): WorkerSpec {
    return { module: BUILTIN_MODULE, exportName: 'ComposeDataset', args: [this.datasets.map((d) => datasetArg(d, SIGNATURE.where))] };
  }
}
