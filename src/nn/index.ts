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
export { createParameter, type CreateParameterFnOptions } from './layer/create-parameter';
export { ParamAttr, type ParamAttrOptions, type ParamAttrLike } from './param-attr';
export { Sequential } from './layer/container/sequential';
export { LayerList } from './layer/container/layer-list';
export { LayerDict } from './layer/container/layer-dict';
export { Linear, type LinearOptions, type LinearArgs } from './layer/linear';
export { Conv2D, type Conv2DOptions, type Conv2DArgs } from './layer/conv2d';
export { Conv2DTranspose, type Conv2DTransposeOptions } from './layer/conv2d-transpose';
export type { BaseConvOptions } from './layer/base-conv';
export {
  MaxPool2D, AvgPool2D, AdaptiveAvgPool2D, AdaptiveMaxPool2D, type MaxPool2DOptions, type AvgPool2DOptions,
} from './layer/pooling';
export { BatchNorm1D, BatchNorm2D, type BatchNormOptions } from './layer/batch-norm';
export { LayerNorm, type LayerNormOptions } from './layer/layer-norm';
export { LocalResponseNorm, type LocalResponseNormOptions } from './layer/local-response-norm';
export { Dropout, Dropout2D, type DropoutOptions } from './layer/dropout';
export { Identity, Flatten, Pad2D, Upsample, type Pad2DOptions, type UpsampleOptions } from './layer/common';
export { Embedding, type EmbeddingOptions } from './layer/embedding';
export * as initializer from './initializer';
export * as functional from './functional';

// ---- activations, losses, functional (issue 3, functional) ----
export { ReLU } from './layer/activation/relu';
export { ReLU6 } from './layer/activation/relu6';
export { LeakyReLU, type LeakyReLUOptions } from './layer/activation/leaky-relu';
export { ELU, type ELUOptions } from './layer/activation/elu';
export { GELU, type GELUOptions } from './layer/activation/gelu';
export { Hardswish } from './layer/activation/hardswish';
export { Hardsigmoid } from './layer/activation/hardsigmoid';
export { Sigmoid } from './layer/activation/sigmoid';
export { Tanh } from './layer/activation/tanh';
export { Silu } from './layer/activation/silu';
export { Swish } from './layer/activation/swish';
export { Softplus, type SoftplusOptions } from './layer/activation/softplus';
export { Softmax, type SoftmaxOptions } from './layer/activation/softmax';
export { LogSoftmax, type LogSoftmaxOptions } from './layer/activation/log-softmax';
export { CrossEntropyLoss } from './loss/cross-entropy-loss';
export { MSELoss } from './loss/mse-loss';
export { L1Loss } from './loss/l1-loss';
export { SmoothL1Loss } from './loss/smooth-l1-loss';
export { BCELoss } from './loss/bce-loss';
export { BCEWithLogitsLoss } from './loss/bce-with-logits-loss';
export { NLLLoss } from './loss/nll-loss';
export { KLDivLoss } from './loss/kl-div-loss';
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
export { ClipGradBase, ClipGradByValue, ClipGradByNorm, ClipGradByGlobalNorm, type ParamGradPair } from './clip';
