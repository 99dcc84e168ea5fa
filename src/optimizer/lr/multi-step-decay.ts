import { InvalidArgumentError } from '../../errors';
import { checkNumber } from '../args';
import { defineSignature, resolveArgs } from '../../framework/args';
import { LRScheduler } from './lr-scheduler';

/**
 * Options of {@link MultiStepDecay}: any of its arguments by name, camelCase (Paddle's `MultiStepDecay(...)` keywords).
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.lr.MultiStepDecayOptions = { learningRate: 0.5, milestones: [30, 50], gamma: 0.1 };
 * const sched = new paddle.optimizer.lr.MultiStepDecay(options);
 * // the same as new paddle.optimizer.lr.MultiStepDecay(0.5, [30, 50], 0.1)
 * ```
 * @category Optimizer
 */
export interface MultiStepDecayOptions {
  /** The initial learning rate (Paddle's `learning_rate`). */
  learningRate: number;
  /** Strictly increasing epochs at which the rate is multiplied by `gamma`. */
  milestones: number[];
  /** Decay factor, < 1. @defaultValue 0.1 */
  gamma?: number;
  /** The epoch to resume from; -1 starts a new schedule. @defaultValue -1 */
  lastEpoch?: number;
  /** Print the learning rate at each update. @defaultValue false */
  verbose?: boolean;
}

/**
 * All of {@link MultiStepDecay}'s arguments by name: Paddle's keyword form (the same keys as
 * {@link MultiStepDecayOptions}).
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.lr.MultiStepDecay(learning_rate=0.5, milestones=[30, 60])
 * new paddle.optimizer.lr.MultiStepDecay({ learningRate: 0.5, milestones: [30, 60] });
 * ```
 * @category Optimizer
 */
export type MultiStepDecayArgs = MultiStepDecayOptions;

const SIGNATURE = defineSignature('optimizer.lr.MultiStepDecay', ['learningRate', 'milestones', 'gamma', 'lastEpoch', 'verbose'], { required: 2 });

/**
 * Multiplies the learning rate by `gamma` at each milestone epoch (Paddle's `MultiStepDecay`).
 *
 * @example
 * ```ts
 * const sched = new paddle.optimizer.lr.MultiStepDecay(0.5, [30, 50], { gamma: 0.1 });
 * ```
 * @category Optimizer
 */
export class MultiStepDecay extends LRScheduler {
  readonly milestones: readonly number[];
  readonly gamma: number;

  /**
   * @param args - every argument by name, Paddle's keyword form (see {@link MultiStepDecayArgs})
   * @throws {@link index!InvalidArgumentError} if `milestones` is not increasing or `gamma >= 1`
   */
  constructor(args: MultiStepDecayArgs);
  constructor(learningRate: number, milestones: number[], options?: Partial<MultiStepDecayOptions>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param learningRate - the initial learning rate (or all options in one object)
   * @param milestones - strictly increasing epochs
   * @param gamma - decay factor. @defaultValue 0.1
   * @param lastEpoch - @defaultValue -1
   * @param verbose - @defaultValue false
   */
  constructor(learningRate: number, milestones: number[], gamma?: number, lastEpoch?: number, verbose?: boolean);
  constructor(...args: unknown[]) {
    const o = resolveArgs<MultiStepDecayArgs>(SIGNATURE, args);
    super(o.learningRate as number, o.lastEpoch ?? -1, o.verbose ?? false);
    const m = o.milestones;
    if (!Array.isArray(m) || m.some((x, i) => typeof x !== 'number' || (i > 0 && !(m[i - 1] < x)))) {
      throw new InvalidArgumentError('milestones', 'a strictly increasing array of numbers', m, 'MultiStepDecay');
    }
    this.milestones = [...m];
    this.gamma = checkNumber(o.gamma ?? 0.1, 'gamma', 'MultiStepDecay', { max: 1, maxExclusive: true });
  }

  getLr(): number {
    const e = this.lastEpoch;
    const i = this.milestones.findIndex((m) => e < m);
    return this.baseLr * this.gamma ** (i < 0 ? this.milestones.length : i);
  }
}
