import { InvalidArgumentError } from '../../errors';
import { isIterableDataset } from '../dataset';
import { RandomSampler } from './random-sampler';
import { Sampler, isSized, type Sized } from './sampler';
import { SequenceSampler } from './sequence-sampler';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Options of {@link BatchSampler}, mirroring Paddle's keyword arguments. @category IO */
export interface BatchSamplerOptions {
  /** The dataset whose indices to batch (exclusive with `sampler`). */
  dataset?: Sized | null;
  /** A sampler (or any iterable of indices) to batch (exclusive with `dataset`). */
  sampler?: (Iterable<number> & Partial<Sized>) | null;
  /**
   * Shuffle the dataset's indices ({@link RandomSampler}); only with `dataset`.
   * @defaultValue false
   */
  shuffle?: boolean;
  /**
   * Indices per batch.
   * @defaultValue 1
   */
  batchSize?: number;
  /**
   * Drop the last batch when it is smaller than `batchSize`.
   * @defaultValue false
   */
  dropLast?: boolean;
}

/**
 * All of {@link BatchSampler}'s arguments by name: Paddle's keyword form (all optional).
 *
 * @example
 * ```ts
 * const bs = new paddle.io.BatchSampler({ dataset, batchSize: 16 }); // Paddle: BatchSampler(dataset=dataset, batch_size=16)
 * ```
 * @category IO
 */
export type BatchSamplerArgs = BatchSamplerOptions;

// A plain `{ len() }` object in a dataset position is a dataset, not options.
const sized = (v: Record<string, unknown>) => typeof v.len === 'function';

const SIGNATURE = defineSignature('io.BatchSampler', ['dataset', 'sampler', 'shuffle', 'batchSize', 'dropLast'], { records: { dataset: sized } });

/**
 * Groups sample indices into batches, like Paddle's `paddle.io.BatchSampler`: from a dataset
 * (sequential, or shuffled with `shuffle: true`) or from a sampler.
 *
 * @param dataset - the dataset to batch, or the options object
 * @param sampler - a sampler of indices (when `dataset` is null)
 * @param shuffle - shuffle the dataset's indices
 * @param batchSize - indices per batch
 * @param dropLast - drop a short last batch
 * @throws {@link index!InvalidArgumentError} when both or neither of dataset and sampler are given,
 *   `shuffle` is set with a sampler, the dataset is an IterableDataset, or `batchSize` is not a
 *   positive integer
 * @example
 * ```ts
 * const bs = new paddle.io.BatchSampler({ dataset, batchSize: 16 }); // Paddle: BatchSampler(dataset=dataset, batch_size=16)
 * for (const indices of bs) {} // [0..15], [16..31], …
 * const shuffled = new paddle.io.BatchSampler({ sampler: new paddle.io.RandomSampler(dataset), batchSize: 8, dropLast: true });
 * ```
 * @category IO
 */
export class BatchSampler extends Sampler<number[]> {
  /** The sampler whose indices are grouped. */
  readonly sampler: Iterable<number> & Partial<Sized>;
  /** Indices per batch. */
  readonly batchSize: number;
  /** Whether the sampler shuffles. */
  readonly shuffle: boolean;
  /** Whether a short last batch is dropped. */
  readonly dropLast: boolean;

  constructor(args?: BatchSamplerArgs);
  constructor(dataset: Sized | null, options?: Omit<BatchSamplerArgs, 'dataset'>);
  constructor(
    dataset?: Sized | null,
    sampler?: (Iterable<number> & Partial<Sized>) | null,
    shuffle?: boolean,
    batchSize?: number,
    dropLast?: boolean,
  );
  constructor(...args: unknown[]) {
    const opts = resolveArgs<BatchSamplerArgs>(SIGNATURE, args);
    super(opts.dataset ?? null);
    const sh = opts.shuffle ?? false;
    if (typeof sh !== 'boolean') throw new InvalidArgumentError('shuffle', 'a boolean', sh, SIGNATURE.where);
    if (opts.dataset == null) {
      if (opts.sampler == null || typeof (opts.sampler as Iterable<number>)[Symbol.iterator] !== 'function') {
        throw new InvalidArgumentError('sampler', 'a Sampler or iterable of indices (when dataset is not given)', opts.sampler, SIGNATURE.where);
      }
      if (sh) throw new InvalidArgumentError('shuffle', 'false when a sampler is given', sh, SIGNATURE.where);
      this.sampler = opts.sampler;
    } else {
      if (isIterableDataset(opts.dataset)) {
        throw new InvalidArgumentError('dataset', 'a map-style dataset (not an IterableDataset)', opts.dataset, SIGNATURE.where);
      }
      if (!isSized(opts.dataset)) throw new InvalidArgumentError('dataset', 'a dataset (an object with len())', opts.dataset, SIGNATURE.where);
      if (opts.sampler != null) throw new InvalidArgumentError('sampler', 'null when a dataset is given', opts.sampler, SIGNATURE.where);
      this.sampler = sh ? new RandomSampler(opts.dataset) : new SequenceSampler(opts.dataset);
    }
    const bs = opts.batchSize ?? 1;
    if (!Number.isInteger(bs) || bs <= 0) throw new InvalidArgumentError('batchSize', 'a positive integer', bs, SIGNATURE.where);
    const dl = opts.dropLast ?? false;
    if (typeof dl !== 'boolean') throw new InvalidArgumentError('dropLast', 'a boolean', dl, SIGNATURE.where);
    this.batchSize = bs;
    this.shuffle = sh;
    this.dropLast = dl;
  }

  *[Symbol.iterator](): Iterator<number[]> {
    yield* batchIndices(this.sampler, this.batchSize, this.dropLast);
  }

  len(): number {
    const s = this.sampler as Partial<Sized>;
    if (typeof s.len !== 'function') {
      throw new InvalidArgumentError('sampler', 'a sampler with len() to count batches', this.sampler, 'BatchSampler.len');
    }
    return Math.floor((s.len() + (this.dropLast ? 0 : this.batchSize - 1)) / this.batchSize);
  }
}

/** Groups an index stream into lists of `batchSize`. @internal */
export function* batchIndices(indices: Iterable<number>, batchSize: number, dropLast: boolean): Generator<number[]> {
  let batch: number[] = [];
  for (const idx of indices) {
    batch.push(idx);
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (!dropLast && batch.length > 0) yield batch;
}
