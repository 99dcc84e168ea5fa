import { InvalidArgumentError } from '../../errors';
import { checkCallbackArgs } from './check-args';
import { absolutePath, defaultSink, joinPath, printLine, type TextSink } from '../util/output';
import { Callback, MonitorCheck, monitoredValue, type Logs } from './callback';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Options of {@link EarlyStopping}. @category Callbacks */
export interface EarlyStoppingOptions {
  /** Log name to watch after each evaluation. @defaultValue 'loss' */
  monitor?: string;
  /** `'min'`, `'max'`, or `'auto'` (max when the name contains `acc`). @defaultValue 'auto' */
  mode?: 'auto' | 'min' | 'max';
  /** Evaluations without improvement before stopping. @defaultValue 0 */
  patience?: number;
  /** 1 prints `Epoch n: Early stopping.` @defaultValue 1 */
  verbose?: number;
  /** Smallest change that counts as an improvement. @defaultValue 0 */
  minDelta?: number;
  /** A value the monitored quantity must beat. @defaultValue null */
  baseline?: number | null;
  /** Save `{saveDir}/best_model` on each improvement (`saveDir` comes from `fit`). @defaultValue true */
  saveBestModel?: boolean;
  /** Where the lines go (an option this package adds). @defaultValue stdout */
  sink?: TextSink;
}

/**
 * All of {@link EarlyStopping}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * const stop = new paddle.callbacks.EarlyStopping({ monitor: 'acc', patience: 2 }); // Paddle: EarlyStopping(monitor='acc', patience=2)
 * ```
 * @category Callbacks
 */
export type EarlyStoppingArgs = EarlyStoppingOptions;

const SIGNATURE = defineSignature('callbacks.EarlyStopping', [
  'monitor', 'mode', 'patience', 'verbose', 'minDelta', 'baseline', 'saveBestModel',
], { optionOnly: ['sink'] });

/**
 * Stops `fit` when the monitored evaluation value stops improving, like Paddle's
 * `EarlyStopping`; with `saveBestModel` it saves `{saveDir}/best_model` on every improvement
 * (`saveDir` is `fit`'s).
 *
 * Difference from Paddle: patience is counted only after an evaluation that did not improve, so
 * `patience: 0` stops at the first evaluation without improvement (Paddle also stops right after
 * an improvement, so with its default it always stops after the first evaluation).
 *
 * @example
 * ```ts
 * const stop = new paddle.callbacks.EarlyStopping({ monitor: 'acc', patience: 2 }); // Paddle: EarlyStopping(monitor='acc', patience=2)
 * await model.fit(train, evalData, { epochs: 50, saveDir: 'ckpt', callbacks: [stop] });
 * ```
 * @category Callbacks
 */
export class EarlyStopping extends Callback {
  readonly monitor: string;
  readonly patience: number;
  readonly verbose: number;
  readonly baseline: number | null;
  readonly saveBestModel: boolean;
  /** Set by `fit` from its `saveDir` option. */
  saveDir: string | null = null;
  /** Evaluations since the last improvement. */
  waitEpoch = 0;
  /** Best monitored value so far. */
  bestValue = Infinity;
  private stoppedEpoch = 0;
  private readonly better: (a: number, b: number) => boolean;
  private readonly minDelta: number;
  private readonly sink: TextSink;
  private readonly monitorCheck = new MonitorCheck();

  constructor(args: EarlyStoppingArgs);
  /** @throws {@link index!InvalidArgumentError} for an unknown mode, a negative patience or a value of the wrong type */
  constructor(monitor?: string, mode?: 'auto' | 'min' | 'max', patience?: number, verbose?: number, minDelta?: number,
    baseline?: number | null, saveBestModel?: boolean);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<EarlyStoppingArgs>(SIGNATURE, args);
    const c = checkCallbackArgs('EarlyStopping');
    this.monitor = c.string(o.monitor ?? 'loss', 'monitor');
    const mode = o.mode ?? 'auto';
    if (!['auto', 'min', 'max'].includes(mode)) throw new InvalidArgumentError('mode', "'auto', 'min' or 'max'", mode, 'EarlyStopping');
    this.patience = c.count(o.patience ?? 0, 'patience');
    this.verbose = c.count(o.verbose ?? 1, 'verbose');
    this.baseline = o.baseline === undefined || o.baseline === null ? null : c.number(o.baseline, 'baseline');
    this.saveBestModel = c.boolean(o.saveBestModel ?? true, 'saveBestModel');
    this.sink = o.sink ?? defaultSink();
    const max = mode === 'max' || (mode === 'auto' && this.monitor.includes('acc'));
    const delta = Math.abs(c.number(o.minDelta ?? 0, 'minDelta'));
    this.minDelta = max ? delta : -delta;
    this.better = max ? (a, b) => a > b : (a, b) => a < b;
  }

  override onTrainBegin(): void {
    this.waitEpoch = 0;
    this.stoppedEpoch = 0;
    this.bestValue = this.baseline ?? (this.better(0, 1) ? Infinity : -Infinity);
  }

  override onTrainBatchEnd(_step: number, logs?: Logs): void {
    this.monitorCheck.check('EarlyStopping', this.monitor, logs);
  }

  override async onEvalEnd(logs?: Logs): Promise<void> {
    this.monitorCheck.check('EarlyStopping', this.monitor, logs);
    const current = monitoredValue(logs, this.monitor);
    if (current === undefined) return;
    const bestPath = this.saveDir === null ? null : joinPath(this.saveDir, 'best_model');
    if (this.better(current - this.minDelta, this.bestValue)) {
      this.bestValue = current;
      this.waitEpoch = 0;
      if (this.saveBestModel && bestPath !== null && this.model) await this.model.save(bestPath);
    } else {
      this.waitEpoch += 1;
      if (this.waitEpoch >= this.patience) {
        if (this.model) this.model.stopTraining = true;
        if (this.verbose > 0) {
          printLine(this.sink, `Epoch ${this.stoppedEpoch + 1}: Early stopping.`);
          if (this.saveBestModel && bestPath !== null) printLine(this.sink, `Best checkpoint has been saved at ${absolutePath(bestPath)}`);
        }
      }
    }
    this.stoppedEpoch += 1;
  }
}
