import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, NotPreparedError } from '../errors';
import { resolveArgs } from '../framework/args';
import type { Parameter } from '../framework/parameter';
import { ensureDevice } from '../backend/device';
import { Layer } from '../nn/layer/layer';
import { metricNames, type Metric } from '../metric/metric';
import type { Callback, CallbackModel } from './callbacks/callback';
import { loadModel, saveModel, type LoadOptions } from './checkpoint/model-checkpoint-io';
import { toBatchSource, type ModelData } from './data/batch-source';
import { flattenBatch } from './data/batch-split';
import { runEvaluate, type EvalResult } from './loops/evaluate';
import { runFit } from './loops/fit';
import type { History } from './loops/history';
import {
  EVALUATE, FIT, PREDICT, inOrder, resolveFitOptions, toCallbacks,
  type EvaluateArgs, type EvaluateOptions, type FitArgs, type FitOptions, type PredictArgs, type PredictOptions,
} from './loops/options';
import { runPredict } from './loops/predict';
import type { SpecCounts } from './loops/run-pass';
import { StepRunner, type ModelLoss, type ModelOptimizer } from './loops/step-runner';
import {
  EVAL_BATCH, LOAD, MODEL, MODEL_SUMMARY, PREDICT_BATCH, PREPARE, SAVE, TRAIN_BATCH, checkPrepare, specCounts, specsAsSizes,
  type AmpConfigs, type EvalBatchArgs, type InputSpecs, type LoadArgs, type LoadSource, type ModelArgs, type ModelSummaryOptions,
  type PrepareArgs, type SaveArgs, type TrainBatchArgs, type TrainBatchOptions,
} from './model-args';
import { summary, type InputSize, type SummaryResult } from './summary';

export type { ModelData } from './data/batch-source';
export type { InputSpecs } from './model-args';


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
 * // Paddle: model.fit(train_dataset, epochs=5, batch_size=64) — the same by name:
 * await model.fit({ trainData: trainDataset, epochs: 5, batchSize: 64 });
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
  readonly specs: SpecCounts;
  private readonly inputSpecs: InputSpecs;
  private prepared = false;

  /**
   * Wraps `network` (Paddle's `paddle.Model(network, inputs=None, labels=None)`).
   * @param args - every argument by name, Paddle's keyword form (see {@link ModelArgs})
   * @throws {@link index!InvalidArgumentError} if `network` is not an `nn.Layer` or a spec is malformed
   * @example
   * ```ts
   * // Paddle: paddle.Model(network=net, inputs=[InputSpec([None, 784], 'float32', 'x')])
   * new paddle.Model({ network: net, inputs: [new paddle.InputSpec([null, 784], 'float32', 'x')] });
   * ```
   */
  constructor(args: ModelArgs);
  constructor(network: Layer, options?: Omit<ModelArgs, 'network'>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param network - the network
   * @param inputs - specs of the network inputs (decide how batches are split)
   * @param labels - specs of the labels
   */
  constructor(network: Layer, inputs?: InputSpecs, labels?: InputSpecs);
  constructor(...args: unknown[]) {
    const o = resolveArgs<ModelArgs>(MODEL, args);
    if (!(o.network instanceof Layer)) throw new InvalidArgumentError('network', 'an nn.Layer', o.network, 'Model');
    this.network = o.network;
    this.runner = new StepRunner(o.network);
    this.specs = specCounts(o.inputs, o.labels);
    this.inputSpecs = o.inputs;
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
   * @param args - every argument by name, Paddle's keyword form (see {@link PrepareArgs})
   * @throws {@link index!InvalidArgumentError} for a loss or metric of the wrong type
   * @throws {@link index!UnsupportedError} for an AMP level other than `'O0'`
   * @example
   * ```ts
   * // Paddle: model.prepare(optimizer=opt, loss=nn.CrossEntropyLoss(), metrics=paddle.metric.Accuracy())
   * model.prepare({ optimizer: opt, loss: new paddle.nn.CrossEntropyLoss(), metrics: new paddle.metric.Accuracy() });
   * ```
   */
  prepare(args: PrepareArgs): void;
  /**
   * Positional form, in Paddle's order.
   *
   * @param optimizer - needed by `fit` and `trainBatch`
   * @param loss - an `nn.Layer` loss or a function `(…outputs, …labels) => scalar | scalar[]`
   * @param metrics - a metric or a list
   * @param ampConfigs - Paddle's mixed precision; only `'O0'` (off) — tfjs trains in float32
   */
  prepare(optimizer?: ModelOptimizer | null, loss?: ModelLoss | null, metrics?: Metric | Metric[] | null, ampConfigs?: AmpConfigs): void;
  prepare(...args: unknown[]): void {
    const { optimizer, loss, metrics } = checkPrepare(resolveArgs<PrepareArgs>(PREPARE, args));
    this.runner.optimizer = optimizer;
    this.runner.loss = loss;
    this.runner.metrics = metrics;
    this.prepared = true;
  }

  private requirePrepared(what: string): void {
    if (!this.prepared) throw new NotPreparedError(`Model.${what} was called before Model.prepare(optimizer, loss, metrics).`);
  }

  /**
   * Trains the network (Paddle's `fit`), with Paddle's options and default callbacks
   * (`ProgBarLogger`, `ModelCheckpoint`, `LRScheduler`). Awaits the data's `ready()` first.
   * @param args - every argument by name, Paddle's keyword form (see {@link FitArgs})
   * @returns the {@link History} of epoch and evaluation logs
   * @throws {@link NotPreparedError} before `prepare` or without an optimizer or loss
   * @throws {@link index!InvalidArgumentError} for a batch without labels, a bad option or an unknown key
   * @throws {@link index!ShapeMismatchError} when the loss is not a scalar
   * @example
   * ```ts
   * // Paddle: model.fit(train_dataset, epochs=5, batch_size=64, verbose=1)
   * await model.fit(trainDataset, { epochs: 5, batchSize: 64, verbose: 1 });
   * await model.fit({ trainData: trainDataset, evalData: testDataset, epochs: 5 });
   * ```
   */
  async fit(args: FitArgs): Promise<History>;
  async fit(trainData: ModelData, options?: FitOptions): Promise<History>;
  async fit(trainData: ModelData, evalData?: ModelData | null, options?: Omit<FitOptions, 'evalData'>): Promise<History>;
  /**
   * Positional form, in Paddle's order.
   *
   * @param trainData - an `io.Dataset` (batched with `batchSize`, `shuffle`, `dropLast`), a DataLoader, or an iterable of batches
   * @param evalData - evaluated every `evalFreq` epochs
   */
  async fit(
    trainData: ModelData, evalData?: ModelData | null, batchSize?: number | [number, number], epochs?: number, evalFreq?: number,
    logFreq?: number, saveDir?: string | null, saveFreq?: number, verbose?: number, dropLast?: boolean, shuffle?: boolean,
    numWorkers?: number, callbacks?: Callback | Callback[] | null, accumulateGradBatches?: number, numIters?: number | null,
  ): Promise<History>;
  async fit(...args: unknown[]): Promise<History> {
    const o = resolveArgs<FitArgs>(FIT, args);
    this.requirePrepared('fit');
    if (!this.runner.optimizer || !this.runner.loss) throw new NotPreparedError('Model.fit needs an optimizer and a loss: call model.prepare(optimizer, loss, metrics).');
    const cfg = resolveFitOptions(o);
    const train = await toBatchSource(o.trainData, 'trainData', 'Model.fit', cfg.train);
    const evalSrc = o.evalData == null ? null : await toBatchSource(o.evalData, 'evalData', 'Model.fit', cfg.eval);
    await ensureDevice();
    this.mode = 'train';
    return runFit(this, train, evalSrc, cfg.config);
  }

  /**
   * Evaluates the network (Paddle's `evaluate`). Awaits the data's `ready()` first.
   * @returns `{ loss: [mean loss per loss part], <metric name>: value }`; Paddle reports the last
   *   batch's loss, this reports the mean over all samples
   * @throws {@link NotPreparedError} before `prepare`
   * @example
   * ```ts
   * // Paddle: model.evaluate(eval_data=test_dataset, batch_size=64, verbose=0)
   * await model.evaluate({ evalData: testDataset, batchSize: 64, verbose: 0 }); // { loss: [0.05], acc: 0.98 }
   * ```
   */
  async evaluate(args: EvaluateArgs): Promise<EvalResult>;
  async evaluate(evalData: ModelData, options?: EvaluateOptions): Promise<EvalResult>;
  async evaluate(
    evalData: ModelData, batchSize?: number, logFreq?: number, verbose?: number, numWorkers?: number,
    callbacks?: Callback | Callback[] | null, numIters?: number | null,
  ): Promise<EvalResult>;
  async evaluate(...args: unknown[]): Promise<EvalResult> {
    const o = resolveArgs<EvaluateArgs>(EVALUATE, args);
    this.requirePrepared('evaluate');
    const src = await toBatchSource(o.evalData, 'evalData', 'Model.evaluate', inOrder(o.batchSize ?? 1, o.numWorkers ?? 0));
    await ensureDevice();
    this.mode = 'eval';
    return runEvaluate(this, src, {
      logFreq: o.logFreq ?? 10,
      verbose: o.verbose ?? 2,
      callbacks: toCallbacks(o.callbacks),
      numIters: o.numIters ?? null,
    });
  }

  /**
   * Runs the network over `testData` (Paddle's `predict`); only the input fields of each batch
   * are fed. Awaits the data's `ready()` first. The returned tensors belong to the caller.
   * @returns per output, the per-batch tensors — or with `stackOutputs` one tensor per output
   * @example
   * ```ts
   * // Paddle: model.predict(test_data=test_dataset, batch_size=64, stack_outputs=True)
   * const [logits] = await model.predict({ testData: testDataset, batchSize: 64, stackOutputs: true });
   * ```
   */
  async predict(args: PredictArgs & { stackOutputs: true }): Promise<tf.Tensor[]>;
  async predict(args: PredictArgs): Promise<tf.Tensor[][]>;
  async predict(testData: ModelData, options: PredictOptions & { stackOutputs: true }): Promise<tf.Tensor[]>;
  async predict(testData: ModelData, options?: PredictOptions): Promise<tf.Tensor[][]>;
  async predict(
    testData: ModelData, batchSize: number | undefined, numWorkers: number | undefined, stackOutputs: true, verbose?: number,
    callbacks?: Callback | Callback[] | null,
  ): Promise<tf.Tensor[]>;
  async predict(
    testData: ModelData, batchSize?: number, numWorkers?: number, stackOutputs?: false, verbose?: number,
    callbacks?: Callback | Callback[] | null,
  ): Promise<tf.Tensor[][]>;
  async predict(
    testData: ModelData, batchSize?: number, numWorkers?: number, stackOutputs?: boolean, verbose?: number,
    callbacks?: Callback | Callback[] | null,
  ): Promise<tf.Tensor[][] | tf.Tensor[]>;
  async predict(...args: unknown[]): Promise<tf.Tensor[][] | tf.Tensor[]> {
    const o = resolveArgs<PredictArgs>(PREDICT, args);
    const src = await toBatchSource(o.testData, 'testData', 'Model.predict', inOrder(o.batchSize ?? 1, o.numWorkers ?? 0));
    await ensureDevice();
    this.mode = 'predict';
    return runPredict(this, src, {
      verbose: o.verbose ?? 1,
      callbacks: toCallbacks(o.callbacks),
      stackOutputs: o.stackOutputs ?? false,
    });
  }

  /**
   * Trains on one batch (Paddle's `train_batch`). Reads the values back.
   * @param args - every argument by name, Paddle's keyword form (see {@link TrainBatchArgs})
   * @returns the losses, and with metrics `[losses, metric values]` (running values since the last reset)
   * @example
   * ```ts
   * // Paddle: model.train_batch(inputs=[x], labels=[y], update=False)
   * model.trainBatch({ inputs: [x], labels: [y], update: false });
   * ```
   */
  trainBatch(args: TrainBatchArgs): number[] | [number[], (number | number[])[]];
  trainBatch(inputs: tf.Tensor | tf.Tensor[], options?: TrainBatchOptions): number[] | [number[], (number | number[])[]];
  /**
   * Positional form, in Paddle's order.
   *
   * @param update - false accumulates gradients for a later update
   */
  trainBatch(inputs: tf.Tensor | tf.Tensor[], labels?: tf.Tensor | tf.Tensor[] | null, update?: boolean): number[] | [number[], (number | number[])[]];
  trainBatch(...args: unknown[]): number[] | [number[], (number | number[])[]] {
    const o = resolveArgs<TrainBatchArgs>(TRAIN_BATCH, args);
    this.requirePrepared('trainBatch');
    const losses = this.runner.train(flattenBatch(o.inputs), flattenLabels(o.labels), o.update ?? true);
    return this.readBatch(losses);
  }

  /**
   * Evaluates one batch (Paddle's `eval_batch`).
   * @returns losses, `[losses, metric values]`, or metric values alone without a loss
   * @example
   * ```ts
   * // Paddle: model.eval_batch(inputs=[x], labels=[y])
   * model.evalBatch({ inputs: [x], labels: [y] });
   * ```
   */
  evalBatch(args: EvalBatchArgs): number[] | (number | number[])[] | [number[], (number | number[])[]];
  evalBatch(inputs: tf.Tensor | tf.Tensor[], labels?: tf.Tensor | tf.Tensor[] | null): number[] | (number | number[])[] | [number[], (number | number[])[]];
  evalBatch(...args: unknown[]): number[] | (number | number[])[] | [number[], (number | number[])[]] {
    const o = resolveArgs<EvalBatchArgs>(EVAL_BATCH, args);
    this.requirePrepared('evalBatch');
    const losses = this.runner.eval(flattenBatch(o.inputs), flattenLabels(o.labels));
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
   * @example
   * ```ts
   * // Paddle: model.predict_batch(inputs=[x])
   * const [logits] = model.predictBatch({ inputs: [x] });
   * ```
   */
  predictBatch(args: { inputs: tf.Tensor | tf.Tensor[] }): tf.Tensor[];
  predictBatch(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor[];
  predictBatch(...args: unknown[]): tf.Tensor[] {
    const o = resolveArgs<{ inputs: tf.Tensor | tf.Tensor[] }>(PREDICT_BATCH, args);
    return this.runner.predict(flattenBatch(o.inputs));
  }

  /** The network's parameters (Paddle's `Model.parameters`). */
  parameters(): Parameter[] {
    return this.network.parameters();
  }

  /**
   * Prints the network's summary table (Paddle's `Model.summary`).
   * @param args - every argument by name, Paddle's keyword form
   * @throws {@link index!InvalidArgumentError} without an input size and without specs
   * @example
   * ```ts
   * // Paddle: model.summary(input_size=(1, 1, 28, 28))
   * model.summary({ inputSize: [1, 1, 28, 28] });
   * ```
   */
  summary(args: ModelSummaryOptions): SummaryResult;
  /**
   * Positional form, in Paddle's order.
   *
   * @param inputSize - defaults to the `inputs` specs
   * @param dtype - input dtype(s)
   */
  summary(inputSize?: InputSize | InputSize[] | null, dtype?: string | string[]): SummaryResult;
  summary(...args: unknown[]): SummaryResult {
    const o = resolveArgs<ModelSummaryOptions>(MODEL_SUMMARY, args);
    const size = o.inputSize ?? specsAsSizes(this.inputSpecs);
    if (size === null) throw new InvalidArgumentError('inputSize', 'a shape (or Model inputs specs)', o.inputSize, 'Model.summary');
    return summary(this.network, size, o.dtype === undefined ? {} : { dtypes: o.dtype });
  }

  /**
   * Saves `path.pdparams` (the network's state dict) and `path.pdopt` (optimizer state, when
   * there is any) as Python pickles that Paddle's `paddle.load` reads.
   * @param args - every argument by name, Paddle's keyword form (see {@link SaveArgs})
   * @throws {@link index!UnsupportedError} for `training = false`
   * @example
   * ```ts
   * // Paddle: model.save(path='checkpoint/test', training=True)
   * await model.save({ path: 'checkpoint/test' });
   * ```
   */
  async save(args: SaveArgs): Promise<void>;
  /**
   * Positional form, in Paddle's order.
   *
   * @param path - a file path without extension, `indexeddb://name` or `downloads://name`
   * @param training - Paddle saves an inference model when false; not supported here
   */
  async save(path: string, training?: boolean): Promise<void>;
  async save(...args: unknown[]): Promise<void> {
    const o = resolveArgs<SaveArgs>(SAVE, args);
    await saveModel(this.network, this.runner.optimizer, o.path, o.training ?? true);
  }

  /**
   * Loads `path.pdparams` (and `path.pdopt` when present), written here or by Python Paddle.
   * @param args - every argument by name, Paddle's keyword form (see {@link LoadArgs})
   * @throws {@link index!StateDictError} for a missing key or a wrong shape
   * @example
   * ```ts
   * // Paddle: model.load(path='checkpoint/test', skip_mismatch=True)
   * await model.load('checkpoint/test', { skipMismatch: true });
   * ```
   */
  async load(args: LoadArgs): Promise<void>;
  /**
   * Positional form: Paddle's leading arguments by position, the rest by name in `options`.
   *
   * @param options - `skipMismatch` skips missing or mis-shaped keys (with a warning) and then
   *   resets the optimizer; `resetOptimizer` ignores `.pdopt`
   */
  async load(path: LoadSource, options?: LoadOptions): Promise<void>;
  /**
   * Positional form, in Paddle's order.
   *
   * @param path - a path (with or without extension), a URL, `indexeddb://name`, or bytes
   */
  async load(path: LoadSource, skipMismatch?: boolean, resetOptimizer?: boolean): Promise<void>;
  async load(...args: unknown[]): Promise<void> {
    const { path, ...options } = resolveArgs<LoadArgs>(LOAD, args);
    await loadModel(this.network, this.runner.optimizer, path, options);
    this.runner.invalidateMode();
  }

  /** The log names (`'loss'` and metric names). */
  metricsNames(): string[] {
    return [...(this.runner.loss ? ['loss'] : []), ...this.runner.metrics.flatMap(metricNames)];
  }
}

function flattenLabels(labels: tf.Tensor | tf.Tensor[] | null | undefined): tf.Tensor[] {
  return labels == null ? [] : flattenBatch(labels);
}
