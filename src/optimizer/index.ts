// Level 3 (docs/architecture.md, Levels): optimizers, lr schedulers, regularizers.
// May import every lower level (io/, nn/, framework/, backend/, metric/, errors/).
/**
 * `paddle.optimizer`: Paddle's optimizers and, under `lr`, its learning-rate schedulers.
 * @module optimizer
 */
export { Optimizer, type OptimizerOptions, type ParamGroup } from './optimizer';
export { SGD, type SGDOptions, type SGDArgs } from './sgd';
export { Momentum, type MomentumOptions, type MomentumArgs } from './momentum';
export { Adam, type AdamOptions, type AdamArgs } from './adam';
export { AdamW, type AdamWOptions, type AdamWArgs } from './adamw';
export { Adamax, type AdamaxOptions, type AdamaxArgs } from './adamax';
export { RMSProp, type RMSPropOptions, type RMSPropArgs } from './rmsprop';
export { Adagrad, type AdagradOptions, type AdagradArgs } from './adagrad';
export { Adadelta, type AdadeltaOptions, type AdadeltaArgs } from './adadelta';
export { Lamb, type LambOptions, type LambArgs } from './lamb';
export { L1Decay, L2Decay, type L1DecayArgs, type L2DecayArgs } from './regularizer';
export * as lr from './lr';
