import { InvalidArgumentError } from '../errors';
import { Generator, defaultGenerator } from '../framework/random';
import { Dataset } from './dataset';
import { Subset } from './subset';
import { defineSignature, resolveArgs } from '../framework/args';

/**
 * All of {@link randomSplit}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * paddle.io.randomSplit({ dataset, lengths: [8, 2] }); // Paddle: random_split(dataset=ds, lengths=[8, 2])
 * ```
 * @category IO
 */
export interface RandomSplitArgs<T = unknown> {
  /** The dataset to split. */
  dataset: Dataset<T>;
  /** Sample counts summing to `dataset.len()`, or fractions summing to 1. */
  lengths: readonly number[];
  /** The source of randomness. @defaultValue defaultGenerator() */
  generator?: Generator | null;
}

const SIGNATURE = defineSignature('io.randomSplit', ['dataset', 'lengths', 'generator'], { required: 2 });

/**
 * Splits a dataset at random into non-overlapping subsets, like Paddle's `paddle.io.random_split`.
 * `lengths` are sample counts, or fractions summing to 1 (then `floor(len * f)` each, and the
 * remainder handed out one by one from the first split, as Paddle does).
 *
 * The permutation comes from `generator`, by default the generator behind {@link index!seed}, so
 * `paddle.seed(n)` makes the split repeatable. (Paddle draws it with `paddle.randperm`; the two
 * generators differ, so the subsets differ from Paddle's for the same seed.)
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link RandomSplitArgs})
 * @returns one {@link Subset} per entry of `lengths`
 * @throws {@link index!InvalidArgumentError} if the lengths do not add up or a fraction is outside [0, 1]
 * @example
 * ```ts
 * paddle.seed(2023);
 * const [train, val] = paddle.io.randomSplit(dataset, [0.8, 0.2]);
 * paddle.io.randomSplit({ dataset, lengths: [8, 2] }); // Paddle: random_split(dataset=ds, lengths=[8, 2])
 * ```
 * @category IO
 */
export function randomSplit<T>(args: RandomSplitArgs<T>): Subset<T>[];
export function randomSplit<T>(dataset: Dataset<T>, options: Omit<RandomSplitArgs<T>, 'dataset'>): Subset<T>[];
export function randomSplit<T>(dataset: Dataset<T>, lengths: readonly number[], options?: { generator?: Generator | null }): Subset<T>[];
/**
 * Positional form, in Paddle's order.
 *
 * @param dataset - the dataset to split
 * @param lengths - sample counts summing to `dataset.len()`, or fractions summing to 1
 * @param generator - the source of randomness (defaults to {@link index!defaultGenerator})
 */
export function randomSplit<T>(dataset: Dataset<T>, lengths: readonly number[], generator?: Generator | null): Subset<T>[];
export function randomSplit<T>(...args: unknown[]): Subset<T>[] {
  const { dataset, lengths, generator } = resolveArgs<RandomSplitArgs<T>>(SIGNATURE, args);
  if (generator != null && !(generator instanceof Generator)) throw new InvalidArgumentError('generator', 'a paddle Generator', generator, SIGNATURE.where);
  if (!(dataset instanceof Dataset)) throw new InvalidArgumentError('dataset', 'a paddle.io.Dataset', dataset, SIGNATURE.where);
  const gen = generator ?? defaultGenerator();
  if (!Array.isArray(lengths) || lengths.length === 0 || !lengths.every((l) => typeof l === 'number' && Number.isFinite(l) && l >= 0)) {
    throw new InvalidArgumentError('lengths', 'a non-empty list of non-negative counts or fractions', lengths, SIGNATURE.where);
  }
  const n = dataset.len();
  const sum = lengths.reduce((a, b) => a + b, 0);
  let counts = [...lengths];
  if (Math.abs(sum - 1) <= 1e-9 && sum <= 1) {
    lengths.forEach((f, i) => {
      if (f > 1) throw new InvalidArgumentError(`lengths[${i}]`, 'a fraction between 0 and 1', f, SIGNATURE.where);
    });
    counts = lengths.map((f) => Math.floor(n * f));
    const remainder = n - counts.reduce((a, b) => a + b, 0);
    for (let i = 0; i < remainder; i++) counts[i % counts.length] += 1;
  } else if (!counts.every(Number.isInteger)) {
    throw new InvalidArgumentError('lengths', 'integer counts, or fractions summing to 1', lengths, SIGNATURE.where);
  }
  const total = counts.reduce((a, b) => a + b, 0);
  if (total !== n) {
    throw new InvalidArgumentError('lengths', `counts summing to the dataset length ${n}`, `counts summing to ${total}`, SIGNATURE.where);
  }
  const perm = Array.from(gen.permutation(n));
  let offset = 0;
  return counts.map((c) => new Subset(dataset, perm.slice(offset, (offset += c))));
}
