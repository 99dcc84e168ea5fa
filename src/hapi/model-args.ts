/**
 * The signatures of `Model`'s constructor and methods other than the loops' (those are in
 * loops/options.ts), and the checks of `new Model(...)` and `prepare(...)`.
 */
import type * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, UnsupportedError } from '../errors';
import { defineSignature, type RecordGuard } from '../framework/args';
import { Layer } from '../nn/layer/layer';
import { Metric } from '../metric/metric';
import type { LoadOptions } from './checkpoint/model-checkpoint-io';
import { InputSpec } from './input-spec';
import type { SpecCounts } from './loops/run-pass';
import type { ModelLoss, ModelOptimizer } from './loops/step-runner';
import type { InputSize } from './summary';

/**
 * What `Model` takes as `inputs` or `labels`: one {@link InputSpec}, a list, a dict by name, or
 * nothing (then batches are split by the rule documented on {@link index!Model}).
 * @example
 * ```ts
 * const specs: paddle.InputSpecs = [new paddle.InputSpec([null, 1, 28, 28], 'float32', 'image')];
 * ```
 * @category hapi
 */
export type InputSpecs = InputSpec | InputSpec[] | Record<string, InputSpec> | null | undefined;

/**
 * All of `new Model(...)`'s arguments by name.
 *
 * @example
 * ```ts
 * // Paddle: paddle.Model(network=net)
 * const model = new paddle.Model({ network: net });
 * ```
 * @category hapi
 */
export interface ModelArgs {
  network: Layer;
  inputs?: InputSpecs;
  labels?: InputSpecs;
}

/** Paddle's AMP config dict, of which only level `'O0'` (off) runs here. @category hapi */
export type AmpConfigs = string | { level?: string; [key: string]: unknown } | null;

/**
 * All of {@link index!Model.prepare}'s arguments by name.
 *
 * @example
 * ```ts
 * // Paddle: model.prepare(optimizer=opt, loss=nn.CrossEntropyLoss(), metrics=metric.Accuracy())
 * model.prepare({ optimizer: opt, loss: new paddle.nn.CrossEntropyLoss(), metrics: new paddle.metric.Accuracy() });
 * ```
 * @category hapi
 */
export interface PrepareArgs {
  /** Needed by `fit` and `trainBatch`. */
  optimizer?: ModelOptimizer | null;
  /** An `nn.Layer` loss or a function `(…outputs, …labels) => scalar | scalar[]`. */
  loss?: ModelLoss | null;
  /** A metric or a list. */
  metrics?: Metric | Metric[] | null;
  /** Paddle's mixed precision; only `'O0'` (off) — tfjs trains in float32. */
  ampConfigs?: AmpConfigs;
}

/** Options of {@link index!Model.trainBatch} after `inputs`. @category hapi */
export interface TrainBatchOptions {
  labels?: tf.Tensor | tf.Tensor[] | null;
  /** False accumulates gradients for a later update. @defaultValue true */
  update?: boolean;
}
/**
 * All of {@link index!Model.trainBatch}'s arguments by name.
 *
 * @example
 * ```ts
 * // Paddle: model.train_batch(inputs=[x], labels=[y])
 * const losses = model.trainBatch({ inputs: [x], labels: [y] });
 * ```
 * @category hapi
 */
export interface TrainBatchArgs extends TrainBatchOptions {
  inputs: tf.Tensor | tf.Tensor[];
}
/**
 * All of {@link index!Model.evalBatch}'s arguments by name.
 *
 * @example
 * ```ts
 * // Paddle: model.eval_batch(inputs=[x], labels=[y])
 * const losses = model.evalBatch({ inputs: [x], labels: [y] });
 * ```
 * @category hapi
 */
export interface EvalBatchArgs {
  inputs: tf.Tensor | tf.Tensor[];
  labels?: tf.Tensor | tf.Tensor[] | null;
}
/**
 * All of {@link index!Model.save}'s arguments by name.
 *
 * @example
 * ```ts
 * // Paddle: model.save(path='checkpoints/final', training=True)
 * await model.save({ path: 'checkpoints/final', training: true });
 * ```
 * @category hapi
 */
export interface SaveArgs {
  path: string;
  training?: boolean;
}
/** What {@link index!Model.load} reads: a path, a URL, bytes, or the two files' bytes. @category hapi */
export type LoadSource = string | Uint8Array | { pdparams: Uint8Array; pdopt?: Uint8Array };
/**
 * All of {@link index!Model.load}'s arguments by name.
 *
 * @example
 * ```ts
 * // Paddle: model.load(path='checkpoints/final', skip_mismatch=True)
 * await model.load({ path: 'checkpoints/final', skipMismatch: true });
 * ```
 * @category hapi
 */
export interface LoadArgs extends LoadOptions {
  path: LoadSource;
}
/** Options of {@link index!Model.summary}. @category hapi */
export interface ModelSummaryOptions {
  /** Defaults to the `inputs` specs. */
  inputSize?: InputSize | InputSize[] | null;
  /** Input dtype(s). */
  dtype?: string | string[];
}

const specsRecord: RecordGuard = (v) => {
  const values = Object.values(v);
  return values.length > 0 && values.every((s) => s instanceof InputSpec);
};
// Keys of Paddle's amp_configs dict: a plain object holding any of them is that dict.
const AMP_KEYS = ['level', 'init_loss_scaling', 'incr_ratio', 'decr_ratio', 'incr_every_n_steps', 'decr_every_n_nan_or_inf', 'use_dynamic_loss_scaling', 'custom_white_list', 'custom_black_list', 'use_pure_fp16', 'use_fp16_guard', 'dtype'];

export const MODEL = defineSignature('Model', ['network', 'inputs', 'labels'], { required: 1, records: { inputs: specsRecord, labels: specsRecord } });
export const PREPARE = defineSignature('Model.prepare', ['optimizer', 'loss', 'metrics', 'ampConfigs'], {
  records: {
    // A duck-typed optimizer written as an object literal is the optimizer, not options.
    optimizer: (v) => typeof v.minimize === 'function',
    ampConfigs: (v) => Object.keys(v).some((k) => AMP_KEYS.includes(k)),
  },
});
export const TRAIN_BATCH = defineSignature('Model.trainBatch', ['inputs', 'labels', 'update'], { required: 1 });
export const EVAL_BATCH = defineSignature('Model.evalBatch', ['inputs', 'labels'], { required: 1 });
export const PREDICT_BATCH = defineSignature('Model.predictBatch', ['inputs'], { required: 1 });
export const SAVE = defineSignature('Model.save', ['path', 'training'], { required: 1 });
export const LOAD = defineSignature('Model.load', ['path', 'skipMismatch', 'resetOptimizer'], {
  required: 1,
  records: { path: (v) => v.pdparams instanceof Uint8Array },
});
export const MODEL_SUMMARY = defineSignature('Model.summary', ['inputSize', 'dtype']);

/** How many batch fields `inputs`/`labels` specs claim (null when not given). */
export function specCounts(inputs: InputSpecs, labels: InputSpecs): SpecCounts {
  return { inputs: specCount(inputs, 'inputs'), labels: specCount(labels, 'labels') };
}

function specCount(s: InputSpecs, what: string): number | null {
  if (s === null || s === undefined) return null;
  if (s instanceof InputSpec) return 1;
  if (Array.isArray(s)) {
    s.forEach((x, i) => {
      if (!(x instanceof InputSpec)) throw new InvalidArgumentError(`${what}[${i}]`, 'an InputSpec', x, 'Model');
    });
    return s.length;
  }
  if (typeof s === 'object') return Object.keys(s).length;
  throw new InvalidArgumentError(what, 'an InputSpec, a list of InputSpecs, or null', s, 'Model');
}

/** The `inputs` specs as `summary`'s input sizes. */
export function specsAsSizes(s: InputSpecs): InputSize[] | null {
  if (s === null || s === undefined) return null;
  if (s instanceof InputSpec) return [s];
  if (Array.isArray(s)) return s;
  return Object.values(s);
}

/** `prepare`'s arguments checked: the optimizer, loss and metrics list. */
export function checkPrepare(o: PrepareArgs): { optimizer: ModelOptimizer | null; loss: ModelLoss | null; metrics: Metric[] } {
  const { optimizer, loss, metrics, ampConfigs } = o;
  const amp = typeof ampConfigs === 'object' && ampConfigs !== null ? ampConfigs.level : ampConfigs;
  if (ampConfigs != null && amp !== 'O0') {
    throw new UnsupportedError(`Model.prepare: mixed precision (ampConfigs level ${JSON.stringify(amp ?? 'O1')}) is not available on tfjs; pass 'O0' or leave it out.`);
  }
  if (optimizer != null && (typeof optimizer !== 'object' || typeof optimizer.minimize !== 'function')) {
    throw new InvalidArgumentError('optimizer', 'a paddle.optimizer.Optimizer', optimizer, 'Model.prepare');
  }
  if (loss != null && !(loss instanceof Layer) && typeof loss !== 'function') {
    throw new InvalidArgumentError('loss', 'an nn.Layer loss or a function', loss, 'Model.prepare');
  }
  const ms = metrics == null ? [] : Array.isArray(metrics) ? metrics : [metrics];
  ms.forEach((m, i) => {
    if (!(m instanceof Metric)) throw new InvalidArgumentError(`metrics[${i}]`, 'a paddle.metric.Metric', m, 'Model.prepare');
  });
  return { optimizer: optimizer ?? null, loss: loss ?? null, metrics: ms };
}
