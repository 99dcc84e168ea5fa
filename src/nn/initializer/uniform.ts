import type * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import type { Generator } from '../../framework/random';
import { Initializer, filledTensor, pickGenerator } from './initializer';

/**
 * Draws from a uniform distribution on [low, high) (Paddle's `nn.initializer.Uniform`).
 *
 * @param low - lower bound @defaultValue -1
 * @param high - upper bound @defaultValue 1
 * @example
 * ```ts
 * const s = 1 / Math.sqrt(9216);
 * const fc = new paddle.nn.Linear(9216, 4096, { weightAttr: new paddle.nn.ParamAttr({ initializer: new paddle.nn.initializer.Uniform(-s, s) }) });
 * ```
 * @category nn.initializer
 */
export class Uniform extends Initializer {
  readonly low: number;
  readonly high: number;

  constructor(low = -1, high = 1) {
    super();
    if (!(high >= low)) throw new InvalidArgumentError('high', `a number not less than low (${low})`, high, 'Uniform');
    this.low = low;
    this.high = high;
  }

  generate(shape: readonly number[], generator?: Generator): tf.Tensor {
    const g = pickGenerator(generator);
    return filledTensor(shape, (v) => g.fillUniform(v, this.low, this.high));
  }
}
