import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../errors';
import { checkNumber } from './args';
import { Optimizer, type ParamState, type SlotSpec } from './optimizer';
import { f32 } from './scalar-cache';

/** Options shared by Adam and AdamW. @internal */
export interface AdamHyper {
  beta1: number;
  beta2: number;
  epsilon: number;
  lazyMode: boolean;
  amsgrad: boolean;
}

/** Validates Paddle's Adam arguments (`beta1`, `beta2` in [0, 1), `epsilon >= 0`). @internal */
export function checkAdamHyper<H extends AdamHyper>(h: H, ctx: string): H {
  for (const name of ['beta1', 'beta2'] as const) {
    const b = h[name];
    if (typeof b !== 'number' || !(b >= 0 && b < 1)) throw new InvalidArgumentError(name, 'a number in [0, 1)', b, ctx);
  }
  checkNumber(h.epsilon, 'epsilon', ctx, { min: 0 });
  return { ...h, lazyMode: Boolean(h.lazyMode), amsgrad: Boolean(h.amsgrad) };
}

/**
 * The Adam rule of Paddle's kernel (`adam_functors.h`), shared by Adam and AdamW:
 * `lr_t = lr * sqrt(1 - beta2_pow) / (1 - beta1_pow)`, `param -= lr_t * m / (sqrt(v) + eps * sqrt(1 - beta2_pow))`,
 * with the beta powers starting at beta1, beta2 and multiplied after each step.
 * @internal
 */
export abstract class BaseAdam<H extends AdamHyper> extends Optimizer<H> {
  protected slots(_p: tf.Variable, h: H): SlotSpec[] {
    return [
      { name: 'moment1', init: 0 },
      { name: 'moment2', init: 0 },
      ...(h.amsgrad ? [{ name: 'moment2_max', init: 0 }] : []),
      { name: 'beta1_pow_acc', init: h.beta1, scalar: true },
      { name: 'beta2_pow_acc', init: h.beta2, scalar: true },
    ];
  }

  /** Applies Adam to `param` (already decayed by AdamW). @internal */
  protected adamStep(p: tf.Variable, param: tf.Tensor, g: tf.Tensor, lr: number, h: H, s: ParamState): void {
    const S = (v: number) => this.scalars.get(v);
    const b1p = s.nums.beta1_pow_acc;
    const b2p = s.nums.beta2_pow_acc;
    const c2 = f32.sqrt(f32.sub(1, b2p));
    const lrT = f32.mul(lr, f32.div(c2, f32.sub(1, b1p)));
    const m = tf.add(tf.mul(s.vars.moment1, S(h.beta1)), tf.mul(g, S(f32.sub(1, h.beta1))));
    const v = tf.add(tf.mul(s.vars.moment2, S(h.beta2)), tf.mul(tf.square(g), S(f32.sub(1, h.beta2))));
    let vUse = v;
    if (h.amsgrad) {
      vUse = tf.maximum(s.vars.moment2_max, v);
      s.vars.moment2_max.assign(vUse);
    }
    const denom = tf.add(tf.sqrt(vUse), this.scalars.volatile(f32.mul(h.epsilon, c2)));
    p.assign(tf.sub(param, tf.mul(tf.div(m, denom), this.scalars.volatile(lrT))));
    s.vars.moment1.assign(m);
    s.vars.moment2.assign(v);
    s.nums.beta1_pow_acc = f32.mul(b1p, h.beta1);
    s.nums.beta2_pow_acc = f32.mul(b2p, h.beta2);
  }
}
