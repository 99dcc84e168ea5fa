import { InvalidArgumentError, StateDictError } from '../../errors';
import { checkNumber, resolveArgs } from '../args';
import { LRScheduler, type LRSchedulerState } from './lr-scheduler';

/**
 * Options of {@link LinearWarmup}: any of its arguments by name, camelCase (Paddle's `LinearWarmup(...)` keywords).
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.lr.LinearWarmupOptions = { learningRate: 0.1, warmupSteps: 5, startLr: 0, endLr: 0.1 };
 * const sched = new paddle.optimizer.lr.LinearWarmup(options);
 * // the same as new paddle.optimizer.lr.LinearWarmup(0.1, 5, 0, 0.1)
 * ```
 * @category Optimizer
 */
export interface LinearWarmupOptions {
  /** The learning rate after warm-up: a number, or a scheduler that takes over (stepped to `epoch - warmupSteps`). */
  learningRate: number | LRScheduler;
  /** Warm-up epochs, a positive integer. */
  warmupSteps: number;
  /** The learning rate at epoch 0. */
  startLr: number;
  /** The learning rate reached at `warmupSteps`, > `startLr`. */
  endLr: number;
  /** The epoch to resume from; -1 starts a new schedule. @defaultValue -1 */
  lastEpoch?: number;
  /** Print the learning rate at each update. @defaultValue false */
  verbose?: boolean;
}

/**
 * Linear warm-up from `startLr` to `endLr` over `warmupSteps` epochs, then `learningRate` (a
 * number, or a scheduler stepped to `epoch - warmupSteps`) — Paddle's `LinearWarmup`. See
 * {@link https://arxiv.org/abs/1812.01187 | Bag of Tricks}.
 *
 * @example
 * ```ts
 * const cosine = new paddle.optimizer.lr.CosineAnnealingDecay(0.1, 90);
 * const sched = new paddle.optimizer.lr.LinearWarmup(cosine, 5, 0, 0.1);
 * ```
 * @category Optimizer
 */
export class LinearWarmup extends LRScheduler {
  readonly learningRate: number | LRScheduler;
  readonly warmupSteps: number;
  readonly startLr: number;
  readonly endLr: number;

  /**
   * @param learningRate - the rate after warm-up, a number or a scheduler (or all options in one object)
   * @param warmupSteps - warm-up epochs
   * @param startLr - rate at epoch 0
   * @param endLr - rate at `warmupSteps`
   * @param lastEpoch - @defaultValue -1
   * @param verbose - @defaultValue false
   * @throws {@link index!InvalidArgumentError} if `learningRate` is neither a number nor a scheduler,
   *   `warmupSteps` is not a positive integer, or `endLr <= startLr`
   */
  constructor(learningRate: number | LRScheduler | LinearWarmupOptions, warmupSteps?: number | Partial<LinearWarmupOptions>, startLr?: number | Partial<LinearWarmupOptions>, endLr?: number | Partial<LinearWarmupOptions>, lastEpoch?: number | Partial<LinearWarmupOptions>, verbose?: boolean | Partial<LinearWarmupOptions>) {
    const o = resolveArgs<LinearWarmupOptions>([learningRate, warmupSteps, startLr, endLr, lastEpoch, verbose], ['learningRate', 'warmupSteps', 'startLr', 'endLr', 'lastEpoch', 'verbose'], 'LinearWarmup');
    const start = checkNumber(o.startLr, 'startLr', 'LinearWarmup', { min: 0 });
    super(start, o.lastEpoch ?? -1, o.verbose ?? false);
    if (!(typeof o.learningRate === 'number' || o.learningRate instanceof LRScheduler)) {
      throw new InvalidArgumentError('learningRate', 'a number or an LRScheduler', o.learningRate, 'LinearWarmup');
    }
    this.learningRate = o.learningRate;
    this.warmupSteps = checkNumber(o.warmupSteps, 'warmupSteps', 'LinearWarmup', { integer: true, min: 0, minExclusive: true });
    this.startLr = start;
    this.endLr = checkNumber(o.endLr, 'endLr', 'LinearWarmup', { min: start, minExclusive: true });
  }

  getLr(): number {
    const e = this.lastEpoch;
    if (e < this.warmupSteps) return ((this.endLr - this.startLr) * e) / this.warmupSteps + this.startLr;
    if (this.learningRate instanceof LRScheduler) {
      this.learningRate.step(e - this.warmupSteps);
      return this.learningRate.call();
    }
    return this.learningRate;
  }

  /** Paddle's keys plus `LinearWarmup_LR`, the wrapped scheduler's state. */
  override stateDict(): LRSchedulerState {
    const state = super.stateDict();
    if (this.learningRate instanceof LRScheduler) state.LinearWarmup_LR = this.learningRate.stateDict();
    return state;
  }

  override setStateDict(state: LRSchedulerState): void {
    super.setStateDict(state);
    if (this.learningRate instanceof LRScheduler) {
      const inner = state.LinearWarmup_LR;
      if (inner === null || typeof inner !== 'object') {
        throw new StateDictError('LinearWarmup_LR', "Can't find [ LinearWarmup_LR ] in the learning rate scheduler's state dict.");
      }
      this.learningRate.setStateDict(inner as LRSchedulerState);
    }
  }
}
