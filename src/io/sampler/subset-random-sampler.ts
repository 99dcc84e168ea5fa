import { InvalidArgumentError } from '../../errors';
import { Generator, defaultGenerator } from '../../framework/random';
import { Sampler } from './sampler';

/**
 * Yields the given indices in random order, without replacement, like Paddle's
 * `paddle.io.SubsetRandomSampler`. The order comes from `generator` (by default the one behind
 * {@link index!seed}; Paddle uses `paddle.randperm`, so orders differ from Paddle's for one seed).
 *
 * @param indices - the indices to permute
 * @param generator - the source of randomness
 * @throws {@link index!InvalidArgumentError} if `indices` is empty
 * @example
 * ```ts
 * paddle.seed(2023);
 * [...new paddle.io.SubsetRandomSampler([1, 3, 5, 7, 9])]; // a permutation of the five
 * ```
 * @category IO
 */
export class SubsetRandomSampler extends Sampler<number> {
  /** The indices to permute. */
  readonly indices: readonly number[];
  private readonly generator: Generator | null;

  constructor(indices: ArrayLike<number>, generator: Generator | { generator?: Generator } | null = null) {
    super(null);
    if (indices == null || typeof indices.length !== 'number' || indices.length === 0) {
      throw new InvalidArgumentError('indices', 'a non-empty list of indices', indices, 'SubsetRandomSampler');
    }
    this.indices = Array.from(indices);
    this.generator = generator instanceof Generator ? generator : generator?.generator ?? null;
  }

  *[Symbol.iterator](): Iterator<number> {
    const perm = (this.generator ?? defaultGenerator()).permutation(this.indices.length);
    for (const i of perm) yield this.indices[i];
  }

  len(): number {
    return this.indices.length;
  }
}
