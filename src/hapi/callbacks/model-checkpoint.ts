import { absolutePath, defaultSink, joinPath, printLine, type TextSink } from '../util/output';
import { Callback } from './callback';

/** Options of {@link ModelCheckpoint}. @category Callbacks */
export interface ModelCheckpointOptions {
  /** Save every `saveFreq` epochs (0-based epoch % saveFreq == 0). @defaultValue 1 */
  saveFreq?: number;
  /** Directory of the checkpoints; nothing is saved when null. @defaultValue null */
  saveDir?: string | null;
  /** Where the `save checkpoint at …` lines go. @defaultValue stdout */
  sink?: TextSink;
}

/**
 * Saves `{saveDir}/{epoch}` at the end of every `saveFreq`-th epoch and `{saveDir}/final` at
 * the end of training, printing `save checkpoint at <absolute path>`, like Paddle's
 * `ModelCheckpoint`. `fit` adds one (from its `saveFreq`/`saveDir` options) when none is given.
 *
 * @example
 * ```ts
 * await model.fit(train, undefined, { epochs: 2, callbacks: [new paddle.callbacks.ModelCheckpoint({ saveDir: 'ckpt' })] });
 * // ckpt/0.pdparams, ckpt/1.pdparams, ckpt/final.pdparams (+ .pdopt)
 * ```
 * @category Callbacks
 */
export class ModelCheckpoint extends Callback {
  readonly saveFreq: number;
  saveDir: string | null;
  private readonly sink: TextSink;
  private epoch = 0;

  /** @param saveFreq - a number, or an options object @param saveDir - directory */
  constructor(saveFreq?: number | ModelCheckpointOptions, saveDir?: string | null) {
    super();
    const o: ModelCheckpointOptions = typeof saveFreq === 'object' ? saveFreq : { saveFreq, saveDir };
    this.saveFreq = o.saveFreq ?? 1;
    this.saveDir = o.saveDir ?? null;
    this.sink = o.sink ?? defaultSink();
  }

  private isSave(): boolean {
    return this.model !== null && !!this.saveDir;
  }

  override onEpochBegin(epoch: number): void {
    this.epoch = epoch;
  }

  override async onEpochEnd(epoch: number): Promise<void> {
    if (this.isSave() && this.epoch % this.saveFreq === 0) await this.save(String(epoch));
  }

  override async onTrainEnd(): Promise<void> {
    if (this.isSave()) await this.save('final');
  }

  private async save(name: string): Promise<void> {
    const path = joinPath(this.saveDir as string, name);
    printLine(this.sink, `save checkpoint at ${absolutePath(path)}`);
    await this.model!.save(path);
  }
}
