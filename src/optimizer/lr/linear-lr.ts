import { checkNumber } from '../args';
import { defineSignature, resolveArgs } from '../../framework/args';
import { LRScheduler } from './lr-scheduler';

/**
 * Options of {@link LinearLR}: any of its arguments by name, camelCase (Paddle's `LinearLR(...)` keywords).
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.lr.LinearLROptions = { learningRate: 0.5, totalSteps: 5, startFactor: 0.25 };
 * const sched = new paddle.optimizer.lr.LinearLR(options);
 * // the same as new paddle.optimizer.lr.LinearLR(0.5, 5, 0.25)
 * ```
 * @category Optimizer
 */
export interface LinearLROptions {
  /** The initial learning rate (Paddle's `learning_rate`). */
  learningRate: number;
  /** Steps to go from the start factor to the end factor, > 0. */
  totalSteps: number;
  /** Factor of the rate at epoch 0, in (0, 1]. @defaultValue 1/3 */
  startFactor?: number;
  /** Factor reached at `totalSteps`, in [0, 1]. @defaultValue 1.0 */
  endFactor?: number;
  /** The epoch to resume from; -1 starts a new schedule. @defaultValue -1 */
  lastEpoch?: number;
  /** Print the learning rate at each update. @defaultValue false */
  verbose?: boolean;
}

/**
 * All of {@link LinearLR}'s arguments by name: Paddle's keyword form (the same keys as
 * {@link LinearLROptions}).
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.lr.LinearLR(learning_rate=0.5, total_steps=100)
 * new paddle.optimizer.lr.LinearLR({ learningRate: 0.5, totalSteps: 100 });
 * ```
 * @category Optimizer
 */
export type LinearLRArgs = LinearLROptions;

const SIGNATURE = defineSignature('optimizer.lr.LinearLR', ['learningRate', 'totalSteps', 'startFactor', 'endFactor', 'lastEpoch', 'verbose'], { required: 2 });

/**
 * Scales the learning rate linearly from `startFactor` to `endFactor` over `totalSteps` epochs,
 * with Paddle's recursive update (Paddle's `LinearLR`).
 *
 * @example
 * ```ts
 * const sched = new paddle.optimizer.lr.LinearLR(0.5, 5);
 * ```
 * @category Optimizer
 */
export class LinearLR extends LRScheduler {
  readonly totalSteps: number;
  readonly startFactor: number;
  readonly endFactor: number;

  /**
   * @param args - every argument by name, Paddle's keyword form (see {@link LinearLRArgs})
   * @throws {@link index!InvalidArgumentError} if a factor or `totalSteps` is out of range
   */
  constructor(args: LinearLRArgs);
  constructor(learningRate: number, totalSteps: number, options?: Partial<LinearLROptions>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param learningRate - the initial learning rate (or all options in one object)
   * @param totalSteps - steps of the ramp
   * @param startFactor - @defaultValue 1/3
   * @param endFactor - @defaultValue 1.0
   * @param lastEpoch - @defaultValue -1
   * @param verbose - @defaultValue false
   */
  constructor(learningRate: number, totalSteps: number, startFactor?: number, endFactor?: number, lastEpoch?: number, verbose?: boolean);
  constructor(...args: unknown[]) {
    const ctx = 'LinearLR';
    const o = resolveArgs<LinearLRArgs>(SIGNATURE, args);
    super(o.learningRate as number, o.lastEpoch ?? -1, o.verbose ?? false);
    this.startFactor = checkNumber(o.startFactor ?? 1.0 / 3, 'startFactor', ctx, { min: 0, minExclusive: true, max: 1 });
    this.endFactor = checkNumber(o.endFactor ?? 1.0, 'endFactor', ctx, { min: 0, max: 1 });
    this.totalSteps = checkNumber(o.totalSteps, 'totalSteps', ctx, { min: 0, minExclusive: true });
  }

  getLr(): number {
    const e = this.lastEpoch;
    if (e === 0) return this.baseLr * this.startFactor;
    if (e > this.totalSteps) return this.lastLr;
    const base = this.totalSteps * this.startFactor;
    const cur = this.endFactor - this.startFactor;
    return this.lastLr * (1.0 + cur / (base + (e - 1) * cur));
  }
}
