import type * as tf from '@tensorflow/tfjs-core';
import type { Generator } from '../../framework/random';
import { Initializer, computeFans, filledTensor, pickGenerator } from './initializer';

/**
 * Glorot/Xavier normal: N(0, std²) with std = gain·√(2 / (fanIn + fanOut))
 * ([Glorot & Bengio 2010](http://proceedings.mlr.press/v9/glorot10a.html); Paddle's
 * `nn.initializer.XavierNormal`). Fans come from the shape as Paddle computes them unless given.
 *
 * @param fanIn - overrides the fan-in computed from the shape
 * @param fanOut - overrides the fan-out computed from the shape
 * @param gain - scale factor @defaultValue 1
 * @example
 * ```ts
 * const w = new paddle.nn.initializer.XavierNormal().generate([64, 32]);
 * ```
 * @category nn.initializer
 */
export class XavierNormal extends Initializer {
  constructor(
    readonly fanIn: number | null = null,
    readonly fanOut: number | null = null,
    readonly gain = 1,
  ) {
    super();
  }

  generate(shape: readonly number[], generator?: Generator): tf.Tensor {
    const [fi, fo] = computeFans(shape);
    const std = this.gain * Math.sqrt(2 / ((this.fanIn ?? fi) + (this.fanOut ?? fo)));
    const g = pickGenerator(generator);
    return filledTensor(shape, (v) => g.fillNormal(v, 0, std));
  }
}

/**
 * Glorot/Xavier uniform: U(−limit, limit) with limit = gain·√(6 / (fanIn + fanOut)) (Paddle's
 * `nn.initializer.XavierUniform`, the default initializer of `Linear`'s weight).
 *
 * @param fanIn - overrides the fan-in computed from the shape
 * @param fanOut - overrides the fan-out computed from the shape
 * @param gain - scale factor @defaultValue 1
 * @example
 * ```ts
 * const w = new paddle.nn.initializer.XavierUniform().generate([64, 32]);
 * ```
 * @category nn.initializer
 */
export class XavierUniform extends Initializer {
  constructor(
    readonly fanIn: number | null = null,
    readonly fanOut: number | null = null,
    readonly gain = 1,
  ) {
    super();
  }

  generate(shape: readonly number[], generator?: Generator): tf.Tensor {
    const [fi, fo] = computeFans(shape);
    const limit = this.gain * Math.sqrt(6 / ((this.fanIn ?? fi) + (this.fanOut ?? fo)));
    const g = pickGenerator(generator);
    return filledTensor(shape, (v) => g.fillUniform(v, -limit, limit));
  }
}
