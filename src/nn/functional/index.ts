/**
 * `paddle.nn.functional`: the functions behind the layers.
 * @module nn.functional
 */
// ---- layers (nn-layers) ----
export type { DataFormat } from './layout';
export type { Padding2D } from './padding';
export { conv2d, conv2dTranspose, type Conv2DFnOptions, type Conv2DTransposeFnOptions, type Conv2dArgs, type Conv2dTransposeArgs } from './conv';
export {
  maxPool2d, avgPool2d, adaptiveAvgPool2d, adaptiveMaxPool2d, type MaxPool2DFnOptions, type AvgPool2DFnOptions,
  type MaxPool2dArgs, type AvgPool2dArgs, type AdaptiveAvgPool2dArgs, type AdaptiveMaxPool2dArgs,
} from './pooling';
export {
  batchNorm, layerNorm, localResponseNorm, type BatchNormFnOptions, type NormDataFormat, type LocalResponseNormFnOptions,
  type BatchNormArgs, type LocalResponseNormArgs, type LayerNormArgs,
} from './norm';
export { linear, flatten, embedding, type LinearArgs, type FlattenArgs, type EmbeddingArgs } from './common';
export { dropout, dropout2d, type DropoutMode, type DropoutFnOptions, type Dropout2DFnOptions,
  type DropoutArgs, type Dropout2dArgs } from './dropout';
export { pad, type PadMode, type PadOptions, type PadArgs } from './pad';
export { interpolate, interpolate as upsample, type InterpolateMode, type InterpolateFnOptions,
  type InterpolateArgs } from './interpolate';
export { oneHot } from './one-hot';

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
  type ReluArgs,
  type Relu6Args,
  type LeakyReluArgs,
  type EluArgs,
  type HardswishArgs,
  type HardsigmoidArgs,
  type SigmoidArgs,
  type TanhArgs,
} from './activation';
export { gelu, silu, swish, softplus, type GeluOptions, type SoftplusOptions,
  type GeluArgs, type SiluArgs, type SwishArgs, type SoftplusArgs } from './activation-smooth';
export { softmax, logSoftmax, type SoftmaxOptions, type SoftmaxArgs, type LogSoftmaxArgs } from './activation-softmax';
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
export type { CrossEntropyArgs } from './loss-cross-entropy';
export type { SoftmaxWithCrossEntropyArgs } from './loss-softmax-with-cross-entropy';
export type { MseLossArgs, L1LossArgs, SmoothL1LossArgs } from './loss-regression';
export type { BinaryCrossEntropyArgs, BinaryCrossEntropyWithLogitsArgs } from './loss-binary';
export type { NllLossArgs, KlDivArgs } from './loss-nll';
