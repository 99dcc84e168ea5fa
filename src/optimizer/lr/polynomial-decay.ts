import { checkNumber } from '../args';
import { defineSignature, resolveArgs } from '../../framework/args';
import { LRScheduler } from './lr-scheduler';

/**
 * Options of {@link PolynomialDecay}: any of its arguments by name, camelCase (Paddle's `PolynomialDecay(...)` keywords).
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.lr.PolynomialDecayOptions = { learningRate: 0.5, decaySteps: 20, cycle: true };
 * const sched = new paddle.optimizer.lr.PolynomialDecay(options);
 * // the same as new paddle.optimizer.lr.PolynomialDecay(0.5, 20, { cycle: true })
 * ```
 * @category Optimizer
 */
export interface PolynomialDecayOptions {
  /** The initial learning rate (Paddle's `learning_rate`). */
  learningRate: number;
  /** Epochs of one decay, a positive integer. */
  decaySteps: number;
  /** The final learning rate. @defaultValue 0.0001 */
  endLr?: number;
  /** Power of the polynomial, > 0. @defaultValue 1.0 */
  power?: number;
  /** Restart the decay every `decaySteps` epochs (with a longer period) instead of staying at `endLr`. @defaultValue false */
  cycle?: boolean;
  /** The epoch to resume from; -1 starts a new schedule. @defaultValue -1 */
  lastEpoch?: number;
  /** Print the learning rate at each update. @defaultValue false */
  verbose?: boolean;
}

/**
 * All of {@link PolynomialDecay}'s arguments by name: Paddle's keyword form (the same keys as
 * {@link PolynomialDecayOptions}).
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.lr.PolynomialDecay(learning_rate=0.5, decay_steps=100)
 * new paddle.optimizer.lr.PolynomialDecay({ learningRate: 0.5, decaySteps: 100 });
 * ```
 * @category Optimizer
 */
export type PolynomialDecayArgs = PolynomialDecayOptions;

const SIGNATURE = defineSignature('optimizer.lr.PolynomialDecay', ['learningRate', 'decaySteps', 'endLr', 'power', 'cycle', 'lastEpoch', 'verbose'], { required: 2 });

/**
 * `lr = (baseLr - endLr) * (1 - epoch / decaySteps) ** power + endLr`, with `epoch` capped at
 * `decaySteps`, or with `decaySteps` stretched to `decaySteps * ceil(epoch / decaySteps)` when
 * `cycle` (Paddle's `PolynomialDecay`).
 *
 * @example
 * ```ts
 * const sched = new paddle.optimizer.lr.PolynomialDecay(0.5, 20, { cycle: true });
 * ```
 * @category Optimizer
 */
export class PolynomialDecay extends LRScheduler {
  readonly decaySteps: number;
  readonly endLr: number;
  readonly power: number;
  readonly cycle: boolean;

  /**
   * @param args - every argument by name, Paddle's keyword form (see {@link PolynomialDecayArgs})
   * @throws {@link index!InvalidArgumentError} if `decaySteps` is not a positive integer or `power <= 0`
   */
  constructor(args: PolynomialDecayArgs);
  constructor(learningRate: number, decaySteps: number, options?: Partial<PolynomialDecayOptions>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param learningRate - the initial learning rate (or all options in one object)
   * @param decaySteps - epochs of one decay
   * @param endLr - @defaultValue 0.0001
   * @param power - @defaultValue 1.0
   * @param cycle - @defaultValue false
   * @param lastEpoch - @defaultValue -1
   * @param verbose - @defaultValue false
   */
  constructor(learningRate: number, decaySteps: number, endLr?: number, power?: number, cycle?: boolean, lastEpoch?: number, verbose?: boolean);
  constructor(...args: unknown[]) {
    const o = resolveArgs<PolynomialDecayArgs>(SIGNATURE, args);
    super(o.learningRate as number, o.lastEpoch ?? -1, o.verbose ?? false);
    this.decaySteps = checkNumber(o.decaySteps, 'decaySteps', 'PolynomialDecay', { integer: true, min: 0, minExclusive: true });
    this.endLr = checkNumber(o.endLr ?? 0.0001, 'endLr', 'PolynomialDecay');
    this.power = checkNumber(o.power ?? 1.0, 'power', 'PolynomialDecay', { min: 0, minExclusive: true });
    this.cycle = Boolean(o.cycle ?? false);
  }

  getLr(): number {
    let epoch = this.lastEpoch;
    let steps = this.decaySteps;
    if (this.cycle) {
      const div = epoch === 0 ? 1 : Math.ceil(epoch / this.decaySteps);
      steps = this.decaySteps * div;
    } else {
      epoch = Math.min(epoch, this.decaySteps);
    }
    return (this.baseLr - this.endLr) * (1 - epoch / steps) ** this.power + this.endLr;
  }
}
