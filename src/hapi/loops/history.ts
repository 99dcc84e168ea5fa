import { Callback, type Logs } from '../callbacks/callback';

/**
 * What `fit` returns: the logs of every epoch (the last batch's loss and the epoch's running
 * metrics, as Paddle prints them at epoch end) and of every evaluation during `fit`.
 *
 * @example
 * ```ts
 * const history = await model.fit(train, test, { epochs: 3 });
 * history.history.loss;      // [[0.41], [0.22], [0.15]] — one loss list per epoch
 * history.history.eval_acc;  // [0.95, 0.97, 0.98]
 * ```
 * @category hapi
 */
export class History extends Callback {
  /** The epochs that ran (0-based). */
  readonly epoch: number[] = [];
  /** Per log name, one value per epoch; evaluation values are prefixed with `eval_`. */
  readonly history: Record<string, unknown[]> = {};
  /** The full epoch-end logs. */
  readonly trainLogs: Logs[] = [];
  /** The full evaluation logs, with the epoch they followed. */
  readonly evalLogs: (Logs & { epoch: number })[] = [];
  private currentEpoch = 0;

  override onEpochBegin(epoch: number): void {
    this.currentEpoch = epoch;
  }

  override onEpochEnd(epoch: number, logs?: Logs): void {
    this.epoch.push(epoch);
    const l = { ...(logs ?? {}) };
    this.trainLogs.push(l);
    for (const k of this.params.metrics) if (k in l) (this.history[k] ??= []).push(l[k]);
  }

  override onEvalEnd(logs?: Logs): void {
    const l: Logs & { epoch: number } = { ...(logs ?? {}), epoch: this.currentEpoch };
    this.evalLogs.push(l);
    for (const k of this.params.metrics) if (k in l) (this.history[`eval_${k}`] ??= []).push(l[k]);
  }
}
