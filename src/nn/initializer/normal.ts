import type * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import type { Generator } from '../../framework/random';
import { Initializer, fillWith, filledTensor, pickGenerator } from './initializer';

/**
 * Draws from a normal distribution N(mean, std²) (Paddle's `nn.initializer.Normal`). The default
 * weight initializer of `Conv2D` uses it with std √(2 / (kh·kw·inChannels)).
 *
 * @param mean - mean of the distribution @defaultValue 0
 * @param std - standard deviation @defaultValue 1
 * @example
 * ```ts
 * const w = new paddle.nn.initializer.Normal(0, 0.01).generate([16, 8]);
 * ```
 * @category nn.initializer
 */
export class Normal extends Initializer {
  readonly mean: number;
  readonly std: number;

  constructor(mean = 0, std = 1) {
    super();
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
 * ```
 * @category nn.initializer
 */
export class TruncatedNormal extends Initializer {
  readonly mean: number;
  readonly std: number;
  readonly a: number;
  readonly b: number;

  constructor(mean = 0, std = 1, a = -2, b = 2) {
    super();
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
