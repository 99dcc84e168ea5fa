import { type Callback, type CallbackModel, type CallbackParams, type Mode } from './callback';
import { CallbackList } from './callback-list';
import { EarlyStopping } from './early-stopping';
import { LRScheduler } from './lr-scheduler';
import { ModelCheckpoint } from './model-checkpoint';
import { ProgBarLogger } from './prog-bar-logger';

/** What a loop needs to set its callbacks up. */
export interface ConfigCallbacksOptions {
  callbacks?: Callback | Callback[] | null;
  model: CallbackModel;
  batchSize: number | null;
  epochs: number | null;
  steps: number | null;
  logFreq: number;
  verbose: number;
  saveFreq: number;
  saveDir: string | null;
  metrics: string[];
  mode: Mode | 'test';
}

/**
 * Paddle's `config_callbacks`: prepends a `ProgBarLogger` when none is given and `verbose` is
 * not 0, appends a `ModelCheckpoint` and an `LRScheduler` (by step) when none is given, and
 * hands `saveDir` to every `EarlyStopping`.
 */
export function configCallbacks(o: ConfigCallbacksOptions): CallbackList {
  let cbks = o.callbacks ? (Array.isArray(o.callbacks) ? [...o.callbacks] : [o.callbacks]) : [];
  if (!cbks.some((c) => c instanceof ProgBarLogger) && o.verbose) cbks = [new ProgBarLogger(o.logFreq, o.verbose), ...cbks];
  if (!cbks.some((c) => c instanceof ModelCheckpoint)) cbks = [...cbks, new ModelCheckpoint(o.saveFreq, o.saveDir)];
  for (const c of cbks) if (c instanceof EarlyStopping) c.saveDir = o.saveDir;
  if (!cbks.some((c) => c instanceof LRScheduler)) cbks = [...cbks, new LRScheduler()];
  const list = new CallbackList(cbks);
  list.setModel(o.model);
  const params: CallbackParams = {
    batchSize: o.batchSize,
    epochs: o.epochs,
    steps: o.steps,
    verbose: o.verbose,
    metrics: o.mode !== 'test' ? o.metrics : [],
  };
  list.setParams(params);
  return list;
}
