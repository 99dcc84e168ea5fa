import { checkNumber, resolveArgs } from '../args';
import { LRScheduler } from './lr-scheduler';

/**
 * Options of {@link NaturalExpDecay}: any of its arguments by name, camelCase (Paddle's `NaturalExpDecay(...)` keywords).
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.lr.NaturalExpDecayOptions = { learningRate: 0.5, gamma: 0.1 };
 * const sched = new paddle.optimizer.lr.NaturalExpDecay(options);
 * // the same as new paddle.optimizer.lr.NaturalExpDecay(0.5, 0.1)
 * ```
 * @category Optimizer
 */
export interface NaturalExpDecayOptions {
  /** The initial learning rate (Paddle's `learning_rate`). */
  learningRate: number;
  /** Decay rate, > 0. */
  gamma: number;
  /** The epoch to resume from; -1 starts a new schedule. @defaultValue -1 */
  lastEpoch?: number;
  /** Print the learning rate at each update. @defaultValue false */
  verbose?: boolean;
}

/**
 * `lr = baseLr * exp(-gamma * epoch)` (Paddle's `NaturalExpDecay`).
 *
 * @example
 * ```ts
 * const sched = new paddle.optimizer.lr.NaturalExpDecay(0.5, 0.1);
 * ```
 * @category Optimizer
 */
export class NaturalExpDecay extends LRScheduler {
  readonly gamma: number;

  /**
   * @param learningRate - the initial learning rate (or all options in one object)
   * @param gamma - decay rate, > 0
   * @param lastEpoch - @defaultValue -1
   * @param verbose - @defaultValue false
   * @throws {@link index!InvalidArgumentError} if `gamma <= 0`
   */
  constructor(learningRate: number | NaturalExpDecayOptions, gamma?: number | Partial<NaturalExpDecayOptions>, lastEpoch?: number | Partial<NaturalExpDecayOptions>, verbose?: boolean | Partial<NaturalExpDecayOptions>) {
    const o = resolveArgs<NaturalExpDecayOptions>([learningRate, gamma, lastEpoch, verbose], ['learningRate', 'gamma', 'lastEpoch', 'verbose'], 'NaturalExpDecay');
    super(o.learningRate as number, o.lastEpoch ?? -1, o.verbose ?? false);
    this.gamma = checkNumber(o.gamma, 'gamma', 'NaturalExpDecay', { min: 0, minExclusive: true });
  }

  getLr(): number {
    return this.baseLr * Math.exp(-1 * this.gamma * this.lastEpoch);
  }
}
