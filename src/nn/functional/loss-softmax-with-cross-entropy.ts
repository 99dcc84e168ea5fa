// paddle.nn.functional.softmax_with_cross_entropy: the unreduced fused softmax + cross-entropy.
import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { assertFloatTensor, normalizeAxis, resolveTrailing, type NameOption } from './args';
import { softmax } from './activation-softmax';
import { crossEntropyWith } from './loss-cross-entropy';
import type { LabelCheckOption } from './loss-common';

/**
 * Options of {@link softmaxWithCrossEntropy}, Paddle's keyword arguments in camelCase.
 *
 * @example
 * ```ts
 * paddle.nn.functional.softmaxWithCrossEntropy(logits, labels, { returnSoftmax: true });
 * ```
 * @category nn.functional
 */
export interface SoftmaxWithCrossEntropyOptions extends LabelCheckOption, NameOption {
  /** Labels are distributions with the logits' shape. @defaultValue false */
  softLabel?: boolean;
  /** Hard label value whose loss (and gradient) is 0. @defaultValue -100 */
  ignoreIndex?: number;
  /** Accepted for Paddle compatibility; the computation is always the stable one. @defaultValue true */
  numericStableMode?: boolean;
  /** Also return the softmax of the logits. @defaultValue false */
  returnSoftmax?: boolean;
  /** The class axis. @defaultValue -1 */
  axis?: number;
}

/**
 * Softmax followed by cross-entropy, unreduced (Paddle's `softmax_with_cross_entropy`): the loss
 * has the logits' shape with 1 on the class axis; samples labelled `ignoreIndex` get 0.
 *
 * @param logits - unscaled log-probabilities, float32
 * @param label - class indices (the logits' shape with 1 on `axis`, or without `axis`), or with
 *   `softLabel` distributions of the logits' shape
 * @param softLabel - labels are distributions (or the options object); default false
 * @param ignoreIndex - hard label value to skip; default -100
 * @param numericStableMode - accepted for compatibility; always stable
 * @param returnSoftmax - also return `softmax(logits)`; default false
 * @param axis - class axis; default -1
 * @returns the loss, or `[loss, softmax]` with `returnSoftmax`
 * @throws ShapeMismatchError if the label does not fit the logits
 * @throws InvalidArgumentError for a label outside `[0, C)` or not an integer, or a bad option
 * @example
 * ```ts
 * const F = paddle.nn.functional;
 * F.softmaxWithCrossEntropy(tf.tensor2d([[0.4, 0.6, 0.9]]), tf.tensor2d([[1]], [1, 1], 'int32')).print(); // [[1.1533]]
 * ```
 * @category nn.functional
 */
export function softmaxWithCrossEntropy(
  logits: tf.Tensor,
  label: tf.Tensor,
  softLabel?: boolean | SoftmaxWithCrossEntropyOptions,
  ignoreIndex?: number | SoftmaxWithCrossEntropyOptions,
  numericStableMode?: boolean | SoftmaxWithCrossEntropyOptions,
  returnSoftmax?: boolean | SoftmaxWithCrossEntropyOptions,
  axis?: number | SoftmaxWithCrossEntropyOptions,
): tf.Tensor | [tf.Tensor, tf.Tensor] {
  const where = 'softmaxWithCrossEntropy';
  const o = resolveTrailing<SoftmaxWithCrossEntropyOptions>(
    [softLabel, ignoreIndex, numericStableMode, returnSoftmax, axis],
    ['softLabel', 'ignoreIndex', 'numericStableMode', 'returnSoftmax', 'axis'],
    where,
    ['checkLabel'],
  );
  assertFloatTensor(logits, 'logits', where);
  if (logits.rank < 1) throw new InvalidArgumentError('logits', 'a tensor of rank >= 1 (the class axis)', logits, where);
  const ax = normalizeAxis(o.axis ?? -1, logits.rank, where);
  const loss = crossEntropyWith(
    logits,
    label,
    { softLabel: o.softLabel ?? false, ignoreIndex: o.ignoreIndex ?? -100, axis: ax, reduction: 'none', checkLabel: o.checkLabel },
    where,
  );
  const keptShape = logits.shape.map((d, i) => (i === ax ? 1 : d));
  const out = loss.rank === logits.rank ? loss : tf.tidy(() => tf.reshape(loss, keptShape));
  if (out !== loss) loss.dispose();
  return o.returnSoftmax ? [out, softmax(logits, ax)] : out;
}
