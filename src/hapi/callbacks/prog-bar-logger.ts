import { InvalidArgumentError } from '../../errors';
import { defaultSink, printLine, type TextSink } from '../util/output';
import { Callback, type Logs } from './callback';
import { checkCallbackArgs } from './check-args';
import { defineSignature, resolveArgs } from '../../framework/args';
import { ProgressBar, type BarValue } from './progress-bar';

/** Options of {@link ProgBarLogger}. @category Callbacks */
export interface ProgBarLoggerOptions {
  /** Print every `logFreq` steps. @defaultValue 1 */
  logFreq?: number;
  /** 0 silent, 1 progress bar, 2 a line per log point, 3 = 2 plus reader/batch cost and ips. @defaultValue 2 */
  verbose?: number;
  /** Where to write (tests, custom consoles). @defaultValue stdout in Node, console.log elsewhere */
  sink?: TextSink;
  /** Clock in seconds. @defaultValue performance.now() / 1000 */
  now?: () => number;
}

/**
 * All of {@link ProgBarLogger}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: callbacks.ProgBarLogger(log_freq=10, verbose=1)
 * await model.fit(train, undefined, { callbacks: [new paddle.callbacks.ProgBarLogger({ logFreq: 10, verbose: 1 })] });
 * ```
 * @category Callbacks
 */
export type ProgBarLoggerArgs = ProgBarLoggerOptions;

const SIGNATURE = defineSignature('callbacks.ProgBarLogger', ['logFreq', 'verbose'], { optionOnly: ['sink', 'now'] });

/** Printed by Paddle when training and evaluation start. */
export const LOSS_NOTE =
  'The loss value printed in the log is the current step, and the metric is the average value of previous steps.';

interface Timer {
  dataTime: number;
  batchTime: number;
  count: number;
  samples: number;
  batchStart: number;
  dataEnd: number;
}

const newTimer = (now: number): Timer => ({ dataTime: 0, batchTime: 0, count: 0, samples: 0, batchStart: now, dataEnd: now });

interface Phase {
  steps: number | null;
  metrics: string[];
  step: number;
  samples: number;
  bar: ProgressBar;
  timer: Timer;
}

/**
 * Paddle's progress logger: `Epoch 1/5`, then `step  10/125 - loss: 0.5104 - acc: 0.8156 - 5ms/step`
 * lines (verbose 2), a bar redrawn in place on a terminal (verbose 1), or lines with
 * `avg_reader_cost`, `avg_batch_cost` and `ips` (verbose 3). `fit`, `evaluate` and `predict` add one
 * when none is given and `verbose` is not 0.
 *
 * Difference from Paddle: `ips` is samples per second of batch time (Paddle divides by twice the
 * batch time).
 *
 * @example
 * ```ts
 * // Paddle: callbacks.ProgBarLogger(log_freq=10, verbose=1)
 * await model.fit(train, undefined, { callbacks: [new paddle.callbacks.ProgBarLogger({ logFreq: 10, verbose: 1 })] });
 * ```
 * @category Callbacks
 */
export class ProgBarLogger extends Callback {
  readonly logFreq: number;
  readonly verbose: number;
  private readonly sink: TextSink;
  private readonly now: () => number;
  private epochs: number | null = null;
  private phases: Partial<Record<'train' | 'eval' | 'test', Phase>> = {};

  constructor(args: ProgBarLoggerArgs);
  /**
   * @param logFreq - print every `logFreq` steps
   * @param verbose - verbosity
   * @throws {@link index!InvalidArgumentError} for a `logFreq` below 1 or a verbose outside 0–3
   */
  constructor(logFreq?: number, verbose?: number);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<ProgBarLoggerArgs>(SIGNATURE, args);
    this.logFreq = checkCallbackArgs('ProgBarLogger').positive(o.logFreq ?? 1, 'logFreq');
    this.verbose = o.verbose ?? 2;
    if (![0, 1, 2, 3].includes(this.verbose)) throw new InvalidArgumentError('verbose', '0, 1, 2 or 3', this.verbose, 'ProgBarLogger');
    this.sink = o.sink ?? defaultSink();
    this.now = o.now ?? (() => performance.now() / 1000);
  }

  private isPrint(): boolean {
    return this.verbose > 0;
  }

  private phase(steps: number | null, metrics: string[]): Phase {
    const bar = new ProgressBar({ num: steps, verbose: this.verbose, sink: this.sink, now: this.now });
    return { steps, metrics, step: 0, samples: 0, bar, timer: newTimer(this.now()) };
  }

  private updates(logs: Logs, p: Phase): void {
    const values: [string, BarValue][] = [];
    for (const k of p.metrics) {
      if (k in logs) values.push([k, logs[k] as BarValue]);
    }
    if (this.verbose === 3) {
      const t = p.timer;
      const cnt = t.count > 0 ? t.count : 1;
      const samples = t.samples > 0 ? t.samples : 1;
      values.push(['avg_reader_cost', `${(t.dataTime / cnt).toFixed(5)} sec`]);
      values.push(['avg_batch_cost', `${(t.batchTime / cnt).toFixed(5)} sec`]);
      values.push(['ips', `${(samples / (t.batchTime > 0 ? t.batchTime : 1)).toFixed(5)} samples/sec`]);
    }
    p.bar.update(p.step, values);
  }

  private batchBegin(p: Phase | undefined): void {
    if (!p) return;
    p.timer.dataEnd = this.now();
    p.timer.dataTime += p.timer.dataEnd - p.timer.batchStart;
  }

  private batchEnd(p: Phase | undefined, logs: Logs | undefined): boolean {
    if (!p) return false;
    p.step += 1;
    const samples = typeof logs?.batch_size === 'number' ? logs.batch_size : 1;
    p.samples += samples;
    p.timer.batchTime += this.now() - p.timer.dataEnd;
    p.timer.count += 1;
    p.timer.samples += samples;
    const due = this.isPrint() && p.step % this.logFreq === 0 && (p.steps === null || p.step < p.steps);
    if (due) this.updates(logs ?? {}, p);
    p.timer.batchStart = this.now();
    return due;
  }

  override onTrainBegin(): void {
    this.epochs = this.params.epochs;
    if (this.isPrint()) printLine(this.sink, LOSS_NOTE);
  }

  override onEpochBegin(epoch: number): void {
    if (this.epochs && this.isPrint()) printLine(this.sink, `Epoch ${epoch + 1}/${this.epochs}`);
    this.phases.train = this.phase(this.params.steps, this.params.metrics);
  }

  override onTrainBatchBegin(_step: number): void {
    this.batchBegin(this.phases.train);
  }

  override onTrainBatchEnd(_step: number, logs?: Logs): void {
    this.batchEnd(this.phases.train, logs);
  }

  override onEpochEnd(_epoch: number, logs?: Logs): void {
    const p = this.phases.train;
    if (p && this.isPrint() && p.steps !== null) this.updates(logs ?? {}, p);
  }

  override onEvalBegin(logs?: Logs): void {
    this.phases.eval = this.phase(logs?.steps ?? null, logs?.metrics ?? []);
    if (this.isPrint()) {
      printLine(this.sink, 'Eval begin...');
      printLine(this.sink, LOSS_NOTE);
    }
  }

  override onEvalBatchBegin(_step: number): void {
    this.batchBegin(this.phases.eval);
  }

  override onEvalBatchEnd(_step: number, logs?: Logs): void {
    this.batchEnd(this.phases.eval, logs);
  }

  override onEvalEnd(logs?: Logs): void {
    const p = this.phases.eval;
    if (p && this.isPrint() && p.steps !== null) {
      this.updates(logs ?? {}, p);
      printLine(this.sink, `Eval samples: ${p.samples}`);
    }
  }

  override onPredictBegin(logs?: Logs): void {
    this.phases.test = this.phase(logs?.steps ?? null, logs?.metrics ?? []);
    if (this.isPrint()) printLine(this.sink, 'Predict begin...');
  }

  override onPredictBatchBegin(_step: number): void {
    this.batchBegin(this.phases.test);
  }

  override onPredictBatchEnd(_step: number, logs?: Logs): void {
    this.batchEnd(this.phases.test, logs);
  }

  override onPredictEnd(logs?: Logs): void {
    const p = this.phases.test;
    if (p && this.isPrint()) {
      if (p.step % this.logFreq !== 0 || this.verbose === 1) this.updates(logs ?? {}, p);
      printLine(this.sink, `Predict samples: ${p.samples}`);
    }
  }
}
