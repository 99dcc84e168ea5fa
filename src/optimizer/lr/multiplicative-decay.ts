import { checkFunction } from '../args';
import { defineSignature, resolveArgs } from '../../framework/args';
import { LRScheduler } from './lr-scheduler';

/**
 * Options of {@link MultiplicativeDecay}: any of its arguments by name, camelCase (Paddle's `MultiplicativeDecay(...)` keywords).
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.lr.MultiplicativeDecayOptions = { learningRate: 0.5, lrLambda: () => 0.95 };
 * const sched = new paddle.optimizer.lr.MultiplicativeDecay(options);
 * // the same as new paddle.optimizer.lr.MultiplicativeDecay(0.5, () => 0.95)
 * ```
 * @category Optimizer
 */
export interface MultiplicativeDecayOptions {
  /** The initial learning rate (Paddle's `learning_rate`). */
  learningRate: number;
  /** Factor applied at each epoch, as a function of the epoch. */
  lrLambda: (epoch: number) => number;
  /** The epoch to resume from; -1 starts a new schedule. @defaultValue -1 */
  lastEpoch?: number;
  /** Print the learning rate at each update. @defaultValue false */
  verbose?: boolean;
}

/**
 * All of {@link MultiplicativeDecay}'s arguments by name: Paddle's keyword form (the same keys as
 * {@link MultiplicativeDecayOptions}).
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.lr.MultiplicativeDecay(learning_rate=0.5, lr_lambda=lambda epoch: 0.95 ** epoch)
 * new paddle.optimizer.lr.MultiplicativeDecay({ learningRate: 0.5, lrLambda: (epoch) => 0.95 ** epoch });
 * ```
 * @category Optimizer
 */
export type MultiplicativeDecayArgs = MultiplicativeDecayOptions;

const SIGNATURE = defineSignature('optimizer.lr.MultiplicativeDecay', ['learningRate', 'lrLambda', 'lastEpoch', 'verbose'], { required: 2 });

/**
 * `lr = baseLr * lrLambda(1) * lrLambda(2) * … * lrLambda(epoch)` (Paddle's `MultiplicativeDecay`,
 * which recomputes the product from the initial rate at each step).
 *
 * @example
 * ```ts
 * const sched = new paddle.optimizer.lr.MultiplicativeDecay(0.5, () => 0.95);
 * ```
 * @category Optimizer
 */
export class MultiplicativeDecay extends LRScheduler {
  readonly lrLambda: (epoch: number) => number;

  /**
   * @param args - every argument by name, Paddle's keyword form (see {@link MultiplicativeDecayArgs})
   * @throws {@link index!InvalidArgumentError} if `lrLambda` is not a function
   */
  constructor(args: MultiplicativeDecayArgs);
  constructor(learningRate: number, lrLambda: ((epoch: number) => number), lastEpoch?: number, verbose?: boolean, options?: Partial<MultiplicativeDecayOptions>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param learningRate - the initial learning rate (or all options in one object)
   * @param lrLambda - factor as a function of the epoch
   * @param lastEpoch - @defaultValue -1
   * @param verbose - @defaultValue false
   */
  constructor(learningRate: number, lrLambda: ((epoch: number) => number), lastEpoch?: number, verbose?: boolean);
  constructor(...args: unknown[]) {
    const o = resolveArgs<MultiplicativeDecayArgs>(SIGNATURE, args);
    super(o.learningRate as number, o.lastEpoch ?? -1, o.verbose ?? false);
    this.lrLambda = checkFunction(o.lrLambda, 'lrLambda', 'MultiplicativeDecay');
  }

  getLr(): number {
    let lr = this.baseLr;
    for (let e = 1; e <= this.lastEpoch; e++) lr *= this.lrLambda(e);
    return lr;
  }
}
