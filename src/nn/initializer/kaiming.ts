import type * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import type { Generator } from '../../framework/random';
import { Initializer, computeFans, filledTensor, pickGenerator } from './initializer';
import { defineSignature, resolveArgs } from '../../framework/args';
import { checkFinite } from '../layer/layer-utils';
import { checkFan } from './xavier';

/**
 * All of {@link KaimingNormal}'s / {@link KaimingUniform}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: nn.initializer.KaimingNormal(fan_in=27, nonlinearity='relu')
 * new paddle.nn.initializer.KaimingNormal({ fanIn: 27, nonlinearity: 'relu' });
 * ```
 */
export interface KaimingArgs {
  /** Overrides the fan-in computed from the shape. @defaultValue null */
  fanIn?: number | null;
  /** Slope of a leaky ReLU. @defaultValue 0 */
  negativeSlope?: number;
  /** The activation that follows. @defaultValue 'relu' */
  nonlinearity?: Nonlinearity;
}

/**
 * {@link KaimingNormal}'s keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.initializer.KaimingNormal({ nonlinearity: 'leaky_relu', negativeSlope: 0.1 }); // Paddle: KaimingNormal(nonlinearity='leaky_relu', negative_slope=0.1)
 * ```
 * @category nn.initializer
 */
export type KaimingNormalArgs = KaimingArgs;
/**
 * {@link KaimingUniform}'s keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.initializer.KaimingUniform({ fanIn: 27 }); // Paddle: nn.initializer.KaimingUniform(fan_in=27)
 * ```
 * @category nn.initializer
 */
export type KaimingUniformArgs = KaimingArgs;

const PARAMS = ['fanIn', 'negativeSlope', 'nonlinearity'];
const KAIMING_NORMAL = defineSignature('nn.initializer.KaimingNormal', PARAMS);
const KAIMING_UNIFORM = defineSignature('nn.initializer.KaimingUniform', PARAMS);

function resolveKaiming(o: KaimingArgs, where: string): { fanIn: number | null; negativeSlope: number; nonlinearity: Nonlinearity } {
  const negativeSlope = checkFinite(o.negativeSlope ?? 0, 'negativeSlope', where);
  const nonlinearity = o.nonlinearity ?? 'relu';
  calculateGain(nonlinearity, negativeSlope);
  return { fanIn: checkFan(o.fanIn, 'fanIn', where), negativeSlope, nonlinearity };
}

/** The nonlinearities Paddle's `calculate_gain` knows. */
export type Nonlinearity = 'sigmoid' | 'linear' | 'conv1d' | 'conv2d' | 'conv3d' | 'conv1d_transpose' |
  'conv2d_transpose' | 'conv3d_transpose' | 'tanh' | 'relu' | 'leaky_relu' | 'selu';

/** All of {@link calculateGain}'s arguments by name: Paddle's keyword form. @category nn.initializer */
export interface CalculateGainArgs {
  /** The nonlinearity, e.g. `'relu'`. */
  nonlinearity: Nonlinearity;
  /** The negative slope for `'leaky_relu'`. @defaultValue 0.01 for leaky_relu */
  param?: number | null;
}

const CALCULATE_GAIN = defineSignature('nn.initializer.calculateGain', ['nonlinearity', 'param'], { required: 1 });

/**
 * Paddle's `nn.initializer.calculate_gain`: the recommended gain for a nonlinearity.
 * The nonlinearity is e.g. `'relu'` (√2), `'tanh'` (5/3), `'leaky_relu'` (√(2/(1+slope²))); `param`
 * is the negative slope for `'leaky_relu'` (default 0.01).
 * @returns the gain
 * @throws InvalidArgumentError for an unknown nonlinearity
 * @example
 * ```ts
 * paddle.nn.initializer.calculateGain('relu'); // 1.4142…
 * paddle.nn.initializer.calculateGain({ nonlinearity: 'leaky_relu', param: 0.2 }); // Paddle: calculate_gain(nonlinearity='leaky_relu', param=0.2)
 * ```
 * @category nn.initializer
 */
export function calculateGain(args: CalculateGainArgs): number;
export function calculateGain(nonlinearity: Nonlinearity, param?: number | null): number;
export function calculateGain(...args: unknown[]): number {
  const { nonlinearity, param } = resolveArgs<CalculateGainArgs>(CALCULATE_GAIN, args);
  if (param !== undefined && param !== null && (typeof param !== 'number' || !Number.isFinite(param))) {
    throw new InvalidArgumentError('param', 'a finite number (the negative slope of leaky_relu) or null', param, 'nn.initializer.calculateGain');
  }
  switch (nonlinearity) {
    case 'sigmoid': case 'linear': case 'conv1d': case 'conv2d': case 'conv3d':
    case 'conv1d_transpose': case 'conv2d_transpose': case 'conv3d_transpose':
      return 1;
    case 'tanh':
      return 5 / 3;
    case 'relu':
      return Math.SQRT2;
    case 'leaky_relu':
      return Math.sqrt(2 / (1 + (param ?? 0.01) ** 2));
    case 'selu':
      return 3 / 4;
    default:
      throw new InvalidArgumentError('nonlinearity', "one of 'sigmoid', 'linear', 'conv1d', 'conv2d', 'conv3d', 'conv1d_transpose', 'conv2d_transpose', 'conv3d_transpose', 'tanh', 'relu', 'leaky_relu', 'selu'", nonlinearity, 'calculateGain');
  }
}

/**
 * He/Kaiming normal: N(0, std²) with std = gain / √fanIn
 * ([He et al. 2015](https://arxiv.org/abs/1502.01852); Paddle's `nn.initializer.KaimingNormal`).
 *
 * @param fanIn - overrides the fan-in computed from the shape
 * @param negativeSlope - slope of a leaky ReLU @defaultValue 0
 * @param nonlinearity - the activation that follows @defaultValue 'relu'
 * @example
 * ```ts
 * const conv = new paddle.nn.Conv2D(3, 16, 3, { weightAttr: new paddle.nn.ParamAttr({ initializer: new paddle.nn.initializer.KaimingNormal() }) });
 * new paddle.nn.initializer.KaimingNormal({ nonlinearity: 'leaky_relu', negativeSlope: 0.1 }); // Paddle: KaimingNormal(nonlinearity='leaky_relu', negative_slope=0.1)
 * ```
 * @category nn.initializer
 */
export class KaimingNormal extends Initializer {
  readonly fanIn: number | null;
  readonly negativeSlope: number;
  readonly nonlinearity: Nonlinearity;

  constructor(args: KaimingNormalArgs);
  constructor(fanIn?: number | null, negativeSlope?: number, nonlinearity?: Nonlinearity);
  constructor(...args: unknown[]) {
    super();
    const o = resolveKaiming(resolveArgs<KaimingArgs>(KAIMING_NORMAL, args), 'KaimingNormal');
    ({ fanIn: this.fanIn, negativeSlope: this.negativeSlope, nonlinearity: this.nonlinearity } = o);
  }

  generate(shape: readonly number[], generator?: Generator): tf.Tensor {
    const std = calculateGain(this.nonlinearity, this.negativeSlope) / Math.sqrt(this.fanIn ?? computeFans(shape)[0]);
    const g = pickGenerator(generator);
    return filledTensor(shape, (v) => g.fillNormal(v, 0, std));
  }
}

/**
 * He/Kaiming uniform: U(−limit, limit) with limit = gain·√(3 / fanIn) (Paddle's
 * `nn.initializer.KaimingUniform`).
 *
 * @param fanIn - overrides the fan-in computed from the shape
 * @param negativeSlope - slope of a leaky ReLU @defaultValue 0
 * @param nonlinearity - the activation that follows @defaultValue 'relu'
 * @example
 * ```ts
 * const w = new paddle.nn.initializer.KaimingUniform().generate([16, 3, 3, 3]);
 * new paddle.nn.initializer.KaimingUniform({ fanIn: 27 }); // Paddle: nn.initializer.KaimingUniform(fan_in=27)
 * ```
 * @category nn.initializer
 */
export class KaimingUniform extends Initializer {
  readonly fanIn: number | null;
  readonly negativeSlope: number;
  readonly nonlinearity: Nonlinearity;

  constructor(args: KaimingUniformArgs);
  constructor(fanIn?: number | null, negativeSlope?: number, nonlinearity?: Nonlinearity);
  constructor(...args: unknown[]) {
    super();
    const o = resolveKaiming(resolveArgs<KaimingArgs>(KAIMING_UNIFORM, args), 'KaimingUniform');
    ({ fanIn: this.fanIn, negativeSlope: this.negativeSlope, nonlinearity: this.nonlinearity } = o);
  }

  generate(shape: readonly number[], generator?: Generator): tf.Tensor {
    const limit = calculateGain(this.nonlinearity, this.negativeSlope) * Math.sqrt(3 / (this.fanIn ?? computeFans(shape)[0]));
    const g = pickGenerator(generator);
    return filledTensor(shape, (v) => g.fillUniform(v, -limit, limit));
  }
}
