// Level 1 (docs/architecture.md, Levels): Metric and the built-in metrics.
// May import framework/, backend/, errors/.
/**
 * `paddle.metric`: metrics whose running totals stay on the device between log points.
 * @module metric
 */
export { Metric } from './metric';
export { Accuracy, type AccuracyOptions } from './accuracy';
export { Precision } from './precision';
export { Recall } from './recall';
export { Auc, type AucOptions } from './auc';
export { accuracy } from './functional';
