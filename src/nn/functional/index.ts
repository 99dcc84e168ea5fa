/**
 * `paddle.nn.functional`: the functions behind the layers.
 * @module nn.functional
 */
// ---- layers (nn-layers) ----
export type { DataFormat } from './layout';

// ---- activations and losses (nn-functional) ----
export {
  relu,
  relu6,
  leakyRelu,
  elu,
  gelu,
  hardswish,
  hardsigmoid,
  sigmoid,
  tanh,
  silu,
  swish,
  softplus,
  type LeakyReluOptions,
  type EluOptions,
  type GeluOptions,
  type HardsigmoidOptions,
  type SoftplusOptions,
} from './activation';
export { softmax, logSoftmax, type SoftmaxOptions } from './activation-softmax';
export {
  crossEntropy,
  mseLoss,
  l1Loss,
  smoothL1Loss,
  binaryCrossEntropy,
  binaryCrossEntropyWithLogits,
  nllLoss,
  klDiv,
  type CrossEntropyOptions,
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
