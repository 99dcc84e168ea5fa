import type * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { checkFinite, checkName } from '../layer/layer-utils';
import type { Generator } from '../../framework/random';
import { Initializer, filledTensor, pickGenerator } from './initializer';
import { defineSignature, resolveArgs } from '../../framework/args';

/**
 * All of {@link Uniform}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.initializer.Uniform({ low: -s, high: s }); // Paddle: nn.initializer.Uniform(low=-s, high=s)
 * ```
 * @category nn.initializer
 */
export interface UniformArgs {
  /** Lower bound. @defaultValue -1 */
  low?: number;
  /** Upper bound. @defaultValue 1 */
  high?: number;
  /** Paddle's `name`, accepted and ignored. @defaultValue null */
  name?: string | null;
}

const SIGNATURE = defineSignature('nn.initializer.Uniform', ['low', 'high', 'name']);

/**
 * Draws from a uniform distribution on [low, high) (Paddle's `nn.initializer.Uniform`).
 *
 * @param low - lower bound @defaultValue -1
 * @param high - upper bound @defaultValue 1
 * @example
 * ```ts
 * const s = 1 / Math.sqrt(9216);
 * const fc = new paddle.nn.Linear(9216, 4096, { weightAttr: new paddle.nn.ParamAttr({ initializer: new paddle.nn.initializer.Uniform(-s, s) }) });
 * new paddle.nn.initializer.Uniform({ low: -s, high: s }); // Paddle: nn.initializer.Uniform(low=-s, high=s)
 * ```
 * @category nn.initializer
 */
export class Uniform extends Initializer {
  readonly low: number;
  readonly high: number;

  constructor(args: UniformArgs);
  constructor(low?: number, high?: number, name?: string | null);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<UniformArgs>(SIGNATURE, args);
    const low = checkFinite(o.low ?? -1, 'low', 'Uniform');
    const high = checkFinite(o.high ?? 1, 'high', 'Uniform');
    checkName(o.name, 'Uniform');
    if (!(high >= low)) throw new InvalidArgumentError('high', `a number not less than low (${low})`, high, 'Uniform');
    this.low = low;
    this.high = high;
  }

  generate(shape: readonly number[], generator?: Generator): tf.Tensor {
    const g = pickGenerator(generator);
    return filledTensor(shape, (v) => g.fillUniform(v, this.low, this.high));
  }
}
