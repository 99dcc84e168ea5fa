import { checkNumber } from '../args';
import { defineSignature, resolveArgs } from '../../framework/args';
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
 * All of {@link ExponentialDecay}'s arguments by name: Paddle's keyword form (the same keys as
 * {@link ExponentialDecayOptions}).
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.lr.ExponentialDecay(learning_rate=0.5, gamma=0.9)
 * new paddle.optimizer.lr.ExponentialDecay({ learningRate: 0.5, gamma: 0.9 });
 * ```
 * @category Optimizer
 */
export type ExponentialDecayArgs = ExponentialDecayOptions;

const SIGNATURE = defineSignature('optimizer.lr.ExponentialDecay', ['learningRate', 'gamma', 'lastEpoch', 'verbose'], { required: 2 });

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
   * @param args - every argument by name, Paddle's keyword form (see {@link ExponentialDecayArgs})
   * @throws {@link index!InvalidArgumentError} if `gamma` is outside (0, 1)
   */
  constructor(args: ExponentialDecayArgs);
  constructor(learningRate: number, gamma: number, options?: Partial<ExponentialDecayOptions>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param learningRate - the initial learning rate (or all options in one object)
   * @param gamma - factor per epoch, in (0, 1)
   * @param lastEpoch - @defaultValue -1
   * @param verbose - @defaultValue false
   */
  constructor(learningRate: number, gamma: number, lastEpoch?: number, verbose?: boolean);
  constructor(...args: unknown[]) {
    const o = resolveArgs<ExponentialDecayArgs>(SIGNATURE, args);
    super(o.learningRate as number, o.lastEpoch ?? -1, o.verbose ?? false);
    this.gamma = checkNumber(o.gamma, 'gamma', 'ExponentialDecay', { min: 0, max: 1, minExclusive: true, maxExclusive: true });
  }

  getLr(): number {
    return this.baseLr * this.gamma ** this.lastEpoch;
  }
}
