import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../errors';

/**
 * Runs `fn` without recording gradients, inside `tf.tidy` (Paddle's `with paddle.no_grad():`):
 * tensors `fn` makes are freed when it returns, except those it returns. Use it for evaluation
 * inside a training closure or a custom loop. `fn` must be synchronous (as `tf.tidy`'s).
 *
 * tfjs records a tape only inside gradient functions (`opt.minimize`, `paddle.grad`); there
 * `noGrad` switches recording off for `fn`, so its ops cost no tape memory and add no gradient.
 *
 * @example
 * ```ts
 * // Paddle: with paddle.no_grad(): acc = paddle.metric.accuracy(model(x), y)
 * const acc = paddle.noGrad(() => paddle.metric.accuracy(model.call(x), y));
 * ```
 * @category tensor
 */
export function noGrad<T extends tf.TensorContainer>(fn: () => T): T {
  if (typeof fn !== 'function') throw new InvalidArgumentError('fn', 'a function', fn, 'noGrad');
  // The engine tapes while gradientDepth > 0 (Engine.isTapeOn); tfjs has no public switch.
  const state = (tf.engine() as unknown as { state: { gradientDepth: number } }).state;
  const depth = state.gradientDepth;
  state.gradientDepth = 0;
  try {
    return tf.tidy(fn);
  } finally {
    state.gradientDepth = depth;
  }
}
