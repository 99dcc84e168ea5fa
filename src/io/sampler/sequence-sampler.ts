import { InvalidArgumentError } from '../../errors';
import { Sampler, isSized, type Sized } from './sampler';

/**
 * Yields `0, 1, …, len(dataSource) - 1`, like Paddle's `paddle.io.SequenceSampler`.
 *
 * @param dataSource - a dataset or anything with `len()`
 * @example
 * ```ts
 * [...new paddle.io.SequenceSampler(dataset)]; // [0, 1, 2, …]
 * ```
 * @category IO
 */
export class SequenceSampler extends Sampler<number> {
  declare readonly dataSource: Sized;

  constructor(dataSource: Sized) {
    if (!isSized(dataSource)) throw new InvalidArgumentError('dataSource', 'a dataset (an object with len())', dataSource, 'SequenceSampler');
    super(dataSource);
  }

  *[Symbol.iterator](): Iterator<number> {
    const n = this.dataSource.len();
    for (let i = 0; i < n; i++) yield i;
  }

  len(): number {
    return this.dataSource.len();
  }
}
