import { InvalidArgumentError } from '../../errors';
import { defineSignature, resolveArgs } from '../../framework/args';
import { LRScheduler } from './lr-scheduler';

/**
 * Options of {@link PiecewiseDecay}: any of its arguments by name, camelCase (Paddle's `PiecewiseDecay(...)` keywords).
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.lr.PiecewiseDecayOptions = { boundaries: [100, 200], values: [1.0, 0.5, 0.1] };
 * const sched = new paddle.optimizer.lr.PiecewiseDecay(options);
 * // the same as new paddle.optimizer.lr.PiecewiseDecay([100, 200], [1.0, 0.5, 0.1])
 * ```
 * @category Optimizer
 */
export interface PiecewiseDecayOptions {
  /** Epochs where the rate changes, a non-empty array. */
  boundaries: number[];
  /** The rates, one more than `boundaries`. */
  values: number[];
  /** The epoch to resume from; -1 starts a new schedule. @defaultValue -1 */
  lastEpoch?: number;
  /** Print the learning rate at each update. @defaultValue false */
  verbose?: boolean;
}

/**
 * All of {@link PiecewiseDecay}'s arguments by name: Paddle's keyword form (the same keys as
 * {@link PiecewiseDecayOptions}).
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.lr.PiecewiseDecay(boundaries=[10, 20], values=[0.1, 0.05, 0.01])
 * new paddle.optimizer.lr.PiecewiseDecay({ boundaries: [10, 20], values: [0.1, 0.05, 0.01] });
 * ```
 * @category Optimizer
 */
export type PiecewiseDecayArgs = PiecewiseDecayOptions;

const SIGNATURE = defineSignature('optimizer.lr.PiecewiseDecay', ['boundaries', 'values', 'lastEpoch', 'verbose'], { required: 2 });

/**
 * A step function of the epoch: `values[i]` while `epoch < boundaries[i]`, the last value after
 * (Paddle's `PiecewiseDecay`).
 *
 * @example
 * ```ts
 * const sched = new paddle.optimizer.lr.PiecewiseDecay([100, 200], [1.0, 0.5, 0.1]);
 * ```
 * @category Optimizer
 */
export class PiecewiseDecay extends LRScheduler {
  readonly boundaries: readonly number[];
  readonly values: readonly number[];

  /**
   * @param args - every argument by name, Paddle's keyword form (see {@link PiecewiseDecayArgs})
   * @throws {@link index!InvalidArgumentError} if `boundaries` is empty or `values` is too short
   */
  constructor(args: PiecewiseDecayArgs);
  constructor(boundaries: number[], values: number[], options?: Partial<PiecewiseDecayOptions>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param boundaries - epochs where the rate changes (or all options in one object)
   * @param values - the rates, `boundaries.length + 1` of them
   * @param lastEpoch - @defaultValue -1
   * @param verbose - @defaultValue false
   */
  constructor(boundaries: number[], values: number[], lastEpoch?: number, verbose?: boolean);
  constructor(...args: unknown[]) {
    const o = resolveArgs<PiecewiseDecayArgs>(SIGNATURE, args);
    super(0.1, o.lastEpoch ?? -1, o.verbose ?? false);
    if (!Array.isArray(o.boundaries) || o.boundaries.length === 0) {
      throw new InvalidArgumentError('boundaries', 'a non-empty array of epochs', o.boundaries, 'PiecewiseDecay');
    }
    if (!Array.isArray(o.values) || o.values.length <= o.boundaries.length) {
      throw new InvalidArgumentError('values', `an array of ${o.boundaries.length + 1} learning rates (one more than boundaries)`, o.values, 'PiecewiseDecay');
    }
    this.boundaries = [...o.boundaries];
    this.values = [...o.values];
  }

  getLr(): number {
    const e = this.lastEpoch;
    const i = this.boundaries.findIndex((b) => e < b);
    return i < 0 ? this.values[this.values.length - 1] : this.values[i];
  }
}
