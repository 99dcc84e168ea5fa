// The fused cross-entropy kernels behind crossEntropy, on rows `[M, C]` with the class axis last.
// Each softmax variant is one custom-gradient op whose backward is `coef · (softmax - target)`,
// so no log-softmax tensor is kept for the tape and no comparison op meets the gradient.
import * as tf from '@tensorflow/tfjs-core';
import { customUnary } from './args';
import { oneHotFloat } from './loss-common';

/** Row-wise log-sum-exp of `[M, C]` logits, kept as `[M, 1]`. */
function logSumExpRows(logits: tf.Tensor): tf.Tensor {
  const mx = tf.max(logits, 1, true);
  return tf.add(mx, tf.log(tf.sum(tf.exp(tf.sub(logits, mx)), 1, true)));
}

/**
 * Hard-label softmax cross-entropy per row: `coef · (lse(x) - x[y])`. The forward pass picks
 * `x[y]` with a gather at the flat indices `row · C + y` (measured faster on wasm than a one-hot
 * product); the one-hot is built only in the backward pass, so tfjs's gather gradient
 * (UnsortedSegmentSum) is never needed.
 */
export function softmaxCrossEntropyHard(logits: tf.Tensor2D, labels: tf.Tensor1D, flatIndex: tf.Tensor1D, coef: tf.Tensor1D | null): tf.Tensor1D {
  const [m, c] = logits.shape;
  const op = customUnary((x: tf.Tensor, save: tf.GradSaveFunc) => {
    const lse = logSumExpRows(x);
    const per = tf.sub(tf.reshape(lse, [m]), tf.gather(tf.reshape(x, [m * c]), flatIndex));
    save(coef ? [x, lse, labels, coef] : [x, lse, labels]);
    return {
      value: coef ? tf.mul(per, coef) : per,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [xs, l, y, k] = saved;
        const scale = tf.expandDims(k ? tf.mul(dy, k) : dy, 1);
        return tf.mul(tf.sub(tf.exp(tf.sub(xs, l)), oneHotFloat(y as tf.Tensor1D, c)), scale);
      },
    };
  });
  return op(logits) as tf.Tensor1D;
}

/**
 * {@link softmaxCrossEntropyHard} reduced to `scale · Σ coef · loss` inside the same custom op:
 * the reduction's own gradient kernels (fill, mul, div) disappear and the backward pass is
 * `(softmax - onehot) · coef · dy · scale`. `scale` is 1 for a sum, 1/M or 1/Σcoef for a mean
 * (it depends on the labels only, so it is a constant for the tape).
 */
export function softmaxCrossEntropyHardReduced(
  logits: tf.Tensor2D,
  labels: tf.Tensor1D,
  flatIndex: tf.Tensor1D,
  coef: tf.Tensor1D | null,
  scale: number | tf.Scalar,
): tf.Scalar {
  const [m, c] = logits.shape;
  const unit = scale === 1;
  const op = customUnary((x: tf.Tensor, save: tf.GradSaveFunc) => {
    const lse = logSumExpRows(x);
    const per = tf.sub(tf.reshape(lse, [m]), tf.gather(tf.reshape(x, [m * c]), flatIndex));
    const total = tf.sum(coef ? tf.mul(per, coef) : per);
    const k = coef ? tf.expandDims(unit ? coef : tf.mul(coef, scale), 1) : unit ? null : tf.scalar(scale as number);
    save(k ? [x, lse, labels, k] : [x, lse, labels]);
    return {
      value: unit ? total : tf.mul(total, scale),
      gradFunc: (dy: tf.Tensor, [xs, l, y, kk]: tf.Tensor[]) =>
        // dy is a scalar: fold it into the (scalar or per-row) factor so [M, C] is multiplied once.
        tf.mul(tf.sub(tf.exp(tf.sub(xs, l)), oneHotFloat(y as tf.Tensor1D, c)), kk ? tf.mul(kk, dy) : dy),
    };
  });
  return op(logits) as tf.Scalar;
}

/** Flat gather indices `row · C + label`, on the host when the labels were already read back. */
export function flatIndices(labels: tf.Tensor1D, numClasses: number, known: ArrayLike<number> | null): tf.Tensor1D {
  if (known) {
    const idx = new Int32Array(known.length);
    for (let i = 0; i < idx.length; i++) idx[i] = i * numClasses + known[i];
    return tf.tensor1d(idx, 'int32');
  }
  return tf.add(tf.mul(tf.range(0, labels.shape[0], 1, 'int32'), tf.scalar(numClasses, 'int32')), labels);
}

/** Dense-target softmax cross-entropy per row: `coef · (Σt · lse(x) - Σ t·x)`. */
export function softmaxCrossEntropyDense(logits: tf.Tensor2D, target: tf.Tensor2D, coef: tf.Tensor1D | null): tf.Tensor1D {
  const m = logits.shape[0];
  const op = customUnary((x: tf.Tensor, save: tf.GradSaveFunc) => {
    const lse = logSumExpRows(x);
    const tsum = tf.sum(target, 1, true);
    const per = tf.reshape(tf.sub(tf.mul(lse, tsum), tf.sum(tf.mul(target, x), 1, true)), [m]);
    save(coef ? [x, lse, target, tsum, coef] : [x, lse, target, tsum]);
    return {
      value: coef ? tf.mul(per, coef) : per,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [xs, l, t, ts, k] = saved;
        const scale = tf.expandDims(k ? tf.mul(dy, k) : dy, 1);
        // The exact gradient also for soft labels that do not sum to 1 (Paddle's kernel assumes they do).
        return tf.mul(tf.sub(tf.mul(tf.exp(tf.sub(xs, l)), ts), t), scale);
      },
    };
  });
  return op(logits) as tf.Tensor1D;
}

/** `use_softmax=False`, hard labels: `-coef · log(p[y])`; ignored rows read 1 so log stays finite. */
export function probCrossEntropyHard(probs: tf.Tensor2D, safe: tf.Tensor1D, mask: tf.Tensor1D, coef: tf.Tensor1D): tf.Tensor1D {
  const picked = tf.sum(tf.mul(probs, oneHotFloat(safe, probs.shape[1])), 1);
  const finite = tf.add(picked, tf.sub(1, mask));
  return tf.mul(tf.neg(tf.log(finite)), coef) as tf.Tensor1D;
}

/** `use_softmax=False`, dense target: `-coef · Σ t · log(p)`. */
export function probCrossEntropyDense(probs: tf.Tensor2D, target: tf.Tensor2D, coef: tf.Tensor1D | null): tf.Tensor1D {
  const per = tf.neg(tf.sum(tf.mul(target, tf.log(probs)), 1));
  return (coef ? tf.mul(per, coef) : per) as tf.Tensor1D;
}
