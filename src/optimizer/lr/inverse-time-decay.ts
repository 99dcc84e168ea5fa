import { checkNumber } from '../args';
import { defineSignature, resolveArgs } from '../../framework/args';
import { LRScheduler } from './lr-scheduler';

/**
 * Options of {@link InverseTimeDecay}: any of its arguments by name, camelCase (Paddle's `InverseTimeDecay(...)` keywords).
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.lr.InverseTimeDecayOptions = { learningRate: 0.5, gamma: 0.1 };
 * const sched = new paddle.optimizer.lr.InverseTimeDecay(options);
 * // the same as new paddle.optimizer.lr.InverseTimeDecay(0.5, 0.1)
 * ```
 * @category Optimizer
 */
export interface InverseTimeDecayOptions {
  /** The initial learning rate (Paddle's `learning_rate`). */
  learningRate: number;
  /** Decay rate. */
  gamma: number;
  /** The epoch to resume from; -1 starts a new schedule. @defaultValue -1 */
  lastEpoch?: number;
  /** Print the learning rate at each update. @defaultValue false */
  verbose?: boolean;
}

/**
 * All of {@link InverseTimeDecay}'s arguments by name: Paddle's keyword form (the same keys as
 * {@link InverseTimeDecayOptions}).
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.lr.InverseTimeDecay(learning_rate=0.5, gamma=0.9)
 * new paddle.optimizer.lr.InverseTimeDecay({ learningRate: 0.5, gamma: 0.9 });
 * ```
 * @category Optimizer
 */
export type InverseTimeDecayArgs = InverseTimeDecayOptions;

const SIGNATURE = defineSignature('optimizer.lr.InverseTimeDecay', ['learningRate', 'gamma', 'lastEpoch', 'verbose'], { required: 2 });

/**
 * `lr = baseLr / (1 + gamma * epoch)` (Paddle's `InverseTimeDecay`).
 *
 * @example
 * ```ts
 * const sched = new paddle.optimizer.lr.InverseTimeDecay(0.5, 0.1);
 * ```
 * @category Optimizer
 */
export class InverseTimeDecay extends LRScheduler {
  readonly gamma: number;

  /**
   * @param args - every argument by name, Paddle's keyword form (see {@link InverseTimeDecayArgs})
   * @throws {@link index!InvalidArgumentError} if `gamma` is not a number
   */
  constructor(args: InverseTimeDecayArgs);
  constructor(learningRate: number, gamma: number, options?: Partial<InverseTimeDecayOptions>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param learningRate - the initial learning rate (or all options in one object)
   * @param gamma - decay rate
   * @param lastEpoch - @defaultValue -1
   * @param verbose - @defaultValue false
   */
  constructor(learningRate: number, gamma: number, lastEpoch?: number, verbose?: boolean);
  constructor(...args: unknown[]) {
    const o = resolveArgs<InverseTimeDecayArgs>(SIGNATURE, args);
    super(o.learningRate as number, o.lastEpoch ?? -1, o.verbose ?? false);
    this.gamma = checkNumber(o.gamma, 'gamma', 'InverseTimeDecay');
  }

  getLr(): number {
    return this.baseLr / (1 + this.gamma * this.lastEpoch);
  }
}
