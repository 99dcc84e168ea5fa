import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { checkChoice, checkNumber } from '../args';
import { defineSignature, resolveArgs } from '../../framework/args';
import { LRScheduler, readNumber, type LRSchedulerState } from './lr-scheduler';

/**
 * Options of {@link ReduceOnPlateau}: any of its arguments by name, camelCase (Paddle's `ReduceOnPlateau(...)` keywords).
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.lr.ReduceOnPlateauOptions = { learningRate: 1.0, factor: 0.5, patience: 5 };
 * const sched = new paddle.optimizer.lr.ReduceOnPlateau(options);
 * // the same as new paddle.optimizer.lr.ReduceOnPlateau(1.0, 'min', 0.5, 5)
 * ```
 * @category Optimizer
 */
export interface ReduceOnPlateauOptions {
  /** The initial learning rate (Paddle's `learning_rate`). */
  learningRate: number;
  /** `'min'`: reduce when the metric stops falling; `'max'`: when it stops rising. @defaultValue 'min' */
  mode?: 'min' | 'max';
  /** Factor applied on a plateau, < 1. @defaultValue 0.1 */
  factor?: number;
  /** Epochs without improvement tolerated before reducing. @defaultValue 10 */
  patience?: number;
  /** Minimum change that counts as an improvement. @defaultValue 1e-4 */
  threshold?: number;
  /** `'rel'`: relative to the best value; `'abs'`: absolute. @defaultValue 'rel' */
  thresholdMode?: 'rel' | 'abs';
  /** Epochs to wait after a reduction. @defaultValue 0 */
  cooldown?: number;
  /** Lower bound of the learning rate. @defaultValue 0 */
  minLr?: number;
  /** Reductions smaller than this are skipped. @defaultValue 1e-8 */
  epsilon?: number;
  /** Print the learning rate at each update. @defaultValue false */
  verbose?: boolean;
}

/**
 * All of {@link ReduceOnPlateau}'s arguments by name: Paddle's keyword form (the same keys as
 * {@link ReduceOnPlateauOptions}).
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.lr.ReduceOnPlateau(learning_rate=0.5)
 * new paddle.optimizer.lr.ReduceOnPlateau({ learningRate: 0.5 });
 * ```
 * @category Optimizer
 */
export type ReduceOnPlateauArgs = ReduceOnPlateauOptions;

const SIGNATURE = defineSignature('optimizer.lr.ReduceOnPlateau', ['learningRate', 'mode', 'factor', 'patience', 'threshold', 'thresholdMode', 'cooldown', 'minLr', 'epsilon', 'verbose'], { required: 1 });

/**
 * Reduces the learning rate by `factor` when a metric has not improved for `patience` epochs
 * (Paddle's `ReduceOnPlateau`). Its `step` takes the metric: `sched.step(valLoss)`.
 *
 * @example
 * ```ts
 * const sched = new paddle.optimizer.lr.ReduceOnPlateau(1.0, { factor: 0.5, patience: 5 });
 * sched.step(0.73); // after each epoch, with the validation loss
 * ```
 * @category Optimizer
 */
export class ReduceOnPlateau extends LRScheduler {
  readonly mode: 'min' | 'max';
  readonly factor: number;
  readonly patience: number;
  readonly threshold: number;
  readonly thresholdMode: 'rel' | 'abs';
  readonly cooldown: number;
  readonly minLr: number;
  readonly epsilon: number;
  /** Epochs left before monitoring resumes after a reduction. */
  cooldownCounter = 0;
  /** The best metric seen so far (`null` before the first step). */
  best: number | null = null;
  /** Epochs since the last improvement. */
  numBadEpochs = 0;

  /**
   * @param args - every argument by name, Paddle's keyword form (see {@link ReduceOnPlateauArgs})
   * @throws {@link index!InvalidArgumentError} for an unknown `mode`/`thresholdMode` or `factor >= 1`
   */
  constructor(args: ReduceOnPlateauArgs);
  constructor(learningRate: number, options?: Partial<ReduceOnPlateauOptions>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param learningRate - the initial learning rate (or all options in one object)
   * @param mode - @defaultValue 'min'
   * @param factor - @defaultValue 0.1
   * @param patience - @defaultValue 10
   * @param threshold - @defaultValue 1e-4
   * @param thresholdMode - @defaultValue 'rel'
   * @param cooldown - @defaultValue 0
   * @param minLr - @defaultValue 0
   * @param epsilon - @defaultValue 1e-8
   * @param verbose - @defaultValue false
   */
  constructor(learningRate: number, mode?: 'min' | 'max', factor?: number, patience?: number, threshold?: number, thresholdMode?: 'rel' | 'abs', cooldown?: number, minLr?: number, epsilon?: number, verbose?: boolean);
  constructor(...args: unknown[]) {
    const ctx = 'ReduceOnPlateau';
    const o = resolveArgs<ReduceOnPlateauArgs>(SIGNATURE, args);
    super(o.learningRate as number, 0, o.verbose ?? false);
    this.skipInitialStep();
    this.mode = checkChoice(String(o.mode ?? 'min').toLowerCase(), 'mode', ['min', 'max'] as const, ctx);
    this.factor = checkNumber(o.factor ?? 0.1, 'factor', ctx, { max: 1, maxExclusive: true });
    this.thresholdMode = checkChoice(String(o.thresholdMode ?? 'rel').toLowerCase(), 'thresholdMode', ['rel', 'abs'] as const, ctx);
    this.patience = checkNumber(o.patience ?? 10, 'patience', ctx, { min: 0 });
    this.threshold = checkNumber(o.threshold ?? 1e-4, 'threshold', ctx);
    this.cooldown = checkNumber(o.cooldown ?? 0, 'cooldown', ctx, { min: 0 });
    this.minLr = checkNumber(o.minLr ?? 0, 'minLr', ctx);
    this.epsilon = checkNumber(o.epsilon ?? 1e-8, 'epsilon', ctx);
  }

  /**
   * Records `metrics` for the epoch and reduces the rate on a plateau.
   * @param metrics - the monitored value: a number or a one-element tensor (read back once)
   * @param epoch - the epoch to set; by default `lastEpoch + 1`
   * @throws {@link index!InvalidArgumentError} if `metrics` is missing or has more than one element
   */
  override step(metrics?: number | tf.Tensor, epoch?: number): void {
    const ctx = 'ReduceOnPlateau.step';
    this.beginStep(epoch);
    this.lastEpoch = epoch === undefined ? this.lastEpoch + 1 : checkNumber(epoch, 'epoch', ctx, { integer: true });
    let current: number;
    if (metrics instanceof tf.Tensor) {
      if (metrics.size !== 1) throw new InvalidArgumentError('metrics', 'a number or a tensor with one element', metrics, ctx);
      current = metrics.dataSync()[0];
    } else if (typeof metrics === 'number') {
      current = metrics;
    } else {
      throw new InvalidArgumentError('metrics', 'a number or a tensor with one element (ReduceOnPlateau.step needs the monitored metric)', metrics, ctx);
    }
    if (this.cooldownCounter > 0) {
      this.cooldownCounter -= 1;
      return;
    }
    if (this.best === null || this.isBetter(current, this.best)) {
      this.best = current;
      this.numBadEpochs = 0;
    } else {
      this.numBadEpochs += 1;
    }
    if (this.numBadEpochs > this.patience) {
      this.cooldownCounter = this.cooldown;
      this.numBadEpochs = 0;
      const newLr = Math.max(this.lastLr * this.factor, this.minLr);
      if (this.lastLr - newLr > this.epsilon) {
        this.lastLr = newLr;
        this.report();
      }
    }
  }

  /** Not used: the rate only changes in {@link ReduceOnPlateau.step}. */
  getLr(): number {
    return this.lastLr;
  }

  /** Paddle's keys: `cooldown_counter`, `best`, `num_bad_epochs`, `last_epoch`, `last_lr`. */
  override stateDict(): LRSchedulerState {
    return { cooldown_counter: this.cooldownCounter, best: this.best, num_bad_epochs: this.numBadEpochs, ...super.stateDict() };
  }

  override setStateDict(state: LRSchedulerState): void {
    super.setStateDict(state);
    this.cooldownCounter = readNumber(state, 'cooldown_counter');
    this.numBadEpochs = readNumber(state, 'num_bad_epochs');
    this.best = state.best === null || state.best === undefined ? null : readNumber(state, 'best');
  }

  private isBetter(current: number, best: number): boolean {
    if (this.mode === 'min' && this.thresholdMode === 'rel') return current < best - best * this.threshold;
    if (this.mode === 'min') return current < best - this.threshold;
    if (this.thresholdMode === 'rel') return current > best + best * this.threshold;
    return current > best + this.threshold;
  }
}
