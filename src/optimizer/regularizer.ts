import { InvalidArgumentError } from '../errors';
import type { WeightDecayRegularizer } from '../framework/parameter';

function checkCoeff(coeff: unknown, context: string): number {
  if (typeof coeff !== 'number' || !Number.isFinite(coeff) || coeff < 0) {
    throw new InvalidArgumentError('coeff', 'a finite number >= 0', coeff, context);
  }
  return coeff;
}

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
   * @param coeff - the coefficient, >= 0. @defaultValue 0.0
   * @throws {@link index!InvalidArgumentError} if `coeff` is negative or not a number
   */
  constructor(coeff = 0.0) {
    this.coeff = checkCoeff(coeff, 'L1Decay');
  }
}

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
   * @param coeff - the coefficient, >= 0. @defaultValue 0.0
   * @throws {@link index!InvalidArgumentError} if `coeff` is negative or not a number
   */
  constructor(coeff = 0.0) {
    this.coeff = checkCoeff(coeff, 'L2Decay');
  }
}
