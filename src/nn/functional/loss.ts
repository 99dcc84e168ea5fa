// The functional losses, one concept per file; this module gathers them for the index.
export { crossEntropy, type CrossEntropyOptions } from './loss-cross-entropy';
export { softmaxWithCrossEntropy, type SoftmaxWithCrossEntropyOptions } from './loss-softmax-with-cross-entropy';
export { mseLoss, l1Loss, smoothL1Loss, type ReductionOptions, type SmoothL1Options } from './loss-regression';
export { binaryCrossEntropy, binaryCrossEntropyWithLogits, type BCEOptions, type BCEWithLogitsOptions } from './loss-binary';
export { nllLoss, klDiv, type NLLLossOptions, type KLDivOptions, type KLDivReduction } from './loss-nll';
export type { LabelCheckOption } from './loss-common';
export type { Reduction } from './args';
