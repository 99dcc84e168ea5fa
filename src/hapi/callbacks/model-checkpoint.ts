import { absolutePath, defaultSink, joinPath, printLine, type TextSink } from '../util/output';
import { Callback } from './callback';
import { checkCallbackArgs } from './check-args';
import { defineSignature, resolveArgs } from '../../framework/args';

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
 * All of {@link ModelCheckpoint}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * await model.fit(train, undefined, { epochs: 2, callbacks: [new paddle.callbacks.ModelCheckpoint({ saveDir: 'ckpt' })] });
 * ```
 * @category Callbacks
 */
export type ModelCheckpointArgs = ModelCheckpointOptions;

const SIGNATURE = defineSignature('callbacks.ModelCheckpoint', ['saveFreq', 'saveDir'], { optionOnly: ['sink'] });

/**
 * Saves `{saveDir}/{epoch}` at the end of every `saveFreq`-th epoch and `{saveDir}/final` at
 * the end of training, printing `save checkpoint at <absolute path>`, like Paddle's
 * `ModelCheckpoint`. `fit` adds one (from its `saveFreq`/`saveDir` options) when none is given.
 *
 * @example
 * ```ts
 * await model.fit(train, undefined, { epochs: 2, callbacks: [new paddle.callbacks.ModelCheckpoint({ saveDir: 'ckpt' })] });
 * // ckpt/0.pdparams, ckpt/1.pdparams, ckpt/final.pdparams (+ .pdopt)
 * new paddle.callbacks.ModelCheckpoint({ saveFreq: 5, saveDir: 'ckpt' }); // Paddle: ModelCheckpoint(save_freq=5, save_dir='ckpt')
 * ```
 * @category Callbacks
 */
export class ModelCheckpoint extends Callback {
  readonly saveFreq: number;
  saveDir: string | null;
  private readonly sink: TextSink;
  private epoch = 0;

  constructor(args: ModelCheckpointArgs);
  /** @param saveFreq - save every `saveFreq` epochs @param saveDir - directory */
  constructor(saveFreq?: number, saveDir?: string | null);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<ModelCheckpointArgs>(SIGNATURE, args);
    const c = checkCallbackArgs('ModelCheckpoint');
    this.saveFreq = c.positive(o.saveFreq ?? 1, 'saveFreq');
    this.saveDir = o.saveDir === undefined || o.saveDir === null ? null : c.string(o.saveDir, 'saveDir');
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
