import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, NotPreparedError, ShapeMismatchError } from '../../errors';
import type { Parameter } from '../../framework/parameter';
import { Layer } from '../../nn/layer/layer';
import type { Metric } from '../../metric/metric';

/**
 * The optimizer side `Model` relies on (the `Optimizer` contract in docs/architecture.md).
 * @category hapi
 */
export interface ModelOptimizer {
  minimize(lossFn: () => tf.Scalar): tf.Scalar;
  step(grads: tf.NamedTensorMap): void;
  clearGrad(): void;
  getLr(): number;
  setLr(lr: number): void;
  readonly learningRate: number | { step(...args: unknown[]): void };
  stateDict(): Record<string, unknown>;
  setStateDict(state: Record<string, unknown>): void;
}

/** A loss: an `nn.Layer` (called as `loss.call(...outputs, ...labels)`) or a function. @category hapi */
export type ModelLoss = Layer | ((...args: tf.Tensor[]) => tf.Tensor | tf.Tensor[]);

/** Turns a network output (a tensor or a nest of them) into a flat list. */
export function toTensorList(x: unknown, what: string): tf.Tensor[] {
  if (x instanceof tf.Tensor) return [x];
  if (Array.isArray(x)) return x.flatMap((v) => toTensorList(v, what));
  throw new InvalidArgumentError(what, 'a tf.Tensor or a list of tensors', x, 'Model');
}

/**
 * The tensor work of one batch — forward, loss, backward, update, metric totals — for train,
 * eval and predict. It never reads a value back from the device: losses are returned as kept
 * scalars owned by the caller, metric totals stay on the device.
 */
export class StepRunner {
  optimizer: ModelOptimizer | null = null;
  loss: ModelLoss | null = null;
  metrics: Metric[] = [];
  private mode: 'train' | 'eval' | null = null;
  private accGrads: tf.NamedTensorMap | null = null;

  constructor(readonly network: Layer) {}

  setMode(mode: 'train' | 'eval'): void {
    if (this.mode === mode) return;
    if (mode === 'train') this.network.train();
    else this.network.eval();
    this.mode = mode;
  }

  /** Forgets the cached train/eval mode (after the user switched the network by hand). */
  invalidateMode(): void {
    this.mode = null;
  }

  private lossParts(outputs: tf.Tensor[], labels: tf.Tensor[]): tf.Tensor[] {
    const loss = this.loss!;
    const raw = loss instanceof Layer ? loss.call(...outputs, ...labels) : loss(...outputs, ...labels);
    const parts = toTensorList(raw, 'loss');
    for (const p of parts) {
      if (p.rank !== 0) throw new ShapeMismatchError('Model: the loss', [], p.shape, "to return scalars (use reduction 'mean' or 'sum'), i.e.");
    }
    return parts;
  }

  private checkLabels(labels: tf.Tensor[], where: string): void {
    if (labels.length === 0) {
      throw new InvalidArgumentError('labels', 'at least one label tensor for the loss (give the batch a label field, or Model labels specs)', labels, where);
    }
  }

  /** Updates every metric with a batch's outputs and labels (on the device). */
  private updateMetrics(outputs: tf.Tensor[], labels: tf.Tensor[]): void {
    if (this.metrics.length === 0) return;
    tf.tidy(() => {
      for (const m of this.metrics) {
        const r = m.compute(...outputs, ...labels);
        m.update(...(Array.isArray(r) ? r : [r]));
      }
    });
  }

  /**
   * One training batch; returns the loss values as kept scalars (one per loss part).
   * @param update - apply the update now (false accumulates gradients, Paddle's `update=False`)
   */
  train(inputs: tf.Tensor[], labels: tf.Tensor[], update = true): tf.Scalar[] {
    if (!this.optimizer) throw new NotPreparedError('Model.trainBatch/fit need an optimizer: call model.prepare(optimizer, loss) first.');
    if (!this.loss) throw new NotPreparedError('Model.trainBatch/fit need a loss: call model.prepare(optimizer, loss) first.');
    this.checkLabels(labels, 'Model.fit');
    this.setMode('train');
    let outputs: tf.Tensor[] = [];
    let parts: tf.Scalar[] = [];
    const lossFn = (): tf.Scalar => {
      const out = toTensorList(this.network.call(...inputs), 'network output');
      const ls = this.lossParts(out, labels);
      outputs = out.map((o) => tf.keep(o));
      if (ls.length === 1) return ls[0] as tf.Scalar;
      parts = ls.map((l) => tf.keep(l) as tf.Scalar);
      return tf.addN(ls) as tf.Scalar;
    };
    let total: tf.Scalar;
    try {
      if (update && this.accGrads === null) {
        total = this.optimizer.minimize(lossFn);
      } else {
        const vars = this.network.parameters().filter((p: Parameter) => p.trainable);
        const { value, grads } = tf.variableGrads(lossFn, vars);
        total = value;
        if (this.accGrads === null) {
          this.accGrads = grads;
        } else {
          const acc = this.accGrads;
          const sum: tf.NamedTensorMap = { ...acc };
          for (const [k, g] of Object.entries(grads)) {
            if (acc[k]) {
              sum[k] = tf.add(acc[k], g);
              acc[k].dispose();
              g.dispose();
            } else {
              sum[k] = g;
            }
          }
          this.accGrads = sum;
        }
        if (update) this.applyAccumulated();
      }
      this.updateMetrics(outputs, labels);
    } finally {
      tf.dispose(outputs);
    }
    if (parts.length > 0) {
      total.dispose();
      return parts;
    }
    return [total];
  }

  private applyAccumulated(): void {
    const grads = this.accGrads;
    this.accGrads = null;
    if (!grads) return;
    try {
      this.optimizer!.step(grads);
    } finally {
      tf.dispose(Object.values(grads));
    }
  }

  /** One evaluation batch; returns kept loss scalars (empty without a loss). */
  eval(inputs: tf.Tensor[], labels: tf.Tensor[]): tf.Scalar[] {
    if (this.loss) this.checkLabels(labels, 'Model.evaluate');
    this.setMode('eval');
    return tf.tidy(() => {
      const outputs = toTensorList(this.network.call(...inputs), 'network output');
      const ls = this.loss ? this.lossParts(outputs, labels) : [];
      this.updateMetrics(outputs, labels);
      return ls as tf.Scalar[];
    });
  }

  /** One prediction batch; returns the network's outputs (owned by the caller). */
  predict(inputs: tf.Tensor[]): tf.Tensor[] {
    this.setMode('eval');
    return tf.tidy(() => toTensorList(this.network.call(...inputs), 'network output'));
  }

  /** Drops gradients accumulated with `update = false`. */
  clearAccumulated(): void {
    if (this.accGrads) tf.dispose(Object.values(this.accGrads));
    this.accGrads = null;
  }

  resetMetrics(): void {
    for (const m of this.metrics) m.reset();
  }
}
