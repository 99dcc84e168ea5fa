import { InvalidArgumentError } from '../../errors';
import { Generator, defaultGenerator } from '../../framework/random';
import { Sampler, isSized, type Sized } from './sampler';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Options of {@link RandomSampler}. @category IO */
export interface RandomSamplerOptions {
  /**
   * Draw with replacement.
   * @defaultValue false
   */
  replacement?: boolean;
  /**
   * How many indices to draw (at most `len(dataSource)` without replacement).
   * @defaultValue len(dataSource)
   */
  numSamples?: number | null;
  /**
   * The source of randomness: a {@link Generator}, or (as in Paddle) an iterator of indices that is
   * consumed as is. Defaults to the generator behind {@link index!seed}, read at each pass.
   * @defaultValue defaultGenerator()
   */
  generator?: Generator | Iterator<number> | null;
}

/**
 * All of {@link RandomSampler}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: io.RandomSampler(data_source=ds, replacement=True, num_samples=10)
 * new paddle.io.RandomSampler({ dataSource: dataset, replacement: true, numSamples: 10 });
 * ```
 * @category IO
 */
export interface RandomSamplerArgs extends RandomSamplerOptions {
  /** A dataset or anything with `len()`. */
  dataSource: Sized;
}

// A plain `{ len() }` object in a dataset position is a dataset, not options.
const sized = (v: Record<string, unknown>) => typeof v.len === 'function';

const SIGNATURE = defineSignature('io.RandomSampler', ['dataSource', 'replacement', 'numSamples', 'generator'], { required: 1, records: { dataSource: sized } });

/**
 * Yields the indices of `dataSource` in random order, like Paddle's `paddle.io.RandomSampler`.
 * Without replacement every index appears once (the first `numSamples` of a permutation); with
 * replacement `numSamples` indices are drawn independently.
 *
 * Paddle draws from numpy's global generator, which `paddle.seed` does not touch; here the draws
 * come from `generator` (by default the one behind {@link index!seed}), so `paddle.seed(n)` makes the
 * order repeatable.
 *
 * @param dataSource - a dataset or anything with `len()`
 * @param replacement - draw with replacement (or the options object)
 * @param numSamples - how many indices to draw
 * @param generator - the source of randomness
 * @throws {@link index!InvalidArgumentError} for a non-positive `numSamples`, or more samples than the
 *   dataset holds without replacement
 * @example
 * ```ts
 * paddle.seed(2023);
 * const order = [...new paddle.io.RandomSampler(dataset)];
 * const boot = new paddle.io.RandomSampler(dataset, { replacement: true, numSamples: 50 }); // Paddle: RandomSampler(ds, replacement=True, num_samples=50)
 * ```
 * @category IO
 */
export class RandomSampler extends Sampler<number> {
  declare readonly dataSource: Sized;
  /** Whether indices are drawn with replacement. */
  readonly replacement: boolean;
  /** The generator or index iterator, if one was given. */
  readonly generator: Generator | Iterator<number> | null;
  private readonly requested: number | null;

  constructor(args: RandomSamplerArgs);
  constructor(dataSource: Sized, options?: RandomSamplerOptions);
  constructor(dataSource: Sized, replacement?: boolean, numSamples?: number | null, generator?: Generator | Iterator<number> | null);
  constructor(...args: unknown[]) {
    const opts = resolveArgs<RandomSamplerArgs>(SIGNATURE, args);
    const { dataSource } = opts;
    if (!isSized(dataSource)) throw new InvalidArgumentError('dataSource', 'a dataset (an object with len())', dataSource, SIGNATURE.where);
    super(dataSource);
    this.replacement = opts.replacement ?? false;
    this.requested = opts.numSamples ?? null;
    this.generator = opts.generator ?? null;
    if (typeof this.replacement !== 'boolean') {
      throw new InvalidArgumentError('replacement', 'a boolean', this.replacement, SIGNATURE.where);
    }
    const n = this.numSamples;
    if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('numSamples', 'a positive integer', n, SIGNATURE.where);
    if (!this.replacement && n > dataSource.len()) {
      throw new InvalidArgumentError('numSamples', `at most the dataset length ${dataSource.len()} when replacement is false`, n, SIGNATURE.where);
    }
  }

  /** The number of indices one pass yields. */
  get numSamples(): number {
    return this.requested ?? this.dataSource.len();
  }

  *[Symbol.iterator](): Iterator<number> {
    const count = this.numSamples;
    if (this.generator !== null && !(this.generator instanceof Generator)) {
      for (let i = 0; i < count; i++) {
        const r = this.generator.next();
        if (r.done) return;
        yield r.value;
      }
      return;
    }
    const gen = this.generator ?? defaultGenerator();
    const n = this.dataSource.len();
    if (this.replacement) {
      for (let i = 0; i < count; i++) yield gen.randint(0, n);
    } else {
      const perm = gen.permutation(n);
      for (let i = 0; i < count; i++) yield perm[i];
    }
  }

  len(): number {
    return this.numSamples;
  }
}
