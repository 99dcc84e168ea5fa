import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, ShapeMismatchError } from '../errors';

/** Checks that `preds` and `labels` are tensors holding one value per sample, as many each. */
export function checkBinaryInputs(where: string, preds: tf.Tensor, labels: tf.Tensor, predsWidth = 1): void {
  if (!(preds instanceof tf.Tensor)) throw new InvalidArgumentError('preds', 'a tf.Tensor', preds, where);
  if (!(labels instanceof tf.Tensor)) throw new InvalidArgumentError('labels', 'a tf.Tensor', labels, where);
  const n = preds.shape[0] ?? 1;
  const predsOk = preds.rank === 1 || (preds.rank === 2 && (preds.shape[1] === 1 || preds.shape[1] === predsWidth));
  if (!predsOk) throw new ShapeMismatchError(where, predsWidth === 1 ? [-1, 1] : [-1, predsWidth], preds.shape, 'preds of');
  const labelsOk = labels.rank === 1 || (labels.rank === 2 && labels.shape[1] === 1);
  if (!labelsOk || labels.shape[0] !== n) throw new ShapeMismatchError(where, [n, 1], labels.shape, 'labels of');
}
