import { InvalidArgumentError } from '../errors';
import { defineSignature, resolveArgs } from './args';

/**
 * A seedable pseudo-random generator (xoshiro128**, seeded through splitmix32). One instance
 * sits behind {@link index!seed}; everything random in tfjs-hapi — initializers, dropout masks,
 * shuffling, random transforms — draws from it, so a seed makes a run repeatable.
 *
 * @example
 * ```ts
 * const g = new paddle.Generator(42);
 * g.random();        // a float in [0, 1)
 * g.randint(0, 10);  // an integer in [0, 10)
 * g.permutation(5);  // e.g. Int32Array [3, 0, 4, 1, 2]
 * ```
 * @category Framework
 */
export class Generator {
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  private s3 = 0;
  private spareNormal: number | null = null;
  private initialSeed = 0;

  constructor(seedValue?: number) {
    this.manualSeed(seedValue ?? Math.floor(Math.random() * 2 ** 32));
  }

  /** Restarts the sequence from `seedValue` (an integer; reduced modulo 2^32). */
  manualSeed(seedValue: number): this {
    if (!Number.isFinite(seedValue)) throw new InvalidArgumentError('seed', 'a finite integer', seedValue);
    let x = Math.trunc(seedValue) >>> 0;
    const next = () => {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    this.spareNormal = null;
    this.initialSeed = Math.trunc(seedValue);
    return this;
  }

  /** The seed this generator was last started from. */
  initialSeedValue(): number {
    return this.initialSeed;
  }

  /** The next raw 32-bit unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (this.s1 << 9) >>> 0;
    this.s2 = (this.s2 ^ this.s0) >>> 0;
    this.s3 = (this.s3 ^ this.s1) >>> 0;
    this.s1 = (this.s1 ^ this.s2) >>> 0;
    this.s0 = (this.s0 ^ this.s3) >>> 0;
    this.s2 = (this.s2 ^ t) >>> 0;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** A float uniformly distributed in [0, 1), with 53 bits of resolution. */
  random(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** A float uniformly distributed in [low, high). */
  uniform(low = 0, high = 1): number {
    return low + (high - low) * this.random();
  }

  /** An integer uniformly distributed in [low, high). */
  randint(low: number, high: number): number {
    if (!(high > low)) throw new InvalidArgumentError('high', `a number greater than low (${low})`, high, 'Generator.randint');
    return low + Math.floor(this.random() * (high - low));
  }

  /** A normally distributed float (Box–Muller). */
  normal(mean = 0, std = 1): number {
    if (this.spareNormal !== null) {
      const z = this.spareNormal;
      this.spareNormal = null;
      return mean + std * z;
    }
    let u = 0;
    while (u === 0) u = this.random();
    const v = this.random();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spareNormal = r * Math.sin(2 * Math.PI * v);
    return mean + std * r * Math.cos(2 * Math.PI * v);
  }

  /**
   * Fills `out` with floats uniform in [low, high): the same values, in the same order, as
   * `out.length` calls of {@link Generator.uniform}, several times faster (initializers of large
   * layers fill millions of values).
   */
  fillUniform(out: Float32Array, low = 0, high = 1): Float32Array {
    const span = high - low;
    let s0 = this.s0;
    let s1 = this.s1;
    let s2 = this.s2;
    let s3 = this.s3;
    for (let i = 0; i < out.length; i++) {
      // Two xoshiro128** outputs, inlined from nextUint32, make one 53-bit float as in random().
      let r = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
      let t = (s1 << 9) >>> 0;
      s2 = (s2 ^ s0) >>> 0;
      s3 = (s3 ^ s1) >>> 0;
      s1 = (s1 ^ s2) >>> 0;
      s0 = (s0 ^ s3) >>> 0;
      s2 = (s2 ^ t) >>> 0;
      s3 = rotl(s3, 11);
      const hi = r >>> 5;
      r = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
      t = (s1 << 9) >>> 0;
      s2 = (s2 ^ s0) >>> 0;
      s3 = (s3 ^ s1) >>> 0;
      s1 = (s1 ^ s2) >>> 0;
      s0 = (s0 ^ s3) >>> 0;
      s2 = (s2 ^ t) >>> 0;
      s3 = rotl(s3, 11);
      out[i] = low + span * ((hi * 67108864 + (r >>> 6)) / 9007199254740992);
    }
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
    return out;
  }

  /**
   * Fills `out` with normally distributed floats: the same values, in the same order, as
   * `out.length` calls of {@link Generator.normal}, several times faster.
   */
  fillNormal(out: Float32Array, mean = 0, std = 1): Float32Array {
    let i = 0;
    if (out.length > 0 && this.spareNormal !== null) {
      out[i++] = mean + std * this.spareNormal;
      this.spareNormal = null;
    }
    // Whole Box–Muller pairs, with the arithmetic of normal() to the last rounding.
    for (; i + 1 < out.length; i += 2) {
      let u = 0;
      while (u === 0) u = this.random();
      const v = this.random();
      const r = Math.sqrt(-2 * Math.log(u));
      out[i] = mean + std * r * Math.cos(2 * Math.PI * v);
      out[i + 1] = mean + std * (r * Math.sin(2 * Math.PI * v));
    }
    if (i < out.length) out[i] = this.normal(mean, std);
    return out;
  }

  /** A random permutation of `0 … n-1` (Fisher–Yates). */
  permutation(n: number): Int32Array {
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) out[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      const tmp = out[i];
      out[i] = out[j];
      out[j] = tmp;
    }
    return out;
  }

  /** A fresh integer seed for a tfjs random op (`tf.randomUniform(shape, lo, hi, dtype, seed)`). */
  nextSeed(): number {
    return this.nextUint32();
  }

  /** Saves the generator's position, to be restored with {@link Generator.setState}. */
  getState(): GeneratorState {
    return { s: [this.s0, this.s1, this.s2, this.s3], spare: this.spareNormal, seed: this.initialSeed };
  }

  /** Restores a position saved by {@link Generator.getState}. */
  setState(state: GeneratorState): this {
    [this.s0, this.s1, this.s2, this.s3] = state.s;
    this.spareNormal = state.spare;
    this.initialSeed = state.seed;
    return this;
  }
}

/**
 * A saved position of a {@link Generator}.
 * @category Framework
 */
export interface GeneratorState {
  readonly s: [number, number, number, number];
  readonly spare: number | null;
  readonly seed: number;
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

const globalGenerator = new Generator();

/** {@link seed}'s argument by name: Paddle's keyword form. @category Framework */
export interface SeedArgs {
  /** An integer seed. */
  seed: number;
}

const SEED = defineSignature('seed', ['seed'], { required: 1 });

/**
 * Seeds the global generator behind initializers, dropout, shuffling and random transforms, like
 * Paddle's `paddle.seed`. Returns that generator.
 *
 * @returns the global {@link Generator}
 * @example
 * ```ts
 * paddle.seed(2024);
 * const a = new paddle.nn.Linear(4, 2).weight.arraySync();
 * paddle.seed(2024);
 * const b = new paddle.nn.Linear(4, 2).weight.arraySync(); // equal to a
 * paddle.seed({ seed: 2024 }); // Paddle: paddle.seed(seed=2024)
 * ```
 * @category Framework
 */
export function seed(args: SeedArgs): Generator;
export function seed(value: number): Generator;
export function seed(...args: unknown[]): Generator {
  return globalGenerator.manualSeed(resolveArgs<SeedArgs>(SEED, args).seed);
}


/**
 * The global generator that {@link index!seed} restarts.
 *
 * @example
 * ```ts
 * const order = paddle.defaultGenerator().permutation(10);
 * ```
 * @category Framework
 */
export function defaultGenerator(): Generator {
  return globalGenerator;
}
