// paddle.nn.functional.softmax_with_cross_entropy: the unreduced fused softmax + cross-entropy.
import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { assertFloatTensor, normalizeAxis, type NameOption } from './args';
import { softmax } from './activation-softmax';
import { crossEntropyWith } from './loss-cross-entropy';
import type { LabelCheckOption } from './loss-common';
import { defineSignature, resolveArgs } from '../../framework/args';

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
 * All of {@link softmaxWithCrossEntropy}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.softmax_with_cross_entropy(logits=logits, label=label)
 * paddle.nn.functional.softmaxWithCrossEntropy({ logits, label });
 * ```
 * @category nn.functional
 */
export interface SoftmaxWithCrossEntropyArgs extends SoftmaxWithCrossEntropyOptions {
  logits: tf.Tensor;
  label: tf.Tensor;
}

const SOFTMAX_WITH_CROSS_ENTROPY_SIGNATURE = defineSignature('nn.functional.softmaxWithCrossEntropy', ['logits', 'label', 'softLabel', 'ignoreIndex', 'numericStableMode', 'returnSoftmax', 'axis'], { required: 2, optionOnly: ['checkLabel'] });

/**
 * Softmax followed by cross-entropy, unreduced (Paddle's `softmax_with_cross_entropy`): the loss
 * has the logits' shape with 1 on the class axis; samples labelled `ignoreIndex` get 0.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link SoftmaxWithCrossEntropyArgs})
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
export function softmaxWithCrossEntropy(args: SoftmaxWithCrossEntropyArgs): tf.Tensor | [tf.Tensor, tf.Tensor];
export function softmaxWithCrossEntropy(logits: tf.Tensor, label: tf.Tensor, options?: SoftmaxWithCrossEntropyOptions): tf.Tensor | [tf.Tensor, tf.Tensor];
export function softmaxWithCrossEntropy(logits: tf.Tensor, label: tf.Tensor, softLabel?: boolean, options?: SoftmaxWithCrossEntropyOptions): tf.Tensor | [tf.Tensor, tf.Tensor];
export function softmaxWithCrossEntropy(logits: tf.Tensor, label: tf.Tensor, softLabel?: boolean, ignoreIndex?: number, options?: SoftmaxWithCrossEntropyOptions): tf.Tensor | [tf.Tensor, tf.Tensor];
export function softmaxWithCrossEntropy(logits: tf.Tensor, label: tf.Tensor, softLabel?: boolean, ignoreIndex?: number, numericStableMode?: boolean, options?: SoftmaxWithCrossEntropyOptions): tf.Tensor | [tf.Tensor, tf.Tensor];
export function softmaxWithCrossEntropy(logits: tf.Tensor, label: tf.Tensor, softLabel?: boolean, ignoreIndex?: number, numericStableMode?: boolean, returnSoftmax?: boolean, options?: SoftmaxWithCrossEntropyOptions): tf.Tensor | [tf.Tensor, tf.Tensor];
/**
 * Positional form, in Paddle's order.
 *
 * @param logits - unscaled log-probabilities, float32
 * @param label - class indices (the logits' shape with 1 on `axis`, or without `axis`), or with
 *   `softLabel` distributions of the logits' shape
 * @param softLabel - labels are distributions (or the options object); default false
 * @param ignoreIndex - hard label value to skip; default -100
 * @param numericStableMode - accepted for compatibility; always stable
 * @param returnSoftmax - also return `softmax(logits)`; default false
 * @param axis - class axis; default -1
 */
export function softmaxWithCrossEntropy(logits: tf.Tensor, label: tf.Tensor, softLabel?: boolean, ignoreIndex?: number, numericStableMode?: boolean, returnSoftmax?: boolean, axis?: number): tf.Tensor | [tf.Tensor, tf.Tensor];
export function softmaxWithCrossEntropy(...args: unknown[]): tf.Tensor | [tf.Tensor, tf.Tensor] {
  const { logits, label, ...o } = resolveArgs<SoftmaxWithCrossEntropyArgs>(SOFTMAX_WITH_CROSS_ENTROPY_SIGNATURE, args);
  const where = 'softmaxWithCrossEntropy';
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
