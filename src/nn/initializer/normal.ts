import type * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import type { Generator } from '../../framework/random';
import { Initializer, fillWith, filledTensor, pickGenerator } from './initializer';
import { defineSignature, resolveArgs } from '../../framework/args';
import { checkFinite, checkName } from '../layer/layer-utils';

/**
 * All of {@link Normal}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.initializer.Normal({ mean: 0, std: 0.02 }); // Paddle: nn.initializer.Normal(mean=0.0, std=0.02)
 * ```
 * @category nn.initializer
 */
export interface NormalArgs {
  /** Mean of the distribution. @defaultValue 0 */
  mean?: number;
  /** Standard deviation. @defaultValue 1 */
  std?: number;
  /** Paddle's `name`, accepted and ignored. @defaultValue null */
  name?: string | null;
}

const NORMAL = defineSignature('nn.initializer.Normal', ['mean', 'std', 'name']);

/**
 * All of {@link TruncatedNormal}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.initializer.TruncatedNormal({ std: 0.02 }); // Paddle: nn.initializer.TruncatedNormal(std=0.02)
 * ```
 * @category nn.initializer
 */
export interface TruncatedNormalArgs extends NormalArgs {
  /** Lower bound. @defaultValue -2 */
  a?: number;
  /** Upper bound. @defaultValue 2 */
  b?: number;
}

const TRUNCATED = defineSignature('nn.initializer.TruncatedNormal', ['mean', 'std', 'a', 'b', 'name']);

/**
 * Draws from a normal distribution N(mean, std²) (Paddle's `nn.initializer.Normal`). The default
 * weight initializer of `Conv2D` uses it with std √(2 / (kh·kw·inChannels)).
 *
 * @param mean - mean of the distribution @defaultValue 0
 * @param std - standard deviation @defaultValue 1
 * @example
 * ```ts
 * const w = new paddle.nn.initializer.Normal(0, 0.01).generate([16, 8]);
 * new paddle.nn.initializer.Normal({ mean: 0, std: 0.02 }); // Paddle: nn.initializer.Normal(mean=0.0, std=0.02)
 * ```
 * @category nn.initializer
 */
export class Normal extends Initializer {
  readonly mean: number;
  readonly std: number;

  constructor(args: NormalArgs);
  constructor(mean?: number, std?: number, name?: string | null);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<NormalArgs>(NORMAL, args);
    const mean = checkFinite(o.mean ?? 0, 'mean', 'Normal');
    const std = checkFinite(o.std ?? 1, 'std', 'Normal');
    checkName(o.name, 'Normal');
    if (!(std >= 0)) throw new InvalidArgumentError('std', 'a non-negative number', std, 'Normal');
    this.mean = mean;
    this.std = std;
  }

  generate(shape: readonly number[], generator?: Generator): tf.Tensor {
    const g = pickGenerator(generator);
    return filledTensor(shape, (v) => g.fillNormal(v, this.mean, this.std));
  }
}

/**
 * Draws from a normal distribution N(mean, std²) truncated to [a, b]: values outside are redrawn
 * (Paddle's `nn.initializer.TruncatedNormal`; `a` and `b` are absolute bounds, as in Paddle ≥ 2.5).
 *
 * @param mean - mean @defaultValue 0
 * @param std - standard deviation @defaultValue 1
 * @param a - lower bound @defaultValue -2
 * @param b - upper bound @defaultValue 2
 * @example
 * ```ts
 * const w = new paddle.nn.initializer.TruncatedNormal(0, 0.02).generate([768, 768]);
 * new paddle.nn.initializer.TruncatedNormal({ std: 0.02 }); // Paddle: nn.initializer.TruncatedNormal(std=0.02)
 * ```
 * @category nn.initializer
 */
export class TruncatedNormal extends Initializer {
  readonly mean: number;
  readonly std: number;
  readonly a: number;
  readonly b: number;

  constructor(args: TruncatedNormalArgs);
  constructor(mean?: number, std?: number, a?: number, b?: number, name?: string | null);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<TruncatedNormalArgs>(TRUNCATED, args);
    const mean = checkFinite(o.mean ?? 0, 'mean', 'TruncatedNormal');
    const std = checkFinite(o.std ?? 1, 'std', 'TruncatedNormal');
    const a = checkFinite(o.a ?? -2, 'a', 'TruncatedNormal');
    const b = checkFinite(o.b ?? 2, 'b', 'TruncatedNormal');
    checkName(o.name, 'TruncatedNormal');
    if (!(std >= 0)) throw new InvalidArgumentError('std', 'a non-negative number', std, 'TruncatedNormal');
    if (!(b > a)) throw new InvalidArgumentError('b', `a number greater than a (${a})`, b, 'TruncatedNormal');
    if (mean + 6 * std < a || mean - 6 * std > b) {
      throw new InvalidArgumentError('mean', `a mean within 6 std of [${a}, ${b}]`, mean, 'TruncatedNormal');
    }
    this.mean = mean;
    this.std = std;
    this.a = a;
    this.b = b;
  }

  generate(shape: readonly number[], generator?: Generator): tf.Tensor {
    const g = pickGenerator(generator);
    return fillWith(shape, () => {
      for (;;) {
        const v = g.normal(this.mean, this.std);
        if (v >= this.a && v <= this.b) return v;
      }
    });
  }
}
