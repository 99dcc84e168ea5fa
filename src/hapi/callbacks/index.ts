/**
 * `paddle.callbacks`: hooks into `Model.fit`, `evaluate` and `predict`.
 * @module callbacks
 */
export { Callback, type Logs, type CallbackParams, type CallbackModel, type CallbackOptimizer, type Mode } from './callback';
export { CallbackList, type HookName } from './callback-list';
export { ProgBarLogger, type ProgBarLoggerOptions } from './prog-bar-logger';
export { ModelCheckpoint, type ModelCheckpointOptions } from './model-checkpoint';
export { EarlyStopping, type EarlyStoppingOptions } from './early-stopping';
export { LRScheduler, type LRSchedulerOptions } from './lr-scheduler';
export { ReduceLROnPlateau, type ReduceLROnPlateauOptions } from './reduce-lr-on-plateau';
export { VisualDL, type VisualDLOptions, type Scalar } from './visual-dl';
export type { TextSink } from '../util/output';
