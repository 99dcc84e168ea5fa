import { InvalidArgumentError } from '../../errors';
import { Generator, defaultGenerator } from '../../framework/random';
import { Sampler } from './sampler';
import { defineSignature, resolveArgs } from '../../framework/args';

/**
 * All of {@link SubsetRandomSampler}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.io.SubsetRandomSampler({ indices: [1, 3, 5] }); // Paddle: SubsetRandomSampler(indices=[1, 3, 5])
 * ```
 * @category IO
 */
export interface SubsetRandomSamplerArgs {
  /** The indices to permute. */
  indices: ArrayLike<number>;
  /** The source of randomness (an addition to Paddle, which uses `paddle.randperm`). @defaultValue defaultGenerator() */
  generator?: Generator | null;
}

const SIGNATURE = defineSignature('io.SubsetRandomSampler', ['indices'], { required: 1, optionOnly: ['generator'] });

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
 * new paddle.io.SubsetRandomSampler({ indices: [1, 3, 5] }); // Paddle: SubsetRandomSampler(indices=[1, 3, 5])
 * ```
 * @category IO
 */
export class SubsetRandomSampler extends Sampler<number> {
  /** The indices to permute. */
  readonly indices: readonly number[];
  private readonly generator: Generator | null;

  constructor(args: SubsetRandomSamplerArgs);
  constructor(indices: ArrayLike<number>, options?: { generator?: Generator | null });
  constructor(...args: unknown[]) {
    const { indices, generator } = resolveArgs<SubsetRandomSamplerArgs>(SIGNATURE, args);
    super(null);
    if (indices == null || typeof indices.length !== 'number' || indices.length === 0) {
      throw new InvalidArgumentError('indices', 'a non-empty list of indices', indices, SIGNATURE.where);
    }
    this.indices = Array.from(indices);
    if (generator != null && !(generator instanceof Generator)) throw new InvalidArgumentError('generator', 'a paddle Generator', generator, SIGNATURE.where);
    this.generator = generator ?? null;
  }

  *[Symbol.iterator](): Iterator<number> {
    const perm = (this.generator ?? defaultGenerator()).permutation(this.indices.length);
    for (const i of perm) yield this.indices[i];
  }

  len(): number {
    return this.indices.length;
  }
}
