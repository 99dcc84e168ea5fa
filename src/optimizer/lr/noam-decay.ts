import { checkNumber } from '../args';
import { defineSignature, resolveArgs } from '../../framework/args';
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
 * All of {@link NoamDecay}'s arguments by name: Paddle's keyword form (the same keys as
 * {@link NoamDecayOptions}).
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.lr.NoamDecay(d_model=512, warmup_steps=10)
 * new paddle.optimizer.lr.NoamDecay({ dModel: 512, warmupSteps: 10 });
 * ```
 * @category Optimizer
 */
export type NoamDecayArgs = NoamDecayOptions;

const SIGNATURE = defineSignature('optimizer.lr.NoamDecay', ['dModel', 'warmupSteps', 'learningRate', 'lastEpoch', 'verbose'], { required: 2 });

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
   * @param args - every argument by name, Paddle's keyword form (see {@link NoamDecayArgs})
   * @throws {@link index!InvalidArgumentError} if `dModel <= 0`
   */
  constructor(args: NoamDecayArgs);
  constructor(dModel: number, warmupSteps: number, options?: Partial<NoamDecayOptions>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param dModel - model width (or all options in one object)
   * @param warmupSteps - warm-up epochs
   * @param learningRate - scale. @defaultValue 1.0
   * @param lastEpoch - @defaultValue -1
   * @param verbose - @defaultValue false
   */
  constructor(dModel: number, warmupSteps: number, learningRate?: number, lastEpoch?: number, verbose?: boolean);
  constructor(...args: unknown[]) {
    const o = resolveArgs<NoamDecayArgs>(SIGNATURE, args);
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
