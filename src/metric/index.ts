// Level 1 (docs/architecture.md, Levels): Metric and the built-in metrics.
// May import framework/, backend/, errors/.
/**
 * `paddle.metric`: metrics whose running totals stay on the device between log points.
 * @module metric
 */
export { Metric } from './metric';
export { Accuracy, type AccuracyOptions, type AccuracyArgs } from './accuracy';
export { Precision, type PrecisionArgs } from './precision';
export { Recall, type RecallArgs } from './recall';
export { Auc, type AucOptions, type AucArgs } from './auc';
export { accuracy, type AccuracyFnOptions, type AccuracyFnArgs } from './functional';
