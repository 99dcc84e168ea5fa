import * as tf from '@tensorflow/tfjs-core';
import { HapiError } from '../../errors';
import { metricNames, type Metric } from '../../metric/metric';
import type { Logs } from '../callbacks/callback';

/** Reading a batch's lazy logs after the next batch has started. */
export class StaleLogsError extends HapiError {
  override readonly code = 'STALE_LOGS' as const;
}

/**
 * The logs of one batch, whose `loss` and metric values are read from the device only when a
 * callback reads them (so batches between log points never wait on a read-back). Valid until
 * the next batch starts; then {@link LazyStepLogs.seal} frees the losses.
 */
export class LazyStepLogs {
  readonly logs: Logs;
  private sealed = false;
  private readonly cache = new Map<string, unknown>();

  constructor(
    step: number,
    batchSize: number,
    private losses: tf.Scalar[] | null,
    metrics: readonly Metric[],
  ) {
    const logs: Logs = {};
    if (losses !== null) this.define(logs, 'loss', () => losses.map((l) => l.dataSync()[0]));
    for (const m of metrics) {
      const names = metricNames(m);
      for (const name of names) {
        this.define(logs, name, () => {
          const v = m.accumulate();
          const vals = Array.isArray(v) ? v : [v];
          names.forEach((n, i) => this.cache.set(n, vals[i]));
          return this.cache.get(name);
        });
      }
    }
    logs.step = step;
    logs.batch_size = batchSize;
    this.logs = logs;
  }

  private define(logs: Logs, key: string, read: () => unknown): void {
    Object.defineProperty(logs, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        if (this.cache.has(key)) return this.cache.get(key);
        if (this.sealed) {
          throw new StaleLogsError(`logs.${key} of step ${String(this.logs.step)} was read after the next batch started; read it inside the hook (or copy it).`);
        }
        const v = read();
        this.cache.set(key, v);
        return v;
      },
    });
  }

  /** Reads every value now and returns plain logs (used at the end of a pass). */
  materialize(): Logs {
    const out: Logs = {};
    for (const k of Object.keys(this.logs)) out[k] = this.logs[k];
    return out;
  }

  /** Frees the loss tensors; values not read by now can no longer be read. */
  seal(): void {
    this.sealed = true;
    if (this.losses) tf.dispose(this.losses);
    this.losses = null;
  }
}
