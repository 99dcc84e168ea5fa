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
