import { checkNumber, resolveArgs } from '../args';
import { LRScheduler } from './lr-scheduler';

/**
 * Options of {@link NoamDecay}: any of its arguments by name, camelCase (Paddle's `NoamDecay(...)` keywords).
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.lr.NoamDecayOptions = { dModel: 512, warmupSteps: 4000 };
 * const sched = new paddle.optimizer.lr.NoamDecay(options);
 * // the same as new paddle.optimizer.lr.NoamDecay(512, 4000)
 * ```
 * @category Optimizer
 */
export interface NoamDecayOptions {
  /** Model width, > 0. */
  dModel: number;
  /** Warm-up epochs. */
  warmupSteps: number;
  /** Scale. @defaultValue 1.0 */
  learningRate?: number;
  /** The epoch to resume from; -1 starts a new schedule. @defaultValue -1 */
  lastEpoch?: number;
  /** Print the learning rate at each update. @defaultValue false */
  verbose?: boolean;
}

/**
 * The Transformer schedule: `lr = learningRate * dModel ** -0.5 * min(epoch ** -0.5, epoch * warmupSteps ** -1.5)`,
 * with the first term 1 at epoch 0 (Paddle's `NoamDecay`). See
 * {@link https://arxiv.org/abs/1706.03762 | Attention Is All You Need}.
 *
 * @example
 * ```ts
 * const sched = new paddle.optimizer.lr.NoamDecay(512, 4000);
 * ```
 * @category Optimizer
 */
export class NoamDecay extends LRScheduler {
  readonly dModel: number;
  readonly warmupSteps: number;

  /**
   * @param dModel - model width (or all options in one object)
   * @param warmupSteps - warm-up epochs
   * @param learningRate - scale. @defaultValue 1.0
   * @param lastEpoch - @defaultValue -1
   * @param verbose - @defaultValue false
   * @throws {@link index!InvalidArgumentError} if `dModel <= 0`
   */
  constructor(dModel: number | NoamDecayOptions, warmupSteps?: number | Partial<NoamDecayOptions>, learningRate?: number | Partial<NoamDecayOptions>, lastEpoch?: number | Partial<NoamDecayOptions>, verbose?: boolean | Partial<NoamDecayOptions>) {
    const o = resolveArgs<NoamDecayOptions>([dModel, warmupSteps, learningRate, lastEpoch, verbose], ['dModel', 'warmupSteps', 'learningRate', 'lastEpoch', 'verbose'], 'NoamDecay');
    super(o.learningRate ?? 1.0, o.lastEpoch ?? -1, o.verbose ?? false);
    this.dModel = checkNumber(o.dModel, 'dModel', 'NoamDecay', { min: 0, minExclusive: true });
    this.warmupSteps = checkNumber(o.warmupSteps, 'warmupSteps', 'NoamDecay', { min: 0, minExclusive: true });
  }

  getLr(): number {
    const e = this.lastEpoch;
    const a = e === 0 ? 1 : e ** -0.5;
    const b = this.warmupSteps ** -1.5 * e;
    return this.baseLr * this.dModel ** -0.5 * Math.min(a, b);
  }
}
