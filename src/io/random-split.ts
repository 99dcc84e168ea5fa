import { InvalidArgumentError } from '../errors';
import { Generator, defaultGenerator } from '../framework/random';
import type { Dataset } from './dataset';
import { Subset } from './subset';

/**
 * Splits a dataset at random into non-overlapping subsets, like Paddle's `paddle.io.random_split`.
 * `lengths` are sample counts, or fractions summing to 1 (then `floor(len * f)` each, and the
 * remainder handed out one by one from the first split, as Paddle does).
 *
 * The permutation comes from `generator`, by default the generator behind {@link index!seed}, so
 * `paddle.seed(n)` makes the split repeatable. (Paddle draws it with `paddle.randperm`; the two
 * generators differ, so the subsets differ from Paddle's for the same seed.)
 *
 * @param dataset - the dataset to split
 * @param lengths - sample counts summing to `dataset.len()`, or fractions summing to 1
 * @param generator - the source of randomness (defaults to {@link index!defaultGenerator})
 * @returns one {@link Subset} per entry of `lengths`
 * @throws {@link index!InvalidArgumentError} if the lengths do not add up or a fraction is outside [0, 1]
 * @example
 * ```ts
 * paddle.seed(2023);
 * const [train, val] = paddle.io.randomSplit(dataset, [0.8, 0.2]);
 * ```
 * @category IO
 */
export function randomSplit<T>(
  dataset: Dataset<T>,
  lengths: readonly number[],
  generator: Generator | { generator?: Generator } = defaultGenerator(),
): Subset<T>[] {
  const gen = generator instanceof Generator ? generator : generator?.generator ?? defaultGenerator();
  if (!Array.isArray(lengths) || lengths.length === 0 || !lengths.every((l) => typeof l === 'number' && Number.isFinite(l) && l >= 0)) {
    throw new InvalidArgumentError('lengths', 'a non-empty list of non-negative counts or fractions', lengths, 'randomSplit');
  }
  const n = dataset.len();
  const sum = lengths.reduce((a, b) => a + b, 0);
  let counts = [...lengths];
  if (Math.abs(sum - 1) <= 1e-9 && sum <= 1) {
    lengths.forEach((f, i) => {
      if (f > 1) throw new InvalidArgumentError(`lengths[${i}]`, 'a fraction between 0 and 1', f, 'randomSplit');
    });
    counts = lengths.map((f) => Math.floor(n * f));
    const remainder = n - counts.reduce((a, b) => a + b, 0);
    for (let i = 0; i < remainder; i++) counts[i % counts.length] += 1;
  } else if (!counts.every(Number.isInteger)) {
    throw new InvalidArgumentError('lengths', 'integer counts, or fractions summing to 1', lengths, 'randomSplit');
  }
  const total = counts.reduce((a, b) => a + b, 0);
  if (total !== n) {
    throw new InvalidArgumentError('lengths', `counts summing to the dataset length ${n}`, `counts summing to ${total}`, 'randomSplit');
  }
  const perm = Array.from(gen.permutation(n));
  let offset = 0;
  return counts.map((c) => new Subset(dataset, perm.slice(offset, (offset += c))));
}
