/**
 * tfjs-hapi: PaddlePaddle's high-level API on TensorFlow.js.
 *
 * @example
 * ```ts
 * import * as paddle from 'tfjs-hapi';
 * await paddle.setDevice('auto');
 * const model = new paddle.Model(paddle.zoo.lenet());
 * ```
 * @packageDocumentation
 */
import './backend/register';

// ---- framework (lead) ----
export { seed, defaultGenerator, Generator, type GeneratorState, type SeedArgs } from './framework/random';
export { isParameter, type Parameter, type ParameterAttributes, type WeightDecayRegularizer } from './framework/parameter';

// ---- errors (lead) ----
export {
  HapiError,
  InvalidArgumentError,
  ShapeMismatchError,
  NotPreparedError,
  BackendUnavailableError,
  CorruptFileError,
  StateDictError,
  ResourceNotFoundError,
  UnsupportedError,
  DataLoaderError,
} from './errors';

// ---- backend (issue 2) ----
export { setDevice, getDevice, getDeviceInfo, type DeviceName, type DeviceInfo, type SetDeviceOptions, type SetDeviceArgs } from './backend/device';
export type { BackendName } from './backend/priority';
export type { Runtime } from './framework/runtime';
export type { WasmPaths } from './backend/wasm';

// ---- nn (issue 3) ----
export * as nn from './nn';
export { createParameter, ParamAttr } from './nn';

// ---- optimizer (issue 4) ----
export * as optimizer from './optimizer';
export * as regularizer from './optimizer/regularizer';
export { grad, type GradOptions, type GradArgs } from './framework/grad';

// ---- io, vision.transforms (issue 5) ----
export * as io from './io';
export * as vision from './vision';

// ---- vision.datasets, pickle (issue 6) ----

// ---- hapi: Model, summary, metric, callbacks, save/load (issue 7) ----
export * as metric from './metric';
export * as callbacks from './callbacks';
export { Model, type InputSpecs, type ModelData } from './hapi/model';
export type { Batch } from './hapi/data/batch-source';
export type { ModelArgs, PrepareArgs, AmpConfigs, TrainBatchArgs, TrainBatchOptions, EvalBatchArgs, SaveArgs, LoadArgs, LoadSource, ModelSummaryOptions } from './hapi/model-args';
export { InputSpec, type InputSpecArgs, type InputSpecOptions } from './hapi/input-spec';
export { summary, type SummaryOptions, type SummaryArgs, type SummaryResult, type InputSize } from './hapi/summary';
export { History } from './hapi/loops/history';
export { save, type SaveOptions, type SaveFileArgs } from './io/checkpoint/save';
export { load, type LoadFileArgs } from './io/checkpoint/load';
export type { LoadOptions } from './hapi/checkpoint/model-checkpoint-io';
export type { FitOptions, FitArgs, EvaluateOptions, EvaluateArgs, PredictOptions, PredictArgs } from './hapi/loops/options';
export type { EvalResult } from './hapi/loops/evaluate';
export type { ModelLoss, ModelOptimizer } from './hapi/loops/step-runner';
/** `paddle.zoo`: the same object as `paddle.vision.models`. */
export * as zoo from './vision/models';

// ---- tensor functions (issue 13) ----
export * from './tensor';
