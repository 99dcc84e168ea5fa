import { InvalidArgumentError, StateDictError } from '../../errors';
import { checkNumber } from '../args';
import { defineSignature, resolveArgs } from '../../framework/args';
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
 * All of {@link LinearWarmup}'s arguments by name: Paddle's keyword form (the same keys as
 * {@link LinearWarmupOptions}).
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.lr.LinearWarmup(learning_rate=0.5, warmup_steps=10, start_lr=0, end_lr=0.5)
 * new paddle.optimizer.lr.LinearWarmup({ learningRate: 0.5, warmupSteps: 10, startLr: 0, endLr: 0.5 });
 * ```
 * @category Optimizer
 */
export type LinearWarmupArgs = LinearWarmupOptions;

const SIGNATURE = defineSignature('optimizer.lr.LinearWarmup', ['learningRate', 'warmupSteps', 'startLr', 'endLr', 'lastEpoch', 'verbose'], { required: 4 });

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
   * @param args - every argument by name, Paddle's keyword form (see {@link LinearWarmupArgs})
   * @throws {@link index!InvalidArgumentError} if `learningRate` is neither a number nor a scheduler,
   *   `warmupSteps` is not a positive integer, or `endLr <= startLr`
   */
  constructor(args: LinearWarmupArgs);
  constructor(learningRate: number | LRScheduler, warmupSteps: number, startLr: number, endLr: number, options?: Partial<LinearWarmupOptions>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param learningRate - the rate after warm-up, a number or a scheduler (or all options in one object)
   * @param warmupSteps - warm-up epochs
   * @param startLr - rate at epoch 0
   * @param endLr - rate at `warmupSteps`
   * @param lastEpoch - @defaultValue -1
   * @param verbose - @defaultValue false
   */
  constructor(learningRate: number | LRScheduler, warmupSteps: number, startLr: number, endLr: number, lastEpoch?: number, verbose?: boolean);
  constructor(...args: unknown[]) {
    const o = resolveArgs<LinearWarmupArgs>(SIGNATURE, args);
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
