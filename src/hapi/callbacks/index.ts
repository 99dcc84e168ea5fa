/**
 * `paddle.callbacks`: hooks into `Model.fit`, `evaluate` and `predict`.
 * @module callbacks
 */
export { Callback, type Logs, type CallbackParams, type CallbackModel, type CallbackOptimizer, type Mode } from './callback';
export { CallbackList, type HookName } from './callback-list';
export { ProgBarLogger, type ProgBarLoggerOptions, type ProgBarLoggerArgs } from './prog-bar-logger';
export { ModelCheckpoint, type ModelCheckpointOptions, type ModelCheckpointArgs } from './model-checkpoint';
export { EarlyStopping, type EarlyStoppingOptions, type EarlyStoppingArgs } from './early-stopping';
export { LRScheduler, type LRSchedulerOptions, type LRSchedulerArgs } from './lr-scheduler';
export { ReduceLROnPlateau, type ReduceLROnPlateauOptions, type ReduceLROnPlateauArgs } from './reduce-lr-on-plateau';
export { VisualDL, type VisualDLOptions, type VisualDLArgs, type Scalar } from './visual-dl';
export type { TextSink } from '../util/output';
