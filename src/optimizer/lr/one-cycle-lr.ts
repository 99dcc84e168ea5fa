import { InvalidArgumentError } from '../../errors';
import { checkChoice, checkNumber } from '../args';
import { defineSignature, resolveArgs } from '../../framework/args';
import { LRScheduler } from './lr-scheduler';

/**
 * Options of {@link OneCycleLR}: any of its arguments by name, camelCase (Paddle's `OneCycleLR(...)` keywords).
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.lr.OneCycleLROptions = { maxLearningRate: 1.0, totalSteps: 100, annealStrategy: 'linear' };
 * const sched = new paddle.optimizer.lr.OneCycleLR(options);
 * // the same as new paddle.optimizer.lr.OneCycleLR(1.0, 100, { annealStrategy: 'linear' })
 * ```
 * @category Optimizer
 */
export interface OneCycleLROptions {
  /** The peak learning rate. */
  maxLearningRate: number;
  /** Total number of steps, a positive integer. */
  totalSteps: number;
  /** Initial rate = `maxLearningRate / divideFactor`. @defaultValue 25.0 */
  divideFactor?: number;
  /** Final learning rate. @defaultValue 0.0001 */
  endLearningRate?: number;
  /** Fraction of the steps spent increasing the rate. @defaultValue 0.3 */
  phasePct?: number;
  /** `'cos'` or `'linear'` annealing. @defaultValue 'cos' */
  annealStrategy?: 'cos' | 'linear';
  /** Three phases as in the paper (up, down to the initial rate, down to the end rate). @defaultValue false */
  threePhase?: boolean;
  /** The epoch to resume from; -1 starts a new schedule. @defaultValue -1 */
  lastEpoch?: number;
  /** Print the learning rate at each update. @defaultValue false */
  verbose?: boolean;
}

/**
 * All of {@link OneCycleLR}'s arguments by name: Paddle's keyword form (the same keys as
 * {@link OneCycleLROptions}).
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.lr.OneCycleLR(max_learning_rate=0.1, total_steps=100)
 * new paddle.optimizer.lr.OneCycleLR({ maxLearningRate: 0.1, totalSteps: 100 });
 * ```
 * @category Optimizer
 */
export type OneCycleLRArgs = OneCycleLROptions;

const SIGNATURE = defineSignature('optimizer.lr.OneCycleLR', ['maxLearningRate', 'totalSteps', 'divideFactor', 'endLearningRate', 'phasePct', 'annealStrategy', 'threePhase', 'lastEpoch', 'verbose'], { required: 2 });

/**
 * The one-cycle policy: up from `maxLearningRate / divideFactor` to `maxLearningRate`, then down
 * to `endLearningRate` (Paddle's `OneCycleLR`; step it every batch). See
 * {@link https://arxiv.org/abs/1708.07120 | Super-Convergence}.
 *
 * @example
 * ```ts
 * const sched = new paddle.optimizer.lr.OneCycleLR(1.0, 100);
 * ```
 * @category Optimizer
 */
export class OneCycleLR extends LRScheduler {
  readonly totalSteps: number;
  private readonly stepConfig: number[];
  private readonly stepsSize: number[];
  private readonly lrConfig: number[];
  private readonly anneal: (start: number, end: number, pct: number) => number;

  /**
   * @param args - every argument by name, Paddle's keyword form (see {@link OneCycleLRArgs})
   * @throws {@link index!InvalidArgumentError} for negative rates, a non-positive `totalSteps`,
   *   `phasePct` outside [0, 1] (or >= 0.5 with `threePhase`), or an unknown `annealStrategy`
   */
  constructor(args: OneCycleLRArgs);
  constructor(maxLearningRate: number, totalSteps: number, options?: Partial<OneCycleLROptions>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param maxLearningRate - the peak rate (or all options in one object)
   * @param totalSteps - total steps
   * @param divideFactor - @defaultValue 25.0
   * @param endLearningRate - @defaultValue 0.0001
   * @param phasePct - @defaultValue 0.3
   * @param annealStrategy - @defaultValue 'cos'
   * @param threePhase - @defaultValue false
   * @param lastEpoch - @defaultValue -1
   * @param verbose - @defaultValue false
   */
  constructor(maxLearningRate: number, totalSteps: number, divideFactor?: number, endLearningRate?: number, phasePct?: number, annealStrategy?: 'cos' | 'linear', threePhase?: boolean, lastEpoch?: number, verbose?: boolean);
  constructor(...args: unknown[]) {
    const ctx = 'OneCycleLR';
    const o = resolveArgs<OneCycleLRArgs>(SIGNATURE, args);
    const maxLr = checkNumber(o.maxLearningRate, 'maxLearningRate', ctx, { min: 0 });
    const minLr = checkNumber(o.endLearningRate ?? 0.0001, 'endLearningRate', ctx, { min: 0 });
    const total = checkNumber(o.totalSteps, 'totalSteps', ctx, { integer: true, min: 0, minExclusive: true });
    const pct = checkNumber(o.phasePct ?? 0.3, 'phasePct', ctx, { min: 0, max: 1 });
    const initialLr = maxLr / checkNumber(o.divideFactor ?? 25.0, 'divideFactor', ctx);
    super(initialLr, o.lastEpoch ?? -1, o.verbose ?? false);
    this.totalSteps = total;
    if (o.threePhase) {
      if (pct >= 0.5) throw new InvalidArgumentError('phasePct', 'a value < 0.5 when threePhase is true', pct, ctx);
      this.stepConfig = [0, pct * total - 1, 2 * pct * total - 2, total - 1, total - 1];
      const c = this.stepConfig;
      this.stepsSize = [c[1] - c[0], c[2] - c[1], c[3] - c[2], c[3] - c[2]];
      this.lrConfig = [initialLr, maxLr, initialLr, minLr];
    } else {
      this.stepConfig = [0, pct * total - 1, total - 1, total - 1];
      const c = this.stepConfig;
      this.stepsSize = [c[1] - c[0], c[2] - c[1], c[2] - c[1]];
      this.lrConfig = [initialLr, maxLr, minLr];
    }
    const strategy = checkChoice(o.annealStrategy ?? 'cos', 'annealStrategy', ['cos', 'linear'] as const, ctx);
    this.anneal = strategy === 'cos'
      ? (start, end, p) => end + ((start - end) / 2.0) * (Math.cos(Math.PI * p) + 1)
      : (start, end, p) => (end - start) * p + start;
  }

  /** @throws {@link index!InvalidArgumentError} when stepped past `totalSteps` */
  getLr(): number {
    const step = this.lastEpoch;
    if (step > this.totalSteps) {
      throw new InvalidArgumentError('totalSteps', `at least ${step} steps (OneCycleLR was stepped past its end)`, this.totalSteps, 'OneCycleLR.step');
    }
    for (let i = 0; i < this.stepsSize.length; i++) {
      if (step <= this.stepConfig[i + 1] || i === this.lrConfig.length - 2) {
        const pct = (step - this.stepConfig[i]) / this.stepsSize[i];
        return this.anneal(this.lrConfig[i], this.lrConfig[i + 1], pct);
      }
    }
    return this.lrConfig[this.lrConfig.length - 1];
  }
}
