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
export { seed, defaultGenerator, Generator, type GeneratorState } from './framework/random';
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
export { setDevice, getDevice, getDeviceInfo, type DeviceName, type DeviceInfo, type SetDeviceOptions } from './backend/device';
export type { BackendName, Runtime } from './backend/priority';
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
export { Model, type InputSpecs } from './hapi/model';
export { InputSpec } from './hapi/input-spec';
export { summary, type SummaryOptions, type SummaryResult, type InputSize } from './hapi/summary';
export { History } from './hapi/history';
export { save, type SaveOptions } from './hapi/checkpoint/save';
export { load } from './hapi/checkpoint/load';
export type { LoadOptions } from './hapi/checkpoint/model-checkpoint-io';
export type { FitOptions, EvaluateOptions, PredictOptions } from './hapi/model-options';
export type { EvalResult } from './hapi/evaluate-loop';
export type { ModelLoss, ModelOptimizer } from './hapi/step-runner';
export { toTensor } from './hapi/to-tensor';
/** `paddle.zoo`: the same object as `paddle.vision.models`. */
export * as zoo from './vision/models';
