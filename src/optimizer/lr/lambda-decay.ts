import { checkFunction } from '../args';
import { defineSignature, resolveArgs } from '../../framework/args';
import { LRScheduler } from './lr-scheduler';

/**
 * Options of {@link LambdaDecay}: any of its arguments by name, camelCase (Paddle's `LambdaDecay(...)` keywords).
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.lr.LambdaDecayOptions = { learningRate: 0.5, lrLambda: (epoch) => 0.95 ** epoch };
 * const sched = new paddle.optimizer.lr.LambdaDecay(options);
 * // the same as new paddle.optimizer.lr.LambdaDecay(0.5, (epoch) => 0.95 ** epoch)
 * ```
 * @category Optimizer
 */
export interface LambdaDecayOptions {
  /** The initial learning rate (Paddle's `learning_rate`). */
  learningRate: number;
  /** Factor of the initial rate as a function of the epoch. */
  lrLambda: (epoch: number) => number;
  /** The epoch to resume from; -1 starts a new schedule. @defaultValue -1 */
  lastEpoch?: number;
  /** Print the learning rate at each update. @defaultValue false */
  verbose?: boolean;
}

/**
 * All of {@link LambdaDecay}'s arguments by name: Paddle's keyword form (the same keys as
 * {@link LambdaDecayOptions}).
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.lr.LambdaDecay(learning_rate=0.5, lr_lambda=lambda epoch: 0.95 ** epoch)
 * new paddle.optimizer.lr.LambdaDecay({ learningRate: 0.5, lrLambda: (epoch) => 0.95 ** epoch });
 * ```
 * @category Optimizer
 */
export type LambdaDecayArgs = LambdaDecayOptions;

const SIGNATURE = defineSignature('optimizer.lr.LambdaDecay', ['learningRate', 'lrLambda', 'lastEpoch', 'verbose'], { required: 2 });

/**
 * `lr = baseLr * lrLambda(epoch)` (Paddle's `LambdaDecay`).
 *
 * @example
 * ```ts
 * const sched = new paddle.optimizer.lr.LambdaDecay(0.5, (e) => 0.95 ** e);
 * ```
 * @category Optimizer
 */
export class LambdaDecay extends LRScheduler {
  readonly lrLambda: (epoch: number) => number;

  /**
   * @param args - every argument by name, Paddle's keyword form (see {@link LambdaDecayArgs})
   * @throws {@link index!InvalidArgumentError} if `lrLambda` is not a function
   */
  constructor(args: LambdaDecayArgs);
  constructor(learningRate: number, lrLambda: ((epoch: number) => number), lastEpoch?: number, verbose?: boolean, options?: Partial<LambdaDecayOptions>);
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
    const o = resolveArgs<LambdaDecayArgs>(SIGNATURE, args);
    super(o.learningRate as number, o.lastEpoch ?? -1, o.verbose ?? false);
    this.lrLambda = checkFunction(o.lrLambda, 'lrLambda', 'LambdaDecay');
  }

  getLr(): number {
    return this.baseLr * this.lrLambda(this.lastEpoch);
  }
}
