import { checkNumber } from '../args';
import { defineSignature, resolveArgs } from '../../framework/args';
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
 * All of {@link NaturalExpDecay}'s arguments by name: Paddle's keyword form (the same keys as
 * {@link NaturalExpDecayOptions}).
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.lr.NaturalExpDecay(learning_rate=0.5, gamma=0.9)
 * new paddle.optimizer.lr.NaturalExpDecay({ learningRate: 0.5, gamma: 0.9 });
 * ```
 * @category Optimizer
 */
export type NaturalExpDecayArgs = NaturalExpDecayOptions;

const SIGNATURE = defineSignature('optimizer.lr.NaturalExpDecay', ['learningRate', 'gamma', 'lastEpoch', 'verbose'], { required: 2 });

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
   * @param args - every argument by name, Paddle's keyword form (see {@link NaturalExpDecayArgs})
   * @throws {@link index!InvalidArgumentError} if `gamma <= 0`
   */
  constructor(args: NaturalExpDecayArgs);
  constructor(learningRate: number, gamma: number, options?: Partial<NaturalExpDecayOptions>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param learningRate - the initial learning rate (or all options in one object)
   * @param gamma - decay rate, > 0
   * @param lastEpoch - @defaultValue -1
   * @param verbose - @defaultValue false
   */
  constructor(learningRate: number, gamma: number, lastEpoch?: number, verbose?: boolean);
  constructor(...args: unknown[]) {
    const o = resolveArgs<NaturalExpDecayArgs>(SIGNATURE, args);
    super(o.learningRate as number, o.lastEpoch ?? -1, o.verbose ?? false);
    this.gamma = checkNumber(o.gamma, 'gamma', 'NaturalExpDecay', { min: 0, minExclusive: true });
  }

  getLr(): number {
    return this.baseLr * Math.exp(-1 * this.gamma * this.lastEpoch);
  }
}
