import { checkNumber } from '../args';
import { defineSignature, resolveArgs } from '../../framework/args';
import { LRScheduler } from './lr-scheduler';

/**
 * Options of {@link StepDecay}: any of its arguments by name, camelCase (Paddle's `StepDecay(...)` keywords).
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.lr.StepDecayOptions = { learningRate: 0.5, stepSize: 5, gamma: 0.8 };
 * const sched = new paddle.optimizer.lr.StepDecay(options);
 * // the same as new paddle.optimizer.lr.StepDecay(0.5, 5, 0.8)
 * ```
 * @category Optimizer
 */
export interface StepDecayOptions {
  /** The initial learning rate (Paddle's `learning_rate`). */
  learningRate: number;
  /** Epochs between two decays, a positive integer. */
  stepSize: number;
  /** Decay factor, < 1. @defaultValue 0.1 */
  gamma?: number;
  /** The epoch to resume from; -1 starts a new schedule. @defaultValue -1 */
  lastEpoch?: number;
  /** Print the learning rate at each update. @defaultValue false */
  verbose?: boolean;
}

/**
 * All of {@link StepDecay}'s arguments by name: Paddle's keyword form (the same keys as
 * {@link StepDecayOptions}).
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.lr.StepDecay(learning_rate=0.5, step_size=5)
 * new paddle.optimizer.lr.StepDecay({ learningRate: 0.5, stepSize: 5 });
 * ```
 * @category Optimizer
 */
export type StepDecayArgs = StepDecayOptions;

const SIGNATURE = defineSignature('optimizer.lr.StepDecay', ['learningRate', 'stepSize', 'gamma', 'lastEpoch', 'verbose'], { required: 2 });

/**
 * Multiplies the learning rate by `gamma` every `stepSize` epochs: `lr = baseLr * gamma ** floor(epoch / stepSize)`
 * (Paddle's `StepDecay`).
 *
 * @example
 * ```ts
 * const sched = new paddle.optimizer.lr.StepDecay(0.5, 5, { gamma: 0.8 });
 * for (let e = 0; e < 20; e++) { trainOneEpoch(); sched.step(); }
 * ```
 * @category Optimizer
 */
export class StepDecay extends LRScheduler {
  readonly stepSize: number;
  readonly gamma: number;

  /**
   * @param args - every argument by name, Paddle's keyword form (see {@link StepDecayArgs})
   * @throws {@link index!InvalidArgumentError} if `stepSize` is not a positive integer or `gamma >= 1`
   */
  constructor(args: StepDecayArgs);
  constructor(learningRate: number, stepSize: number, options?: Partial<StepDecayOptions>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param learningRate - the initial learning rate (or all options in one object)
   * @param stepSize - epochs between two decays
   * @param gamma - decay factor. @defaultValue 0.1
   * @param lastEpoch - @defaultValue -1
   * @param verbose - @defaultValue false
   */
  constructor(learningRate: number, stepSize: number, gamma?: number, lastEpoch?: number, verbose?: boolean);
  constructor(...args: unknown[]) {
    const o = resolveArgs<StepDecayArgs>(SIGNATURE, args);
    super(o.learningRate as number, o.lastEpoch ?? -1, o.verbose ?? false);
    this.stepSize = checkNumber(o.stepSize, 'stepSize', 'StepDecay', { integer: true, min: 0, minExclusive: true });
    this.gamma = checkNumber(o.gamma ?? 0.1, 'gamma', 'StepDecay', { max: 1, maxExclusive: true });
  }

  getLr(): number {
    return this.baseLr * this.gamma ** Math.floor(this.lastEpoch / this.stepSize);
  }
}
