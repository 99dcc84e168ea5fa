import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { type Generator, defaultGenerator } from '../../framework/random';
import { Sampler } from './sampler';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Options of {@link WeightedRandomSampler}. @category IO */
export interface WeightedRandomSamplerOptions {
  /**
   * Draw with replacement.
   * @defaultValue true
   */
  replacement?: boolean;
  /**
   * The source of randomness.
   * @defaultValue defaultGenerator()
   */
  generator?: Generator | null;
}

/**
 * All of {@link WeightedRandomSampler}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.io.WeightedRandomSampler({ weights: [1, 2, 3], numSamples: 2, replacement: false }); // Paddle: WeightedRandomSampler(weights=[1, 2, 3], num_samples=2, replacement=False)
 * ```
 * @category IO
 */
export interface WeightedRandomSamplerArgs extends WeightedRandomSamplerOptions {
  /** Non-negative weights, 1-D or 2-D (array or tensor). */
  weights: ArrayLike<number> | ArrayLike<ArrayLike<number>> | tf.Tensor;
  /** How many indices to draw (per row). */
  numSamples: number;
}

// `generator` is this package's addition (Paddle draws from numpy's global state).
const SIGNATURE = defineSignature('io.WeightedRandomSampler', ['weights', 'numSamples', 'replacement'], { required: 2, optionOnly: ['generator'] });

/**
 * Draws indices in `[0, len(weights))` with probability proportional to `weights`, like Paddle's
 * `paddle.io.WeightedRandomSampler`. A 2-D `weights` draws `numSamples` per row, one row after
 * another (the indices are then per row, as in Paddle).
 *
 * Without replacement the draw is sequential sampling in proportion to the remaining weights
 * (computed in one pass with Efraimidis–Spirakis keys, https://doi.org/10.1016/j.ipl.2005.11.003),
 * the same distribution as numpy's `choice(replace=False, p=…)` that Paddle calls.
 *
 * @param weights - non-negative weights, 1-D or 2-D (array or tensor)
 * @param numSamples - how many indices to draw (per row)
 * @param replacement - draw with replacement (or the options object)
 * @throws {@link index!InvalidArgumentError} for negative/non-finite weights, a row without a positive
 *   weight, or fewer positive weights than `numSamples` without replacement
 * @example
 * ```ts
 * const sampler = new paddle.io.WeightedRandomSampler([0.1, 0.3, 0.5, 0.7, 0.2], 5);
 * [...sampler]; // e.g. [2, 4, 3, 1, 1]
 * new paddle.io.WeightedRandomSampler({ weights: [1, 2, 3], numSamples: 2, replacement: false }); // Paddle: WeightedRandomSampler(weights=[1, 2, 3], num_samples=2, replacement=False)
 * ```
 * @category IO
 */
export class WeightedRandomSampler extends Sampler<number> {
  /** The weights, one row per draw group. */
  readonly weights: readonly Float64Array[];
  /** How many indices are drawn per row. */
  readonly numSamples: number;
  /** Whether indices are drawn with replacement. */
  readonly replacement: boolean;
  private readonly generator: Generator | null;

  constructor(args: WeightedRandomSamplerArgs);
  constructor(weights: ArrayLike<number> | ArrayLike<ArrayLike<number>> | tf.Tensor, numSamples: number, options?: WeightedRandomSamplerOptions);
  constructor(
    weights: ArrayLike<number> | ArrayLike<ArrayLike<number>> | tf.Tensor,
    numSamples: number,
    replacement?: boolean,
    options?: Pick<WeightedRandomSamplerOptions, 'generator'>,
  );
  constructor(...args: unknown[]) {
    super(null);
    const opts = resolveArgs<WeightedRandomSamplerArgs>(SIGNATURE, args);
    const { weights, numSamples } = opts;
    if (!Number.isInteger(numSamples) || numSamples <= 0) {
      throw new InvalidArgumentError('numSamples', 'a positive integer', numSamples, SIGNATURE.where);
    }
    const rep = opts.replacement ?? true;
    if (typeof rep !== 'boolean') throw new InvalidArgumentError('replacement', 'a boolean', rep, SIGNATURE.where);
    this.weights = toRows(weights);
    this.numSamples = numSamples;
    this.replacement = rep;
    this.generator = opts.generator ?? null;
    this.weights.forEach((row, r) => {
      let positive = 0;
      for (const w of row) {
        if (!(w >= 0) || !Number.isFinite(w)) {
          throw new InvalidArgumentError('weights', 'finite non-negative values', w, SIGNATURE.where);
        }
        if (w > 0) positive++;
      }
      if (positive === 0) throw new InvalidArgumentError(`weights[${r}]`, 'at least one positive weight', 'all zeros', SIGNATURE.where);
      if (!rep && positive < numSamples) {
        throw new InvalidArgumentError('numSamples', `at most the number of positive weights (${positive}) when replacement is false`, numSamples, SIGNATURE.where);
      }
    });
  }

  *[Symbol.iterator](): Iterator<number> {
    const gen = this.generator ?? defaultGenerator();
    for (const row of this.weights) {
      yield* this.replacement ? drawWithReplacement(row, this.numSamples, gen) : drawWithoutReplacement(row, this.numSamples, gen);
    }
  }

  len(): number {
    return this.numSamples * this.weights.length;
  }
}

function toRows(weights: ArrayLike<number> | ArrayLike<ArrayLike<number>> | tf.Tensor): Float64Array[] {
  if (weights instanceof tf.Tensor) {
    if (weights.rank === 1) return [Float64Array.from(weights.dataSync())];
    if (weights.rank === 2) return (weights.arraySync() as number[][]).map((r) => Float64Array.from(r));
  } else if (weights != null && typeof weights.length === 'number' && weights.length > 0) {
    const first = weights[0];
    if (typeof first === 'number') return [Float64Array.from(weights as ArrayLike<number>)];
    if (first != null && typeof (first as ArrayLike<number>).length === 'number') {
      return Array.from(weights as ArrayLike<ArrayLike<number>>, (r) => Float64Array.from(r));
    }
  }
  throw new InvalidArgumentError('weights', 'a non-empty 1-D or 2-D array or tensor of weights', weights, SIGNATURE.where);
}

function drawWithReplacement(w: Float64Array, k: number, gen: Generator): number[] {
  const cdf = new Float64Array(w.length);
  let acc = 0;
  for (let i = 0; i < w.length; i++) cdf[i] = acc += w[i];
  const out: number[] = [];
  for (let s = 0; s < k; s++) {
    const u = gen.random() * acc;
    // first index whose running total exceeds u (numpy's searchsorted side='right')
    let lo = 0;
    let hi = w.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    out.push(lo);
  }
  return out;
}

function drawWithoutReplacement(w: Float64Array, k: number, gen: Generator): number[] {
  // Key u^(1/w) per item; the k largest keys are a weighted sample without replacement, in
  // the order sequential draws would pick them. log-space keys avoid underflow for small w.
  const keys: { i: number; key: number }[] = [];
  for (let i = 0; i < w.length; i++) {
    if (w[i] > 0) keys.push({ i, key: Math.log(1 - gen.random()) / w[i] });
  }
  keys.sort((a, b) => b.key - a.key);
  return keys.slice(0, k).map((e) => e.i);
}
