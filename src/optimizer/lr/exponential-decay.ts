import { checkNumber, resolveArgs } from '../args';
import { LRScheduler } from './lr-scheduler';

/**
 * Options of {@link ExponentialDecay}: any of its arguments by name, camelCase (Paddle's `ExponentialDecay(...)` keywords).
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.lr.ExponentialDecayOptions = { learningRate: 0.5, gamma: 0.9 };
 * const sched = new paddle.optimizer.lr.ExponentialDecay(options);
 * // the same as new paddle.optimizer.lr.ExponentialDecay(0.5, 0.9)
 * ```
 * @category Optimizer
 */
export interface ExponentialDecayOptions {
  /** The initial learning rate (Paddle's `learning_rate`). */
  learningRate: number;
  /** Factor per epoch, in (0, 1). */
  gamma: number;
  /** The epoch to resume from; -1 starts a new schedule. @defaultValue -1 */
  lastEpoch?: number;
  /** Print the learning rate at each update. @defaultValue false */
  verbose?: boolean;
}

/**
 * `lr = baseLr * gamma ** epoch` (Paddle's `ExponentialDecay`).
 *
 * @example
 * ```ts
 * const sched = new paddle.optimizer.lr.ExponentialDecay(0.5, 0.9);
 * ```
 * @category Optimizer
 */
export class ExponentialDecay extends LRScheduler {
  readonly gamma: number;

  /**
   * @param learningRate - the initial learning rate (or all options in one object)
   * @param gamma - factor per epoch, in (0, 1)
   * @param lastEpoch - @defaultValue -1
   * @param verbose - @defaultValue false
   * @throws {@link index!InvalidArgumentError} if `gamma` is outside (0, 1)
   */
  constructor(learningRate: number | ExponentialDecayOptions, gamma?: number | Partial<ExponentialDecayOptions>, lastEpoch?: number | Partial<ExponentialDecayOptions>, verbose?: boolean | Partial<ExponentialDecayOptions>) {
    const o = resolveArgs<ExponentialDecayOptions>([learningRate, gamma, lastEpoch, verbose], ['learningRate', 'gamma', 'lastEpoch', 'verbose'], 'ExponentialDecay');
    super(o.learningRate as number, o.lastEpoch ?? -1, o.verbose ?? false);
    this.gamma = checkNumber(o.gamma, 'gamma', 'ExponentialDecay', { min: 0, max: 1, minExclusive: true, maxExclusive: true });
  }

  getLr(): number {
    return this.baseLr * this.gamma ** this.lastEpoch;
  }
}
