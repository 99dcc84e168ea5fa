import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, NotPreparedError, UnsupportedError } from '../errors';
import type { Parameter } from '../framework/parameter';
import { ensureDevice } from '../backend/device';
import { Layer } from '../nn/layer/layer';
import { Metric, metricNames } from '../metric/metric';
import type { Callback, CallbackModel } from './callbacks/callback';
import { loadModel, saveModel, type LoadOptions } from './checkpoint/model-checkpoint-io';
import { isBatchIterable, iterableSource, type BatchSource } from './data-source';
import { datasetSource, isDataset } from './dataset-source';
import { runEvaluate, type EvalResult } from './evaluate-loop';
import { runFit } from './fit-loop';
import type { History } from './history';
import { InputSpec } from './input-spec';
import { runPredict } from './predict-loop';
import { flattenBatch, inputCount } from './batch-split';
import { StepRunner, type ModelLoss, type ModelOptimizer } from './step-runner';
import { summary, type InputSize, type SummaryResult } from './summary';
import { resolveFitOptions, type EvaluateOptions, type FitOptions, type PredictOptions } from './model-options';

/** Data `fit`/`evaluate`/`predict` accept: an `io.Dataset`, an `io.DataLoader`, or any iterable of batches. @category hapi */
export type ModelData = unknown;

/**
 * What `Model` takes as `inputs` or `labels`: one {@link InputSpec}, a list, a dict by name, or
 * nothing (then batches are split by the rule documented on {@link Model}).
 * @example
 * ```ts
 * const specs: paddle.InputSpecs = [new paddle.InputSpec([null, 1, 28, 28], 'float32', 'image')];
 * ```
 * @category hapi
 */
export type InputSpecs = InputSpec | InputSpec[] | Record<string, InputSpec> | null | undefined;

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

/**
 * Paddle's `paddle.Model`: wraps a network with the training, evaluation and prediction loops,
 * callbacks, metrics and checkpoints.
 *
 * **Inputs and labels.** Each batch is flattened to its tensor fields; the first fields are the
 * network's inputs and the rest are labels for the loss and metrics. With `inputs` specs, their
 * count decides; otherwise with `labels` specs, the last `labels.length` fields are labels;
 * otherwise the network's `forward` decides by its required parameters (`forward.length`, which
 * does not count parameters with defaults or rest parameters; for `forward(...xs)` every field
 * but the last is an input), at least one input and — when a loss needs labels — at most all
 * fields but the last. Paddle counts every `forward` parameter, optional ones included, and then
 * feeds a label into an optional input (a common Paddle error).
 *
 * @example
 * ```ts
 * const model = new paddle.Model(paddle.zoo.lenet());
 * model.prepare(
 *   new paddle.optimizer.Adam({ learningRate: 1e-3, parameters: model.parameters() }),
 *   new paddle.nn.CrossEntropyLoss(),
 *   new paddle.metric.Accuracy(),
 * );
 * await model.fit(trainDataset, testDataset, { epochs: 5, batchSize: 64, verbose: 1 });
 * const result = await model.evaluate(testDataset, { batchSize: 64 }); // { loss: [0.05], acc: 0.98 }
 * ```
 * @category hapi
 */
export class Model implements CallbackModel {
  /** The wrapped network. */
  readonly network: Layer;
  /** Set to true (e.g. from a callback) to stop `fit` after the current epoch. */
  stopTraining = false;
  /** The current mode. */
  mode: 'train' | 'eval' | 'predict' = 'train';
  /** @internal */
  readonly runner: StepRunner;
  /** @internal */
  readonly specs: { inputs: number | null; labels: number | null };
  private readonly inputSpecs: InputSpecs;
  private prepared = false;

  /**
   * @param network - the network
   * @param inputs - specs of the network inputs (decide how batches are split)
   * @param labels - specs of the labels
   * @throws {@link index!InvalidArgumentError} if `network` is not an `nn.Layer` or a spec is malformed
   */
  constructor(network: Layer, inputs?: InputSpecs, labels?: InputSpecs) {
    if (!(network instanceof Layer)) throw new InvalidArgumentError('network', 'an nn.Layer', network, 'Model');
    this.network = network;
    this.runner = new StepRunner(network);
    this.specs = { inputs: specCount(inputs, 'inputs'), labels: specCount(labels, 'labels') };
    this.inputSpecs = inputs;
  }

  /** The optimizer given to {@link Model.prepare}, or null. */
  get optimizer(): ModelOptimizer | null {
    return this.runner.optimizer;
  }

  /** The loss given to {@link Model.prepare}, or null. */
  get loss(): ModelLoss | null {
    return this.runner.loss;
  }

  /** The metrics given to {@link Model.prepare}. */
  get metrics(): readonly Metric[] {
    return this.runner.metrics;
  }

  /** @internal */
  get callbackModel(): CallbackModel {
    return this;
  }

  /**
   * Sets the optimizer, loss and metrics (Paddle's `prepare`).
   * @param optimizer - needed by `fit` and `trainBatch`
   * @param loss - an `nn.Layer` loss or a function `(…outputs, …labels) => scalar | scalar[]`
   * @param metrics - a metric or a list
   * @param ampConfigs - Paddle's mixed precision; only `'O0'` (off) — tfjs trains in float32
   * @throws {@link index!InvalidArgumentError} for a loss or metric of the wrong type
   * @throws {@link index!UnsupportedError} for an AMP level other than `'O0'`
   */
  prepare(optimizer?: ModelOptimizer | null, loss?: ModelLoss | null, metrics?: Metric | Metric[] | null, ampConfigs?: string | Record<string, unknown> | null): void {
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
    this.runner.optimizer = optimizer ?? null;
    this.runner.loss = loss ?? null;
    this.runner.metrics = ms;
    this.prepared = true;
  }

  private requirePrepared(what: string): void {
    if (!this.prepared) throw new NotPreparedError(`Model.${what} was called before Model.prepare(optimizer, loss, metrics).`);
  }

  private source(data: ModelData, argument: string, opts: { batchSize: number; shuffle: boolean; dropLast: boolean; numWorkers: number }): BatchSource {
    if (isDataset(data)) return datasetSource(data, opts);
    if (isBatchIterable(data)) return iterableSource(data);
    throw new InvalidArgumentError(argument, 'an io.Dataset, an io.DataLoader or an iterable of batches', data, 'Model');
  }

  /**
   * Trains the network (Paddle's `fit`), with Paddle's options and default callbacks
   * (`ProgBarLogger`, `ModelCheckpoint`, `LRScheduler`).
   * @param trainData - an `io.Dataset` (batched with `batchSize`, `shuffle`, `dropLast`), a DataLoader, or an iterable of batches
   * @param evalData - evaluated every `evalFreq` epochs
   * @param options - see {@link FitOptions}
   * @returns the {@link History} of epoch and evaluation logs
   * @throws {@link NotPreparedError} before `prepare` or without an optimizer or loss
   * @throws {@link index!InvalidArgumentError} for a batch without labels or a bad option
   * @throws {@link index!ShapeMismatchError} when the loss is not a scalar
   */
  async fit(trainData: ModelData, evalData?: ModelData | null, options: FitOptions = {}): Promise<History> {
    this.requirePrepared('fit');
    if (!this.runner.optimizer || !this.runner.loss) throw new NotPreparedError('Model.fit needs an optimizer and a loss: call model.prepare(optimizer, loss, metrics).');
    const cfg = resolveFitOptions(options);
    const train = this.source(trainData, 'trainData', { batchSize: cfg.trainBatchSize, shuffle: cfg.shuffle, dropLast: cfg.dropLast, numWorkers: cfg.numWorkers });
    const evalSrc = evalData == null ? null : this.source(evalData, 'evalData', { batchSize: cfg.evalBatchSize, shuffle: false, dropLast: false, numWorkers: cfg.numWorkers });
    await ensureDevice();
    this.mode = 'train';
    return runFit(this, train, evalSrc, { ...cfg, batchSize: isDataset(trainData) ? cfg.trainBatchSize : null });
  }

  /**
   * Evaluates the network (Paddle's `evaluate`).
   * @returns `{ loss: [mean loss per loss part], <metric name>: value }`; Paddle reports the last
   *   batch's loss, this reports the mean over all samples
   * @throws {@link NotPreparedError} before `prepare`
   */
  async evaluate(evalData: ModelData, options: EvaluateOptions = {}): Promise<EvalResult> {
    this.requirePrepared('evaluate');
    const batchSize = options.batchSize ?? 1;
    const src = this.source(evalData, 'evalData', { batchSize, shuffle: false, dropLast: false, numWorkers: options.numWorkers ?? 0 });
    await ensureDevice();
    this.mode = 'eval';
    return runEvaluate(this, src, {
      batchSize: isDataset(evalData) ? batchSize : null,
      logFreq: options.logFreq ?? 10,
      verbose: options.verbose ?? 2,
      callbacks: toCallbacks(options.callbacks),
      numIters: options.numIters ?? null,
    });
  }

  /**
   * Runs the network over `testData` (Paddle's `predict`); only the input fields of each batch
   * are fed. The returned tensors belong to the caller.
   * @returns per output, the per-batch tensors — or with `stackOutputs` one tensor per output
   */
  async predict(testData: ModelData, options: PredictOptions & { stackOutputs: true }): Promise<tf.Tensor[]>;
  async predict(testData: ModelData, options?: PredictOptions): Promise<tf.Tensor[][]>;
  async predict(testData: ModelData, options: PredictOptions = {}): Promise<tf.Tensor[][] | tf.Tensor[]> {
    const batchSize = options.batchSize ?? 1;
    const src = this.source(testData, 'testData', { batchSize, shuffle: false, dropLast: false, numWorkers: options.numWorkers ?? 0 });
    await ensureDevice();
    this.mode = 'predict';
    return runPredict(this, src, {
      batchSize: isDataset(testData) ? batchSize : null,
      verbose: options.verbose ?? 1,
      callbacks: toCallbacks(options.callbacks),
      stackOutputs: options.stackOutputs ?? false,
    });
  }

  private splitArgs(inputs: tf.Tensor | tf.Tensor[], labels: tf.Tensor | tf.Tensor[] | null | undefined): [tf.Tensor[], tf.Tensor[]] {
    const ins = flattenBatch(inputs);
    const labs = labels == null ? [] : flattenBatch(labels);
    return [ins, labs];
  }

  /**
   * Trains on one batch (Paddle's `train_batch`). Reads the values back.
   * @param update - false accumulates gradients for a later update
   * @returns the losses, and with metrics `[losses, metric values]` (running values since the last reset)
   */
  trainBatch(inputs: tf.Tensor | tf.Tensor[], labels?: tf.Tensor | tf.Tensor[] | null, update = true): number[] | [number[], (number | number[])[]] {
    this.requirePrepared('trainBatch');
    const [ins, labs] = this.splitArgs(inputs, labels);
    const losses = this.runner.train(ins, labs, update);
    return this.readBatch(losses);
  }

  /**
   * Evaluates one batch (Paddle's `eval_batch`).
   * @returns losses, `[losses, metric values]`, or metric values alone without a loss
   */
  evalBatch(inputs: tf.Tensor | tf.Tensor[], labels?: tf.Tensor | tf.Tensor[] | null): number[] | (number | number[])[] | [number[], (number | number[])[]] {
    this.requirePrepared('evalBatch');
    const [ins, labs] = this.splitArgs(inputs, labels);
    const losses = this.runner.eval(ins, labs);
    if (!this.runner.loss) return this.runner.metrics.map((m) => m.accumulate());
    return this.readBatch(losses);
  }

  private readBatch(losses: tf.Scalar[]): number[] | [number[], (number | number[])[]] {
    const values = losses.map((l) => l.dataSync()[0]);
    tf.dispose(losses);
    if (this.runner.metrics.length === 0) return values;
    return [values, this.runner.metrics.map((m) => m.accumulate())];
  }

  /**
   * Runs the network on one batch of inputs in eval mode (Paddle's `predict_batch`).
   * @returns the outputs, owned by the caller
   */
  predictBatch(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor[] {
    return this.runner.predict(flattenBatch(inputs));
  }

  /** The network's parameters (Paddle's `Model.parameters`). */
  parameters(): Parameter[] {
    return this.network.parameters();
  }

  /**
   * Prints the network's summary table (Paddle's `Model.summary`).
   * @param inputSize - defaults to the `inputs` specs
   * @param dtype - input dtype(s)
   * @throws {@link index!InvalidArgumentError} without an input size and without specs
   */
  summary(inputSize?: InputSize | InputSize[] | null, dtype?: string | string[]): SummaryResult {
    const size = inputSize ?? specsAsSizes(this.inputSpecs);
    if (size === null) throw new InvalidArgumentError('inputSize', 'a shape (or Model inputs specs)', inputSize, 'Model.summary');
    return summary(this.network, size, dtype === undefined ? {} : { dtypes: dtype });
  }

  /**
   * Saves `path.pdparams` (the network's state dict) and `path.pdopt` (optimizer state, when
   * there is any) as Python pickles that Paddle's `paddle.load` reads.
   * @param path - a file path without extension, `indexeddb://name` or `downloads://name`
   * @param training - Paddle saves an inference model when false; not supported here
   * @throws {@link index!UnsupportedError} for `training = false`
   */
  async save(path: string, training = true): Promise<void> {
    await saveModel(this.network, this.runner.optimizer, path, training);
  }

  /**
   * Loads `path.pdparams` (and `path.pdopt` when present), written here or by Python Paddle.
   * @param path - a path (with or without extension), a URL, `indexeddb://name`, or bytes
   * @param options - `skipMismatch` skips missing or mis-shaped keys (with a warning) and then
   *   resets the optimizer; `resetOptimizer` ignores `.pdopt`
   * @throws {@link index!StateDictError} for a missing key or a wrong shape
   */
  async load(path: string | Uint8Array | { pdparams: Uint8Array; pdopt?: Uint8Array }, options: LoadOptions = {}): Promise<void> {
    await loadModel(this.network, this.runner.optimizer, path, options);
    this.runner.invalidateMode();
  }

  /** The log names (`'loss'` and metric names). */
  metricsNames(): string[] {
    return [...(this.runner.loss ? ['loss'] : []), ...this.runner.metrics.flatMap(metricNames)];
  }
}

function toCallbacks(c: Callback | Callback[] | null | undefined): Callback[] {
  return c == null ? [] : Array.isArray(c) ? c : [c];
}

function specsAsSizes(s: InputSpecs): InputSize[] | null {
  if (s === null || s === undefined) return null;
  if (s instanceof InputSpec) return [s];
  if (Array.isArray(s)) return s;
  return Object.values(s);
}

