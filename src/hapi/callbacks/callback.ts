/**
 * The values a loop passes to callbacks, as Paddle's `logs` dict: `loss` (one number per loss),
 * each metric name, `step`, `batch_size`; `steps` and `metrics` at `onEvalBegin`/`onPredictBegin`.
 * In `fit`, a batch's `loss` and metric values are read from the device only when a callback
 * reads them, so read them inside the hook; reading a batch's logs after the next batch ended
 * throws.
 * @category Callbacks
 */
export type Logs = Record<string, unknown> & {
  loss?: number[];
  step?: number;
  batch_size?: number;
  steps?: number | null;
  metrics?: string[];
};

/** What the loop tells every callback before it starts (Paddle's `params`). @category Callbacks */
export interface CallbackParams {
  /** Samples per batch (`null` when a DataLoader was given). */
  batchSize: number | null;
  epochs: number | null;
  /** Batches per epoch, or `null` when unknown. */
  steps: number | null;
  verbose: number;
  /** Log names: `'loss'` and the metric names. */
  metrics: string[];
}

/** The learning-rate side of an optimizer that callbacks may touch. @category Callbacks */
export interface CallbackOptimizer {
  readonly learningRate: number | { step(...args: unknown[]): void };
  getLr(): number;
  setLr(lr: number): void;
}

/** The part of {@link index!Model} callbacks see (`self.model` in Paddle). @category Callbacks */
export interface CallbackModel {
  /** Set to `true` to stop `fit` after the current epoch's evaluation. */
  stopTraining: boolean;
  /** Saves `path.pdparams` (and `path.pdopt`). */
  save(path: string, training?: boolean): Promise<void>;
  /** The optimizer given to `prepare`, or null. */
  readonly optimizer: CallbackOptimizer | null;
}

/** A loop's mode. @category Callbacks */
export type Mode = 'train' | 'eval' | 'predict';


/**
 * Base class of callbacks, with every hook of Paddle's `paddle.callbacks.Callback` (camelCase).
 * Hooks may be async; the loop awaits them. Stop training from a hook with
 * `this.model.stopTraining = true`.
 *
 * @example
 * ```ts
 * class PrintEpochLoss extends paddle.callbacks.Callback {
 *   override onEpochEnd(epoch: number, logs?: paddle.callbacks.Logs) {
 *     console.log(`epoch ${epoch}: loss ${logs?.loss}`);
 *   }
 * }
 * await model.fit(train, undefined, { callbacks: [new PrintEpochLoss()] });
 * ```
 * @category Callbacks
 */
export class Callback {
  /** The model being run (set by the loop). */
  model: CallbackModel | null = null;
  /** The loop's parameters (set by the loop). */
  params: CallbackParams = { batchSize: null, epochs: null, steps: null, verbose: 0, metrics: [] };

  /** Receives the loop's parameters before it starts. */
  setParams(params: CallbackParams): void {
    this.params = params;
  }
  /** Receives the model being run. */
  setModel(model: CallbackModel): void {
    this.model = model;
  }
  /** At the start of `fit`. */
  onTrainBegin(_logs?: Logs): void | Promise<void> {}
  /** At the end of `fit`, with the last epoch's logs. */
  onTrainEnd(_logs?: Logs): void | Promise<void> {}
  /** Before an evaluation; `logs` holds `steps` and `metrics` (the log names). */
  onEvalBegin(_logs?: Logs): void | Promise<void> {}
  /** After an evaluation, with its logs (`loss` is the mean over the pass). */
  onEvalEnd(_logs?: Logs): void | Promise<void> {}
  /** Before `predict`. */
  onPredictBegin(_logs?: Logs): void | Promise<void> {}
  /** After `predict`. */
  onPredictEnd(_logs?: Logs): void | Promise<void> {}
  /** Before training epoch `epoch` (0-based). */
  onEpochBegin(_epoch: number, _logs?: Logs): void | Promise<void> {}
  /** After training epoch `epoch`, with the last batch's logs (loss of that batch, metrics over the epoch). */
  onEpochEnd(_epoch: number, _logs?: Logs): void | Promise<void> {}
  /** Before training batch `step` (0-based within the epoch). */
  onTrainBatchBegin(_step: number, _logs?: Logs): void | Promise<void> {}
  /** After training batch `step`, with its lazy logs (`loss`, metrics, `step`, `batch_size`). */
  onTrainBatchEnd(_step: number, _logs?: Logs): void | Promise<void> {}
  /** Before evaluation batch `step`. */
  onEvalBatchBegin(_step: number, _logs?: Logs): void | Promise<void> {}
  /** After evaluation batch `step`, with its lazy logs. */
  onEvalBatchEnd(_step: number, _logs?: Logs): void | Promise<void> {}
  /** Before prediction batch `step`. */
  onPredictBatchBegin(_step: number, _logs?: Logs): void | Promise<void> {}
  /** After prediction batch `step` (`logs` holds `step` and `batch_size`). */
  onPredictBatchEnd(_step: number, _logs?: Logs): void | Promise<void> {}
}

/** Log keys that are bookkeeping, not logged values. */
const BOOKKEEPING = ['step', 'batch_size', 'steps', 'metrics'];

/**
 * Tracks whether a callback's `monitor` was checked against the logged names, so a name that is
 * never logged (`'acc'` when `Accuracy` logs `acc_top1`) is reported once, at the first logs,
 * instead of silently doing nothing for the whole run.
 */
export class MonitorCheck {
  private checked = false;

  /**
   * Checks `monitor` against the first logs that hold logged values; warns once when absent.
   * @returns whether `monitor` is in these logs
   */
  check(who: string, monitor: string, logs: Logs | undefined): boolean {
    const keys = Object.keys(logs ?? {}).filter((k) => !BOOKKEEPING.includes(k));
    const present = keys.includes(monitor);
    if (this.checked || keys.length === 0) return present;
    this.checked = true;
    if (!present) {
      const near = keys.find((k) => k.startsWith(monitor) || monitor.startsWith(k));
      const hint = near === undefined ? '' : ` (did you mean '${near}'?)`;
      console.warn(`${who}: monitor '${monitor}' is not a logged value; the logs hold ${keys.map((k) => `'${k}'`).join(', ')}${hint}. It will have no effect.`);
    }
    return present;
  }
}

/** Reads a monitored value from logs as Paddle does: a list gives its first element. */
export function monitoredValue(logs: Logs | undefined, key: string): number | undefined {
  if (!logs || !(key in logs)) return undefined;
  const v = logs[key];
  if (Array.isArray(v)) return typeof v[0] === 'number' ? v[0] : undefined;
  return typeof v === 'number' ? v : undefined;
}
