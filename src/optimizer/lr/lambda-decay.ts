import { checkFunction, resolveArgs } from '../args';
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
   * @param learningRate - the initial learning rate (or all options in one object)
   * @param lrLambda - factor as a function of the epoch
   * @param lastEpoch - @defaultValue -1
   * @param verbose - @defaultValue false
   * @throws {@link index!InvalidArgumentError} if `lrLambda` is not a function
   */
  constructor(learningRate: number | LambdaDecayOptions, lrLambda?: ((epoch: number) => number) | Partial<LambdaDecayOptions>, lastEpoch?: number | Partial<LambdaDecayOptions>, verbose?: boolean | Partial<LambdaDecayOptions>) {
    const o = resolveArgs<LambdaDecayOptions>([learningRate, lrLambda, lastEpoch, verbose], ['learningRate', 'lrLambda', 'lastEpoch', 'verbose'], 'LambdaDecay');
    super(o.learningRate as number, o.lastEpoch ?? -1, o.verbose ?? false);
    this.lrLambda = checkFunction(o.lrLambda, 'lrLambda', 'LambdaDecay');
  }

  getLr(): number {
    return this.baseLr * this.lrLambda(this.lastEpoch);
  }
}
