/**
 * `paddle.nn.functional`: the functions behind the layers.
 * @module nn.functional
 */
// ---- layers (nn-layers) ----
export type { DataFormat } from './layout';
export type { Padding2D } from './padding';
export { conv2d, conv2dTranspose, type Conv2DFnOptions, type Conv2DTransposeFnOptions } from './conv';
export {
  maxPool2d, avgPool2d, adaptiveAvgPool2d, adaptiveMaxPool2d, type MaxPool2DFnOptions, type AvgPool2DFnOptions,
} from './pooling';
export {
  batchNorm, layerNorm, localResponseNorm, type BatchNormFnOptions, type NormDataFormat, type LocalResponseNormFnOptions,
} from './norm';
export { linear, flatten, embedding } from './common';
export { oneHot } from './one-hot';
export { dropout, dropout2d, type DropoutMode, type DropoutFnOptions, type Dropout2DFnOptions } from './dropout';
export { pad, type PadMode, type PadOptions } from './pad';
export { interpolate, interpolate as upsample, type InterpolateMode, type InterpolateFnOptions } from './interpolate';

// ---- activations and losses (nn-functional) ----
export {
  relu,
  relu6,
  leakyRelu,
  elu,
  hardswish,
  hardsigmoid,
  sigmoid,
  tanh,
  type LeakyReluOptions,
  type EluOptions,
  type HardsigmoidOptions,
} from './activation';
export { gelu, silu, swish, softplus, type GeluOptions, type SoftplusOptions } from './activation-smooth';
export { softmax, logSoftmax, type SoftmaxOptions } from './activation-softmax';
export {
  crossEntropy,
  softmaxWithCrossEntropy,
  mseLoss,
  l1Loss,
  smoothL1Loss,
  binaryCrossEntropy,
  binaryCrossEntropyWithLogits,
  nllLoss,
  klDiv,
  type CrossEntropyOptions,
  type SoftmaxWithCrossEntropyOptions,
  type ReductionOptions,
  type SmoothL1Options,
  type BCEOptions,
  type BCEWithLogitsOptions,
  type NLLLossOptions,
  type KLDivOptions,
  type KLDivReduction,
  type LabelCheckOption,
  type Reduction,
} from './loss';
