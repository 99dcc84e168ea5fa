// Level 2 (docs/architecture.md, Levels): Layer, layers, losses, functional, initializers, clip.
// May import io/ and level 1 (framework/, backend/, metric/) and errors/; never hapi/, vision/, optimizer/.
/**
 * `paddle.nn`: layers, losses, initializers and functional ops with Paddle's semantics.
 * @module nn
 */
// ---- Layer base, containers, layers (issue 3, layers) ----
export {
  Layer,
  type ForwardPreHook,
  type ForwardPostHook,
  type HookRemoveHelper,
  type LayoutKind,
  type SetStateDictOptions,
  type CreateParameterOptions,
} from './layer/layer';
export { createParameter, type CreateParameterFnOptions, type CreateParameterArgs } from './layer/create-parameter';
export { ParamAttr, type ParamAttrOptions, type ParamAttrArgs, type ParamAttrLike } from './param-attr';
export { Sequential } from './layer/container/sequential';
export { LayerList, type LayerListArgs } from './layer/container/layer-list';
export { LayerDict, type LayerDictArgs } from './layer/container/layer-dict';
export { Linear, type LinearOptions, type LinearArgs } from './layer/linear';
export { Conv2D, type Conv2DOptions, type Conv2DArgs } from './layer/conv2d';
export { Conv2DTranspose, type Conv2DTransposeOptions, type Conv2DTransposeArgs } from './layer/conv2d-transpose';
export type { BaseConvOptions } from './layer/base-conv';
export {
  MaxPool2D, AvgPool2D, AdaptiveAvgPool2D, AdaptiveMaxPool2D, type MaxPool2DOptions, type MaxPool2DArgs, type AvgPool2DOptions,
  type AvgPool2DArgs, type AdaptiveOutputSize, type AdaptiveAvgPool2DOptions, type AdaptiveAvgPool2DArgs,
  type AdaptiveMaxPool2DOptions, type AdaptiveMaxPool2DArgs,
} from './layer/pooling';
export {
  BatchNorm1D, BatchNorm2D, type BatchNormOptions, type BatchNormArgs, type BatchNorm1DArgs, type BatchNorm2DArgs,
} from './layer/batch-norm';
export { LayerNorm, type LayerNormOptions, type LayerNormArgs } from './layer/layer-norm';
export { LocalResponseNorm, type LocalResponseNormOptions, type LocalResponseNormArgs } from './layer/local-response-norm';
export { Dropout, Dropout2D, type DropoutOptions, type DropoutArgs, type Dropout2DOptions, type Dropout2DArgs } from './layer/dropout';
export {
  Identity, Flatten, Pad2D, Upsample, type FlattenArgs, type Pad2DOptions, type Pad2DArgs, type UpsampleOptions, type UpsampleArgs,
} from './layer/common';
export { Embedding, type EmbeddingOptions, type EmbeddingArgs } from './layer/embedding';
export * as initializer from './initializer';
export * as functional from './functional';

// ---- activations, losses, functional (issue 3, functional) ----
export { ReLU, type ReLUArgs } from './layer/activation/relu';
export { ReLU6, type ReLU6Args } from './layer/activation/relu6';
export { LeakyReLU, type LeakyReLUOptions, type LeakyReLUArgs } from './layer/activation/leaky-relu';
export { ELU, type ELUOptions, type ELUArgs } from './layer/activation/elu';
export { GELU, type GELUOptions, type GELUArgs } from './layer/activation/gelu';
export { Hardswish, type HardswishArgs } from './layer/activation/hardswish';
export { Hardsigmoid, type HardsigmoidArgs } from './layer/activation/hardsigmoid';
export { Sigmoid, type SigmoidArgs } from './layer/activation/sigmoid';
export { Tanh, type TanhArgs } from './layer/activation/tanh';
export { Silu, type SiluArgs } from './layer/activation/silu';
export { Swish, type SwishArgs } from './layer/activation/swish';
export { Softplus, type SoftplusOptions, type SoftplusArgs } from './layer/activation/softplus';
export { Softmax, type SoftmaxOptions, type SoftmaxArgs } from './layer/activation/softmax';
export { LogSoftmax, type LogSoftmaxOptions, type LogSoftmaxArgs } from './layer/activation/log-softmax';
export { CrossEntropyLoss, type CrossEntropyLossArgs } from './loss/cross-entropy-loss';
export { MSELoss, type MSELossArgs } from './loss/mse-loss';
export { L1Loss, type L1LossArgs } from './loss/l1-loss';
export { SmoothL1Loss, type SmoothL1LossArgs } from './loss/smooth-l1-loss';
export { BCELoss, type BCELossArgs } from './loss/bce-loss';
export { BCEWithLogitsLoss, type BCEWithLogitsLossArgs } from './loss/bce-with-logits-loss';
export { NLLLoss, type NLLLossArgs } from './loss/nll-loss';
export { KLDivLoss, type KLDivLossArgs } from './loss/kl-div-loss';
export type {
  CrossEntropyOptions,
  ReductionOptions,
  SmoothL1Options,
  BCEOptions,
  BCEWithLogitsOptions,
  NLLLossOptions,
  KLDivOptions,
  KLDivReduction,
  Reduction,
} from './functional/loss';

// ---- gradient clipping (issue 4) ----
export {
  ClipGradBase, ClipGradByValue, ClipGradByNorm, ClipGradByGlobalNorm, type ParamGradPair, type ClipGradByValueOptions,
  type ClipGradByValueArgs, type ClipGradByNormArgs, type ClipGradByGlobalNormOptions, type ClipGradByGlobalNormArgs,
} from './clip';
