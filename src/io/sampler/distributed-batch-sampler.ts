import { InvalidArgumentError } from '../../errors';
import { MT19937 } from '../mt19937';
import { batchIndices, BatchSampler } from './batch-sampler';
import { isSized, type Sized } from './sampler';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Options of {@link DistributedBatchSampler}. @category IO */
export interface DistributedBatchSamplerOptions {
  /**
   * Number of processes sharing the dataset. (Paddle reads it from `ParallelEnv`; a single
   * JavaScript process is one replica.)
   * @defaultValue 1
   */
  numReplicas?: number | null;
  /**
   * This process's rank in `[0, numReplicas)`.
   * @defaultValue 0
   */
  rank?: number | null;
  /**
   * Shuffle the indices each pass, seeded by the epoch.
   * @defaultValue false
   */
  shuffle?: boolean;
  /**
   * Drop the last batch when it is smaller than `batchSize`.
   * @defaultValue false
   */
  dropLast?: boolean;
}

/**
 * All of {@link DistributedBatchSampler}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: DistributedBatchSampler(dataset=ds, batch_size=64, shuffle=True)
 * new paddle.io.DistributedBatchSampler({ dataset, batchSize: 64, shuffle: true });
 * ```
 * @category IO
 */
export interface DistributedBatchSamplerArgs extends DistributedBatchSamplerOptions {
  /** The dataset (anything with `len()`). */
  dataset: Sized;
  /** Indices per batch. */
  batchSize: number;
}

// A plain `{ len() }` object in a dataset position is a dataset, not options.
const sized = (v: Record<string, unknown>) => typeof v.len === 'function';

const SIGNATURE = defineSignature('io.DistributedBatchSampler', ['dataset', 'batchSize', 'numReplicas', 'rank', 'shuffle', 'dropLast'], {
  required: 2,
  records: { dataset: sized },
});

/**
 * Gives each of `numReplicas` processes its own share of the dataset in batches, exactly as
 * Paddle's `paddle.io.DistributedBatchSampler` does (it is also what `Model.fit` batches a
 * dataset with):
 *
 * 1. the indices `0 … n-1` are padded by repeating them from the start up to
 *    `numReplicas * ceil(n / numReplicas)`;
 * 2. with `shuffle`, they are shuffled by numpy's `RandomState(epoch).shuffle`, reproduced
 *    bit for bit here (MT19937 + numpy's bounded draw), and the epoch then advances by one;
 * 3. with several replicas, rank `r` takes batch-sized slices `r, r + numReplicas, …` and its share
 *    of the leftover tail.
 *
 * The order therefore depends only on the epoch, not on {@link index!seed} — as in Paddle, where
 * every `fit` restarts at epoch 0. Call {@link DistributedBatchSampler.setEpoch} to choose it.
 *
 * @param dataset - the dataset (anything with `len()`)
 * @param batchSize - indices per batch
 * @param numReplicas - number of processes (or the options object)
 * @param rank - this process's rank
 * @param shuffle - shuffle by epoch
 * @param dropLast - drop a short last batch
 * @throws {@link index!InvalidArgumentError} for a non-positive batch size or replica count, or a rank
 *   outside `[0, numReplicas)`
 * @example
 * ```ts
 * const sampler = new paddle.io.DistributedBatchSampler(dataset, 64, { numReplicas: 2, rank: 0, shuffle: true });
 * // Paddle: DistributedBatchSampler(dataset=ds, batch_size=64, shuffle=True)
 * new paddle.io.DistributedBatchSampler({ dataset, batchSize: 64, shuffle: true });
 * for (let epoch = 0; epoch < 3; epoch++) {
 *   sampler.setEpoch(epoch);
 *   for (const indices of sampler) {}
 * }
 * ```
 * @category IO
 */
export class DistributedBatchSampler extends BatchSampler {
  /** The dataset being split. */
  readonly dataset: Sized;
  /** Number of replicas (Paddle's `nranks`). */
  readonly nranks: number;
  /** This replica's rank (Paddle's `local_rank`). */
  readonly localRank: number;
  /** The seed of the next shuffle; advances by one after each shuffled pass. */
  epoch = 0;

  constructor(args: DistributedBatchSamplerArgs);
  constructor(dataset: Sized, batchSize: number, options?: DistributedBatchSamplerOptions);
  constructor(dataset: Sized, batchSize: number, numReplicas?: number | null, rank?: number | null, shuffle?: boolean, dropLast?: boolean);
  constructor(...args: unknown[]) {
    const opts = resolveArgs<DistributedBatchSamplerArgs>(SIGNATURE, args);
    const { dataset, batchSize } = opts;
    if (!isSized(dataset)) throw new InvalidArgumentError('dataset', 'a dataset (an object with len())', dataset, SIGNATURE.where);
    // The base class would build a RandomSampler it never uses; shuffling happens in the iterator.
    super({ dataset, batchSize, dropLast: opts.dropLast ?? false });
    const sh = opts.shuffle ?? false;
    if (typeof sh !== 'boolean') throw new InvalidArgumentError('shuffle', 'a boolean', sh, SIGNATURE.where);
    (this as { shuffle: boolean }).shuffle = sh;
    const nranks = opts.numReplicas ?? 1;
    if (!Number.isInteger(nranks) || nranks <= 0) {
      throw new InvalidArgumentError('numReplicas', 'a positive integer', nranks, SIGNATURE.where);
    }
    const r = opts.rank ?? 0;
    if (!Number.isInteger(r) || r < 0 || r >= nranks) {
      throw new InvalidArgumentError('rank', `an integer in [0, ${nranks})`, r, SIGNATURE.where);
    }
    this.dataset = dataset;
    this.nranks = nranks;
    this.localRank = r;
  }

  /** Samples per replica: `ceil(len(dataset) / numReplicas)`. */
  get numSamples(): number {
    return Math.ceil(this.dataset.len() / this.nranks);
  }

  /** All replicas' samples together: `numSamples * numReplicas`. */
  get totalSize(): number {
    return this.numSamples * this.nranks;
  }

  override *[Symbol.iterator](): Iterator<number[]> {
    const n = this.dataset.len();
    const total = this.totalSize;
    let indices = Array.from({ length: n }, (_, i) => i);
    // Pad by repeating from the start (a list repeated ceil(pad / n) times when pad > n).
    for (let i = 0; indices.length < total; i++) indices.push(i % n);
    if (this.shuffle) {
      new MT19937(this.epoch).shuffle(indices);
      this.epoch += 1;
    }
    if (this.nranks > 1) indices = this.subsample(indices);
    yield* batchIndices(indices, this.batchSize, this.dropLast);
  }

  override len(): number {
    return Math.floor((this.numSamples + (this.dropLast ? 0 : this.batchSize - 1)) / this.batchSize);
  }

  /**
   * Sets the epoch that seeds the next shuffle (Paddle's `set_epoch`).
   * @param epoch - a non-negative integer below 2^32
   */
  setEpoch(epoch: number): void {
    if (!Number.isInteger(epoch) || epoch < 0 || epoch >= 2 ** 32) {
      throw new InvalidArgumentError('epoch', 'an integer in [0, 2^32)', epoch, 'DistributedBatchSampler.setEpoch');
    }
    this.epoch = epoch;
  }

  private subsample(indices: number[]): number[] {
    const bs = this.batchSize;
    const lastBatchSize = this.totalSize % (bs * this.nranks);
    const lastLocal = lastBatchSize / this.nranks;
    const out: number[] = [];
    for (let i = this.localRank * bs; i < indices.length - lastBatchSize; i += bs * this.nranks) {
      out.push(...indices.slice(i, i + bs));
    }
    const tail = indices.slice(indices.length - lastBatchSize);
    out.push(...tail.slice(this.localRank * lastLocal, (this.localRank + 1) * lastLocal));
    return out;
  }
}
