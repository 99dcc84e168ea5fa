import { checkChoice, checkFunction, checkNumber } from '../args';
import { defineSignature, resolveArgs } from '../../framework/args';
import { LRScheduler } from './lr-scheduler';

/**
 * Options of {@link CyclicLR}: any of its arguments by name, camelCase (Paddle's `CyclicLR(...)` keywords).
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.lr.CyclicLROptions = { baseLearningRate: 0.5, maxLearningRate: 1.0, stepSizeUp: 15, stepSizeDown: 5 };
 * const sched = new paddle.optimizer.lr.CyclicLR(options);
 * // the same as new paddle.optimizer.lr.CyclicLR(0.5, 1.0, 15, 5)
 * ```
 * @category Optimizer
 */
export interface CyclicLROptions {
  /** The lower bound of the cycle. */
  baseLearningRate: number;
  /** The upper bound of the cycle (before scaling). */
  maxLearningRate: number;
  /** Steps of the increasing half, a positive integer. */
  stepSizeUp: number;
  /** Steps of the decreasing half. @defaultValue stepSizeUp */
  stepSizeDown?: number;
  /** `'triangular'`, `'triangular2'` (amplitude halves each cycle) or `'exp_range'` (scaled by `expGamma ** iterations`). @defaultValue 'triangular' */
  mode?: 'triangular' | 'triangular2' | 'exp_range';
  /** Base of `'exp_range'` scaling. @defaultValue 1.0 */
  expGamma?: number;
  /** A custom amplitude scale in [0, 1]; replaces `mode`. @defaultValue null */
  scaleFn?: ((x: number) => number) | null;
  /** Whether `scaleFn` receives the cycle number or the iteration. @defaultValue 'cycle' */
  scaleMode?: 'cycle' | 'iterations';
  /** The epoch to resume from; -1 starts a new schedule. @defaultValue -1 */
  lastEpoch?: number;
  /** Print the learning rate at each update. @defaultValue false */
  verbose?: boolean;
}

/**
 * All of {@link CyclicLR}'s arguments by name: Paddle's keyword form (the same keys as
 * {@link CyclicLROptions}).
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.lr.CyclicLR(base_learning_rate=0.01, max_learning_rate=0.1, step_size_up=20)
 * new paddle.optimizer.lr.CyclicLR({ baseLearningRate: 0.01, maxLearningRate: 0.1, stepSizeUp: 20 });
 * ```
 * @category Optimizer
 */
export type CyclicLRArgs = CyclicLROptions;

const SIGNATURE = defineSignature('optimizer.lr.CyclicLR', ['baseLearningRate', 'maxLearningRate', 'stepSizeUp', 'stepSizeDown', 'mode', 'expGamma', 'scaleFn', 'scaleMode', 'lastEpoch', 'verbose'], { required: 3 });

/**
 * Cyclical learning rate between `baseLearningRate` and `maxLearningRate` (Paddle's `CyclicLR`;
 * step it every batch). See {@link https://arxiv.org/abs/1506.01186 | Cyclical Learning Rates}.
 *
 * @example
 * ```ts
 * const sched = new paddle.optimizer.lr.CyclicLR(0.5, 1.0, 15, { stepSizeDown: 5 });
 * ```
 * @category Optimizer
 */
export class CyclicLR extends LRScheduler {
  readonly cycleSize: number;
  readonly stepUpPct: number;
  readonly maxLr: number;
  readonly amplitude: number;
  readonly mode: 'triangular' | 'triangular2' | 'exp_range';
  readonly gamma: number;
  readonly scaleMode: 'cycle' | 'iterations';
  private readonly scaleFn: (x: number) => number;

  /**
   * @param args - every argument by name, Paddle's keyword form (see {@link CyclicLRArgs})
   * @throws {@link index!InvalidArgumentError} for a negative rate, non-positive step sizes, or an unknown mode
   */
  constructor(args: CyclicLRArgs);
  constructor(baseLearningRate: number, maxLearningRate: number, stepSizeUp: number, options?: Partial<CyclicLROptions>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param baseLearningRate - lower bound (or all options in one object)
   * @param maxLearningRate - upper bound
   * @param stepSizeUp - steps up
   * @param stepSizeDown - steps down. @defaultValue stepSizeUp
   * @param mode - @defaultValue 'triangular'
   * @param expGamma - @defaultValue 1.0
   * @param scaleFn - @defaultValue null
   * @param scaleMode - @defaultValue 'cycle'
   * @param lastEpoch - @defaultValue -1
   * @param verbose - @defaultValue false
   */
  constructor(baseLearningRate: number, maxLearningRate: number, stepSizeUp: number, stepSizeDown?: number, mode?: CyclicLROptions['mode'], expGamma?: number, scaleFn?: ((x: number) => number) | null, scaleMode?: 'cycle' | 'iterations', lastEpoch?: number, verbose?: boolean);
  constructor(...args: unknown[]) {
    const ctx = 'CyclicLR';
    const o = resolveArgs<CyclicLRArgs>(SIGNATURE, args);
    super(o.baseLearningRate as number, o.lastEpoch ?? -1, o.verbose ?? false);
    this.maxLr = checkNumber(o.maxLearningRate, 'maxLearningRate', ctx, { min: 0 });
    const up = checkNumber(o.stepSizeUp, 'stepSizeUp', ctx, { integer: true, min: 0, minExclusive: true });
    const down = o.stepSizeDown === undefined ? up : checkNumber(o.stepSizeDown, 'stepSizeDown', ctx, { integer: true, min: 0, minExclusive: true });
    this.gamma = checkNumber(o.expGamma ?? 1.0, 'expGamma', ctx);
    this.cycleSize = up + down;
    this.stepUpPct = up / this.cycleSize;
    this.amplitude = this.maxLr - this.baseLr;
    if (o.scaleFn != null) {
      this.mode = (o.mode ?? 'triangular') as CyclicLR['mode'];
      this.scaleFn = checkFunction(o.scaleFn, 'scaleFn', ctx);
      this.scaleMode = checkChoice(o.scaleMode ?? 'cycle', 'scaleMode', ['cycle', 'iterations'] as const, ctx);
    } else {
      this.mode = checkChoice(o.mode ?? 'triangular', 'mode', ['triangular', 'triangular2', 'exp_range'] as const, ctx);
      checkChoice(o.scaleMode ?? 'cycle', 'scaleMode', ['cycle', 'iterations'] as const, ctx);
      const gamma = this.gamma;
      this.scaleFn = this.mode === 'triangular' ? () => 1.0 : this.mode === 'triangular2' ? (x) => 1 / 2.0 ** (x - 1) : (x) => gamma ** x;
      this.scaleMode = this.mode === 'exp_range' ? 'iterations' : 'cycle';
    }
  }

  getLr(): number {
    const iterations = this.lastEpoch;
    const cycle = 1 + Math.floor(iterations / this.cycleSize);
    const pct = 1.0 + iterations / this.cycleSize - cycle;
    const scale = pct <= this.stepUpPct ? pct / this.stepUpPct : (1 - pct) / (1 - this.stepUpPct);
    return this.baseLr + this.amplitude * scale * this.scaleFn(this.scaleMode === 'cycle' ? cycle : iterations);
  }
}
