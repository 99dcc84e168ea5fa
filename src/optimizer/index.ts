// Level 3 (docs/architecture.md, Levels): optimizers, lr schedulers, regularizers.
// May import every lower level (io/, nn/, framework/, backend/, metric/, errors/).
/**
 * `paddle.optimizer`: Paddle's optimizers and, under `lr`, its learning-rate schedulers.
 * @module optimizer
 */
export { Optimizer, type OptimizerOptions, type ParamGroup } from './optimizer';
export { SGD, type SGDOptions } from './sgd';
export { Momentum, type MomentumOptions } from './momentum';
export { Adam, type AdamOptions } from './adam';
export { AdamW, type AdamWOptions } from './adamw';
export { Adamax, type AdamaxOptions } from './adamax';
export { RMSProp, type RMSPropOptions } from './rmsprop';
export { Adagrad, type AdagradOptions } from './adagrad';
export { Adadelta, type AdadeltaOptions } from './adadelta';
export { Lamb, type LambOptions } from './lamb';
export { L1Decay, L2Decay } from './regularizer';
export * as lr from './lr';
