/**
 * Anything with a length: a {@link Dataset}, a sampler, or a plain object with `len()`.
 * @category IO
 */
export interface Sized {
  len(): number;
}

/**
 * Base class of samplers, like Paddle's `paddle.io.Sampler`: an iterable of sample indices
 * (Paddle's `__iter__`) with a length (`__len__`).
 *
 * @example
 * ```ts
 * class EvenSampler extends paddle.io.Sampler<number> {
 *   *[Symbol.iterator]() { for (let i = 0; i < this.dataSource!.len(); i += 2) yield i; }
 *   len() { return Math.ceil(this.dataSource!.len() / 2); }
 * }
 * ```
 * @category IO
 */
export abstract class Sampler<T = number> implements Iterable<T> {
  /** The dataset (or anything with a length) this sampler draws from, if any. */
  readonly dataSource: Sized | null;

  /** @param dataSource - what to sample from (optional, as in Paddle) */
  constructor(dataSource: Sized | null = null) {
    this.dataSource = dataSource;
  }

  /** Yields indices. */
  abstract [Symbol.iterator](): Iterator<T>;

  /** The number of indices one pass yields. */
  abstract len(): number;
}

/** Whether `x` has a numeric `len()`. @internal */
export function isSized(x: unknown): x is Sized {
  return x !== null && typeof x === 'object' && typeof (x as Sized).len === 'function';
}
