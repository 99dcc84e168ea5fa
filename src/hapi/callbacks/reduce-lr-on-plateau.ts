import { InvalidArgumentError } from '../../errors';
import { pyFloatStr } from '../../framework/py-format';
import { defaultSink, printLine, type TextSink } from '../util/output';
import { Callback, MonitorCheck, monitoredValue, type Logs } from './callback';
import { checkCallbackArgs } from './check-args';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Options of {@link ReduceLROnPlateau}. @category Callbacks */
export interface ReduceLROnPlateauOptions {
  /** Log name watched after each evaluation. @defaultValue 'loss' */
  monitor?: string;
  /** `newLr = lr * factor`; must be below 1. @defaultValue 0.1 */
  factor?: number;
  /** Evaluations without improvement before reducing. @defaultValue 10 */
  patience?: number;
  /** 1 prints a line on each reduction. @defaultValue 1 */
  verbose?: number;
  /** `'min'`, `'max'`, or `'auto'` (max when the name contains `acc`). @defaultValue 'auto' */
  mode?: 'auto' | 'min' | 'max';
  /** Smallest change that counts as an improvement. @defaultValue 1e-4 */
  minDelta?: number;
  /** Evaluations to wait after a reduction. @defaultValue 0 */
  cooldown?: number;
  /** Lower bound of the learning rate. @defaultValue 0 */
  minLr?: number;
  /** Where the lines go (an option this package adds). @defaultValue stdout */
  sink?: TextSink;
}

/**
 * All of {@link ReduceLROnPlateau}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: callbacks.ReduceLROnPlateau(patience=3)
 * await model.fit(train, evalData, { epochs: 30, callbacks: [new paddle.callbacks.ReduceLROnPlateau({ patience: 3 })] });
 * ```
 * @category Callbacks
 */
export type ReduceLROnPlateauArgs = ReduceLROnPlateauOptions;

const SIGNATURE = defineSignature('callbacks.ReduceLROnPlateau', [
  'monitor', 'factor', 'patience', 'verbose', 'mode', 'minDelta', 'cooldown', 'minLr',
], { optionOnly: ['sink'] });

/**
 * Multiplies a constant learning rate by `factor` when the watched evaluation value stops
 * improving for `patience` evaluations, like Paddle's `callbacks.ReduceLROnPlateau`. Works only
 * when the optimizer's learning rate is a number (for a scheduler use
 * `optimizer.lr.ReduceOnPlateau`, which `fit`'s `LRScheduler` callback drives).
 *
 * @example
 * ```ts
 * // Paddle: callbacks.ReduceLROnPlateau(patience=3)
 * await model.fit(train, evalData, { epochs: 30, callbacks: [new paddle.callbacks.ReduceLROnPlateau({ patience: 3 })] });
 * ```
 * @category Callbacks
 */
export class ReduceLROnPlateau extends Callback {
  readonly monitor: string;
  readonly factor: number;
  readonly patience: number;
  readonly verbose: number;
  readonly minDelta: number;
  readonly cooldown: number;
  readonly minLr: number;
  private readonly max: boolean;
  private readonly sink: TextSink;
  private readonly monitorCheck = new MonitorCheck();
  private best = Infinity;
  private wait = 0;
  private cooldownCounter = 0;
  private epoch = 0;

  constructor(args: ReduceLROnPlateauArgs);
  /**
   * @param monitor - a log name
   * @throws {@link index!InvalidArgumentError} for `factor >= 1`, an unknown mode or a value of the wrong type
   */
  constructor(monitor?: string, factor?: number, patience?: number, verbose?: number, mode?: 'auto' | 'min' | 'max',
    minDelta?: number, cooldown?: number, minLr?: number);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<ReduceLROnPlateauArgs>(SIGNATURE, args);
    const c = checkCallbackArgs('ReduceLROnPlateau');
    this.monitor = c.string(o.monitor ?? 'loss', 'monitor');
    this.factor = c.number(o.factor ?? 0.1, 'factor');
    if (!(this.factor < 1)) throw new InvalidArgumentError('factor', 'a number below 1', o.factor, 'ReduceLROnPlateau');
    const mode = o.mode ?? 'auto';
    if (!['auto', 'min', 'max'].includes(mode)) throw new InvalidArgumentError('mode', "'auto', 'min' or 'max'", mode, 'ReduceLROnPlateau');
    this.max = mode === 'max' || (mode === 'auto' && this.monitor.includes('acc'));
    this.patience = c.count(o.patience ?? 10, 'patience');
    this.verbose = c.count(o.verbose ?? 1, 'verbose');
    this.minDelta = c.number(o.minDelta ?? 1e-4, 'minDelta');
    this.cooldown = c.count(o.cooldown ?? 0, 'cooldown');
    this.minLr = c.number(o.minLr ?? 0, 'minLr');
    this.sink = o.sink ?? defaultSink();
    this.reset();
  }

  private reset(): void {
    this.best = this.max ? -Infinity : Infinity;
    this.cooldownCounter = 0;
    this.wait = 0;
  }

  private improved(a: number, b: number): boolean {
    return this.max ? a > b + this.minDelta : a < b - this.minDelta;
  }

  override onTrainBegin(): void {
    this.reset();
  }

  override onTrainBatchEnd(_step: number, logs?: Logs): void {
    this.monitorCheck.check('ReduceLROnPlateau', this.monitor, logs);
  }

  override onEvalEnd(logs?: Logs): void {
    this.monitorCheck.check('ReduceLROnPlateau', this.monitor, logs);
    const current = monitoredValue(logs, this.monitor);
    if (current === undefined) return;
    const opt = this.model?.optimizer;
    if (!opt || typeof opt.learningRate !== 'number') {
      console.warn('ReduceLROnPlateau: the learning rate is not a number; use optimizer.lr.ReduceOnPlateau for a scheduler.');
      return;
    }
    if (this.cooldownCounter > 0) {
      this.cooldownCounter -= 1;
      this.wait = 0;
    }
    if (this.improved(current, this.best)) {
      this.best = current;
      this.wait = 0;
    } else if (!(this.cooldownCounter > 0)) {
      this.wait += 1;
      if (this.wait >= this.patience) {
        const oldLr = opt.getLr();
        if (oldLr > Math.fround(this.minLr)) {
          const newLr = Math.max(oldLr * this.factor, this.minLr);
          opt.setLr(newLr);
          if (this.verbose > 0) printLine(this.sink, `\nEpoch ${this.epoch + 1}: ReduceLROnPlateau reducing learning rate to ${pyFloatStr(newLr)}.`);
          this.cooldownCounter = this.cooldown;
          this.wait = 0;
        }
      }
    }
    this.epoch += 1;
  }
}
