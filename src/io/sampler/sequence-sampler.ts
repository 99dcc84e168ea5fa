import { InvalidArgumentError } from '../../errors';
import { Sampler, isSized, type Sized } from './sampler';
import { defineSignature, resolveArgs } from '../../framework/args';

/**
 * All of {@link SequenceSampler}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.io.SequenceSampler({ dataSource: dataset }); // Paddle: SequenceSampler(data_source=ds)
 * ```
 * @category IO
 */
export interface SequenceSamplerArgs {
  /** A dataset or anything with `len()`. */
  dataSource: Sized;
}

// A plain `{ len() }` object in a dataset position is a dataset, not options.
const sized = (v: Record<string, unknown>) => typeof v.len === 'function';

const SIGNATURE = defineSignature('io.SequenceSampler', ['dataSource'], { required: 1, records: { dataSource: sized } });

/**
 * Yields `0, 1, …, len(dataSource) - 1`, like Paddle's `paddle.io.SequenceSampler`.
 *
 * @param dataSource - a dataset or anything with `len()`
 * @example
 * ```ts
 * [...new paddle.io.SequenceSampler(dataset)]; // [0, 1, 2, …]
 * new paddle.io.SequenceSampler({ dataSource: dataset }); // Paddle: SequenceSampler(data_source=ds)
 * ```
 * @category IO
 */
export class SequenceSampler extends Sampler<number> {
  declare readonly dataSource: Sized;

  constructor(args: SequenceSamplerArgs);
  constructor(dataSource: Sized);
  constructor(...args: unknown[]) {
    const { dataSource } = resolveArgs<SequenceSamplerArgs>(SIGNATURE, args);
    if (!isSized(dataSource)) throw new InvalidArgumentError('dataSource', 'a dataset (an object with len())', dataSource, SIGNATURE.where);
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
