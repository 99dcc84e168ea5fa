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
