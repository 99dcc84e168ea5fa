import { InvalidArgumentError } from '../errors';
import type { WeightDecayRegularizer } from '../framework/parameter';
import { defineSignature, resolveArgs } from '../framework/args';

function checkCoeff(coeff: unknown, context: string): number {
  if (typeof coeff !== 'number' || !Number.isFinite(coeff) || coeff < 0) {
    throw new InvalidArgumentError('coeff', 'a finite number >= 0', coeff, context);
  }
  return coeff;
}

/**
 * L1Decay's arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.regularizer.L1Decay(coeff=1e-4)
 * new paddle.regularizer.L1Decay({ coeff: 1e-4 });
 * ```
 * @category Optimizer
 */
export interface L1DecayArgs {
  /** The coefficient, >= 0. @defaultValue 0.0 */
  coeff?: number;
}

const L1DECAY_SIGNATURE = defineSignature('regularizer.L1Decay', ['coeff']);

/**
 * L1 weight decay: adds `coeff * sign(param)` to the gradient (Paddle's `paddle.regularizer.L1Decay`).
 * Pass it as an optimizer's `weightDecay`, a parameter group's `weightDecay`, or a parameter's
 * `regularizer` (which then wins over the optimizer's).
 *
 * @example
 * ```ts
 * const opt = new paddle.optimizer.Momentum({ learningRate: 0.1, parameters, weightDecay: new paddle.regularizer.L1Decay(1e-4) });
 * ```
 * @category Optimizer
 */
export class L1Decay implements WeightDecayRegularizer {
  readonly kind = 'l1' as const;
  /** The decay coefficient. @defaultValue 0.0 */
  readonly coeff: number;

  /**
   * @param args - every argument by name, Paddle's keyword form (see {@link L1DecayArgs})
   * @throws {@link index!InvalidArgumentError} if `coeff` is negative or not a number
   */
  constructor(args: L1DecayArgs);
  /**
   * Positional form, in Paddle's order.
   *
   * @param coeff - the coefficient, >= 0. @defaultValue 0.0
   */
  constructor(coeff?: number);
  constructor(...args: unknown[]) {
    const o = resolveArgs<L1DecayArgs>(L1DECAY_SIGNATURE, args);
    this.coeff = checkCoeff(o.coeff ?? 0.0, 'regularizer.L1Decay');
  }
}

/**
 * L2Decay's arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.regularizer.L2Decay(coeff=1e-4)
 * new paddle.regularizer.L2Decay({ coeff: 1e-4 });
 * ```
 * @category Optimizer
 */
export interface L2DecayArgs {
  /** The coefficient, >= 0. @defaultValue 0.0 */
  coeff?: number;
}

const L2DECAY_SIGNATURE = defineSignature('regularizer.L2Decay', ['coeff']);

/**
 * L2 weight decay: adds `coeff * param` to the gradient (Paddle's `paddle.regularizer.L2Decay`;
 * a number given as `weightDecay` means `new L2Decay(number)`).
 *
 * @example
 * ```ts
 * const opt = new paddle.optimizer.SGD({ learningRate: 0.1, parameters, weightDecay: new paddle.regularizer.L2Decay(1e-4) });
 * ```
 * @category Optimizer
 */
export class L2Decay implements WeightDecayRegularizer {
  readonly kind = 'l2' as const;
  /** The decay coefficient. @defaultValue 0.0 */
  readonly coeff: number;

  /**
   * @param args - every argument by name, Paddle's keyword form (see {@link L2DecayArgs})
   * @throws {@link index!InvalidArgumentError} if `coeff` is negative or not a number
   */
  constructor(args: L2DecayArgs);
  /**
   * Positional form, in Paddle's order.
   *
   * @param coeff - the coefficient, >= 0. @defaultValue 0.0
   */
  constructor(coeff?: number);
  constructor(...args: unknown[]) {
    const o = resolveArgs<L2DecayArgs>(L2DECAY_SIGNATURE, args);
    this.coeff = checkCoeff(o.coeff ?? 0.0, 'regularizer.L2Decay');
  }
}
