import { hasFileSystem, writeFileAtomic } from '../../framework/node-fs';
import { joinPath } from '../util/output';
import { Callback, monitoredValue, type Logs } from './callback';
import { renderCurvesPage } from './curves-page';
import { checkCallbackArgs } from './check-args';
import { defineSignature, resolveArgs } from '../../framework/args';

/** One logged value. @category Callbacks */
export interface Scalar {
  /** `train/loss`, `eval/acc`, … */
  tag: string;
  /** Global training step for `train/*`, epoch for `eval/*` (as Paddle's VisualDL callback). */
  step: number;
  value: number;
}

/** Options of {@link VisualDL}. @category Callbacks */
export interface VisualDLOptions {
  /** Directory of `index.html`, `scalars.csv` and `scalars.jsonl`; null keeps them in memory. */
  logDir?: string | null;
  /** Record training values every `logFreq` batches (each record reads the values back). @defaultValue 1 */
  logFreq?: number;
}

/**
 * All of {@link VisualDL}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.callbacks.VisualDL({ logDir: 'runs/lenet' }); // Paddle: callbacks.VisualDL(log_dir='runs/lenet')
 * ```
 * @category Callbacks
 */
export type VisualDLArgs = VisualDLOptions;

const SIGNATURE = defineSignature('callbacks.VisualDL', ['logDir'], { optionOnly: ['logFreq'] });

/**
 * Records `train/{name}` after every batch (at the global step) and `eval/{name}` after every
 * evaluation (at the epoch), like Paddle's `VisualDL` callback, and writes what a person can look
 * at: `index.html`, a self-contained page with one chart per curve (no scripts, no network), plus
 * the raw scalars as `scalars.csv` and `scalars.jsonl`. The files are rewritten after each epoch
 * and at the end. In a browser (no file system) read {@link VisualDL.scalars} or
 * {@link VisualDL.html}.
 *
 * Difference from Paddle: no VisualDL binary log (that format needs the `visualdl` Python package).
 *
 * @example
 * ```ts
 * await model.fit(train, evalData, { epochs: 5, callbacks: [new paddle.callbacks.VisualDL('runs/lenet')] });
 * // open runs/lenet/index.html
 * new paddle.callbacks.VisualDL({ logDir: 'runs/lenet' }); // Paddle: callbacks.VisualDL(log_dir='runs/lenet')
 * ```
 * @category Callbacks
 */
export class VisualDL extends Callback {
  readonly logDir: string | null;
  readonly logFreq: number;
  /** Everything recorded so far. */
  readonly scalars: Scalar[] = [];
  private trainStep = 0;
  private epoch = 0;
  private evalMetrics: string[] = [];

  constructor(args: VisualDLArgs);
  /** @param logDir - a directory; null keeps the records in memory */
  constructor(logDir?: string | null);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<VisualDLArgs>(SIGNATURE, args);
    const c = checkCallbackArgs('VisualDL');
    this.logDir = o.logDir === undefined || o.logDir === null ? null : c.string(o.logDir, 'logDir');
    this.logFreq = c.positive(o.logFreq ?? 1, 'logFreq');
  }

  private record(mode: 'train' | 'eval', names: string[], logs: Logs | undefined, step: number): void {
    for (const k of names) {
      const v = monitoredValue(logs, k);
      if (v !== undefined) this.scalars.push({ tag: `${mode}/${k}`, step, value: v });
    }
  }

  override onTrainBegin(): void {
    this.trainStep = 0;
  }

  override onEpochBegin(epoch: number): void {
    this.epoch = epoch;
  }

  override onTrainBatchEnd(_step: number, logs?: Logs): void {
    this.trainStep += 1;
    if (this.trainStep % this.logFreq === 0) this.record('train', this.params.metrics, logs, this.trainStep);
  }

  override async onEpochEnd(): Promise<void> {
    await this.flush();
  }

  override onEvalBegin(logs?: Logs): void {
    this.evalMetrics = logs?.metrics ?? [];
  }

  override async onEvalEnd(logs?: Logs): Promise<void> {
    this.record('eval', this.evalMetrics, logs, this.epoch);
    await this.flush();
  }

  override async onTrainEnd(): Promise<void> {
    await this.flush();
  }

  /** The scalars as CSV (`tag,step,value`). */
  csv(): string {
    return `tag,step,value\n${this.scalars.map((s) => `${s.tag},${s.step},${s.value}`).join('\n')}\n`;
  }

  /** The scalars as JSON lines. */
  jsonLines(): string {
    return this.scalars.map((s) => JSON.stringify(s)).join('\n') + (this.scalars.length ? '\n' : '');
  }

  /** The self-contained HTML page with one chart per curve. */
  html(): string {
    return renderCurvesPage(this.scalars);
  }

  /** Writes the three files to `logDir` (no-op without one or without a file system). */
  async flush(): Promise<void> {
    if (this.logDir === null || !hasFileSystem()) return;
    await writeFileAtomic(joinPath(this.logDir, 'scalars.csv'), this.csv());
    await writeFileAtomic(joinPath(this.logDir, 'scalars.jsonl'), this.jsonLines());
    await writeFileAtomic(joinPath(this.logDir, 'index.html'), this.html());
  }
}
