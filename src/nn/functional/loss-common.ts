// Pieces every functional loss shares: reductions, weighted means, and the checks on hard
// (class-index) labels used by crossEntropy and nllLoss.
import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, ShapeMismatchError } from '../../errors';
import { assertFloatTensor, fmtShape, type Reduction } from './args';

/** Applies Paddle's `'mean' | 'sum' | 'none'` to an element-wise loss. */
export function reduceLoss(loss: tf.Tensor, reduction: Reduction): tf.Tensor {
  if (reduction === 'mean') return tf.mean(loss);
  if (reduction === 'sum') return tf.sum(loss);
  return loss;
}

/**
 * `sum / denominator`, where a zero denominator counts as 1 (so a batch whose labels are all
 * ignored gives 0, not NaN) — Paddle's `out_sum / (count + (count == 0))`. The denominator
 * comes from labels and weights only, so the equality test never meets the gradient tape.
 */
export function divideOrZero(sum: tf.Tensor, denominator: tf.Tensor): tf.Tensor {
  return tf.div(sum, nonZero(denominator));
}

/** `d + (d == 0)`: a denominator that is 1 where it would be 0. */
export function nonZero(denominator: tf.Tensor): tf.Tensor {
  return tf.add(denominator, tf.cast(tf.equal(denominator, 0), denominator.dtype));
}

/** Throws ShapeMismatchError unless `input` and `label` have the same shape. */
export function assertSameShape(input: tf.Tensor, label: tf.Tensor, where: string, labelName = 'label'): void {
  if (input.rank !== label.rank || input.shape.some((d, i) => d !== label.shape[i])) {
    throw new ShapeMismatchError(where, input.shape, label.shape, `${labelName} for input ${fmtShape(input.shape)} to have`);
  }
}

/** Throws ShapeMismatchError unless `weight` is a vector of `numClasses` entries. */
export function assertClassWeight(weight: unknown, numClasses: number, where: string): asserts weight is tf.Tensor1D {
  assertFloatTensor(weight, 'weight', where);
  if (weight.rank !== 1 || weight.shape[0] !== numClasses) {
    throw new ShapeMismatchError(where, [numClasses], weight.shape, `weight (one entry per class) to have`);
  }
}

/** How a hard label was laid out relative to the input. */
export interface HardLabelLayout {
  /** The label omits the class axis (`[N]` for input `[N, C]`); otherwise it has 1 there. */
  squeezed: boolean;
}

/**
 * Checks that `label` holds one class index per position of `input` with the class axis
 * `axis` removed (`[N]` for `[N, C]`), or — when `allowKeepDim` — kept with size 1 (`[N, 1]`).
 */
export function checkHardLabelShape(
  input: tf.Tensor,
  label: tf.Tensor,
  axis: number,
  where: string,
  allowKeepDim: boolean,
): HardLabelLayout {
  const without = input.shape.filter((_, i) => i !== axis);
  const same = (a: ReadonlyArray<number>, b: ReadonlyArray<number>) => a.length === b.length && a.every((d, i) => d === b[i]);
  if (same(label.shape, without)) return { squeezed: true };
  if (allowKeepDim && label.rank === input.rank && label.shape[axis] === 1 && same(label.shape.filter((_, i) => i !== axis), without)) {
    return { squeezed: false };
  }
  throw new ShapeMismatchError(where, without, label.shape, `label for input ${fmtShape(input.shape)} to have`);
}

/**
 * Reads the label back once and throws InvalidArgumentError naming `label`, the class count
 * and the first offending value if any entry is not an integer in `[0, numClasses)` (other
 * than `ignoreIndex`). Costs one device-to-host copy of the label tensor (N integers — on
 * cpu/wasm negligible; on WebGL a pipeline sync, which is why the check can be turned off).
 */
export function validateClassIndices(label: tf.Tensor, numClasses: number, ignoreIndex: number, where: string): CheckedLabels {
  if (label.dtype !== 'int32' && label.dtype !== 'float32') {
    throw new InvalidArgumentError('label', 'an int32 (or integral float32) tensor of class indices', label, where);
  }
  const values = label.dataSync();
  const integral = label.dtype === 'int32';
  let ignored = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === ignoreIndex) {
      ignored++;
      continue;
    }
    if ((!integral && !Number.isInteger(v)) || v < 0 || v >= numClasses) {
      throw new InvalidArgumentError(
        'label',
        `integer class indices in [0, ${numClasses}) for ${numClasses} classes (or ignoreIndex ${ignoreIndex}); entry ${i} is not`,
        v,
        where,
      );
    }
  }
  return { values, ignored };
}

/** What {@link validateClassIndices} learnt from the read-back, reused to skip device work. */
export interface CheckedLabels {
  /** The label values, flattened. */
  values: ArrayLike<number>;
  /** How many entries equal `ignoreIndex`. */
  ignored: number;
}

/**
 * Options shared by the losses that take hard class-index labels.
 *
 * @example
 * ```ts
 * paddle.nn.functional.crossEntropy(logits, labels, { checkLabel: false }); // no read-back
 * ```
 * @category nn.functional
 */
export interface LabelCheckOption {
  /**
   * Read the labels back once per call and throw a typed error for an out-of-range or
   * non-integer class index (unchecked, such a label gives an undefined loss or a tfjs error).
   * The read-back also lets the common case (no weight, nothing ignored) skip the masking work.
   * Cost: on cpu/wasm a copy of N integers; on WebGL it is free while the label tensor is still
   * host-resident (made from a typed array and not yet used by a GPU op) and otherwise waits for
   * the GPU queue. Turn it off to avoid that wait once the data is trusted; the loss then
   * masks `ignoreIndex` on the device, about a dozen small kernels more per call (measured
   * ≈ +0.1 ms per step on wasm for `[64, 10]` logits).
   * Not a Paddle option (Paddle's kernel always checks).
   * @defaultValue true
   */
  checkLabel?: boolean;
}

/**
 * A float32 one-hot of int32 class indices (all zeros for an index outside `[0, depth)`).
 * tfjs 4.22's wasm OneHot kernel ignores the `dtype` argument and writes int32 bits into a
 * float32 tensor, so the one-hot is made as int32 and cast.
 */
export function oneHotFloat(indices: tf.Tensor1D, depth: number): tf.Tensor2D {
  return tf.cast(tf.oneHot(indices, depth), 'float32') as tf.Tensor2D;
}
