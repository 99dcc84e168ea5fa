import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../errors';
import { checkNumber } from './args';
import { defineSignature, resolveArgs } from '../framework/args';
import { checkAdamHyper } from './base-adam';
import { Optimizer, type OptimizerOptions, type ParamState, type SlotSpec } from './optimizer';
import { f32 } from './scalar-cache';

/**
 * Options of {@link Lamb}: any of its arguments by name, camelCase (Paddle's `Lamb(...)` keywords).
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.LambOptions = { learningRate: 2e-3, lambWeightDecay: 0.02, parameters: net.parameters() };
 * const opt = new paddle.optimizer.Lamb(options);
 * // the same as Paddle's positional order: new paddle.optimizer.Lamb(2e-3, 0.02, 0.9, 0.999, 1e-6, net.parameters())
 * ```
 * @category Optimizer
 */
export interface LambOptions extends Omit<OptimizerOptions, 'weightDecay'> {
  /** Decoupled weight decay inside the trust ratio. @defaultValue 0.01 */
  lambWeightDecay?: number;
  /** Exponential decay rate of the first-moment (mean) estimate, in [0, 1). @defaultValue 0.9 */
  beta1?: number;
  /** Exponential decay rate of the second-moment (uncentered variance) estimate, in [0, 1). @defaultValue 0.999 */
  beta2?: number;
  /** Added to the denominator for numerical stability, >= 0. @defaultValue 1e-6 */
  epsilon?: number;
  /** Parameters for which this returns true get no weight decay. @defaultValue null */
  excludeFromWeightDecayFn?: ((param: tf.Variable) => boolean) | null;
  /** Accepted for Paddle compatibility; tfjs-hapi trains in float32. @defaultValue false */
  multiPrecision?: boolean;
  /** Use the trust ratio even for parameters without weight decay. @defaultValue false */
  alwaysAdapt?: boolean;
}

/** @internal */
export interface LambHyper {
  lambWeightDecay: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  excludeFromWeightDecayFn: ((param: tf.Variable) => boolean) | null;
  alwaysAdapt: boolean;
  lazyMode: boolean;
  amsgrad: boolean;
}

/**
 * All of {@link Lamb}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.Lamb(learning_rate=0.002, lamb_weight_decay=0.01, parameters=model.parameters())
 * new paddle.optimizer.Lamb({ learningRate: 0.002, lambWeightDecay: 0.01, parameters: net.parameters() });
 * ```
 * @category Optimizer
 */
export type LambArgs = LambOptions;

const SIGNATURE = defineSignature('optimizer.Lamb', ['learningRate', 'lambWeightDecay', 'beta1', 'beta2', 'epsilon', 'parameters', 'gradClip', 'excludeFromWeightDecayFn', 'multiPrecision', 'alwaysAdapt', 'name'], { required: 0 });

/**
 * LAMB (Paddle's `paddle.optimizer.Lamb`), with Paddle's kernel:
 * `r = m̂ / (√v̂ + ε) + wd · param`, `param -= lr · (‖param‖ / ‖r‖) · r`, the ratio being 1 when a
 * norm is 0, or when `wd` is 0 and `alwaysAdapt` is false.
 * See {@link https://arxiv.org/abs/1904.00962 | LAMB}.
 *
 * @example
 * ```ts
 * const opt = new paddle.optimizer.Lamb({ learningRate: 2e-3, parameters: net.parameters(), lambWeightDecay: 0.01 });
 * ```
 * @category Optimizer
 */
export class Lamb extends Optimizer<LambHyper> {
  /**
   * Creates a Lamb optimizer from Paddle-style arguments.
   * @param args - every argument by name, Paddle's keyword form (see {@link LambArgs})
   * @throws {@link index!InvalidArgumentError} for a negative learning rate or weight decay, `beta1`/`beta2` outside [0, 1), or missing parameters
   */
  constructor(args?: LambArgs);
  constructor(learningRate?: LambOptions['learningRate'], options?: Omit<LambOptions, 'learningRate'>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param learningRate - a number >= 0 or a scheduler from `optimizer.lr`.
   *   Defaults to 0.001, as in Paddle.
   */
  constructor(learningRate?: LambOptions['learningRate'], lambWeightDecay?: LambOptions['lambWeightDecay'], beta1?: LambOptions['beta1'], beta2?: LambOptions['beta2'], epsilon?: LambOptions['epsilon'], parameters?: LambOptions['parameters'], gradClip?: LambOptions['gradClip'], excludeFromWeightDecayFn?: LambOptions['excludeFromWeightDecayFn'], multiPrecision?: LambOptions['multiPrecision'], alwaysAdapt?: LambOptions['alwaysAdapt'], name?: LambOptions['name']);
  constructor(...args: unknown[]) {
    const o = resolveArgs<LambArgs>(SIGNATURE, args);
    super('Lamb', { ...o, learningRate: o.learningRate ?? 0.001 }, {
      lambWeightDecay: o.lambWeightDecay ?? 0.01, beta1: o.beta1 ?? 0.9, beta2: o.beta2 ?? 0.999, epsilon: o.epsilon ?? 1e-6,
      excludeFromWeightDecayFn: o.excludeFromWeightDecayFn ?? null, alwaysAdapt: o.alwaysAdapt ?? false, lazyMode: false, amsgrad: false,
    }, true);
  }

  protected override checkHyper(h: LambHyper, ctx: string): LambHyper {
    checkNumber(h.lambWeightDecay, 'lambWeightDecay', ctx, { min: 0 });
    if (h.excludeFromWeightDecayFn != null && typeof h.excludeFromWeightDecayFn !== 'function') {
      throw new InvalidArgumentError('excludeFromWeightDecayFn', 'a function or null', h.excludeFromWeightDecayFn, ctx);
    }
    return { ...checkAdamHyper(h, ctx), alwaysAdapt: Boolean(h.alwaysAdapt) };
  }

  protected slots(_p: tf.Variable, h: LambHyper): SlotSpec[] {
    return [
      { name: 'moment1', init: 0 },
      { name: 'moment2', init: 0 },
      { name: 'beta1_pow_acc', init: h.beta1, scalar: true },
      { name: 'beta2_pow_acc', init: h.beta2, scalar: true },
    ];
  }

  protected update(p: tf.Variable, g: tf.Tensor, lr: number, h: LambHyper, s: ParamState): void {
    const S = (v: number) => this.scalars.get(v);
    const wd = h.excludeFromWeightDecayFn?.(p) ? 0 : h.lambWeightDecay;
    const b1p = s.nums.beta1_pow_acc;
    const b2p = s.nums.beta2_pow_acc;
    const m = tf.add(tf.mul(s.vars.moment1, S(h.beta1)), tf.mul(g, S(f32.sub(1, h.beta1))));
    const v = tf.add(tf.mul(s.vars.moment2, S(h.beta2)), tf.mul(tf.square(g), S(f32.sub(1, h.beta2))));
    const mHat = tf.div(m, this.scalars.volatile(f32.sub(1, b1p)));
    const vHat = tf.div(v, this.scalars.volatile(f32.sub(1, b2p)));
    let r = tf.div(mHat, tf.add(tf.sqrt(vHat), S(h.epsilon)));
    if (wd !== 0) r = tf.add(r, tf.mul(p, S(wd)));
    let stepLr: tf.Tensor = this.scalars.get(lr, 'lr');
    if (wd > 0 || h.alwaysAdapt) {
      const pn = tf.norm(p);
      const tn = tf.norm(r);
      const zero = S(0);
      const ok = tf.logicalAnd(tf.greater(pn, zero), tf.greater(tn, zero));
      stepLr = tf.mul(stepLr, tf.where(ok, tf.div(pn, tn), S(1)));
    }
    p.assign(tf.sub(p, tf.mul(r, stepLr)));
    s.vars.moment1.assign(m);
    s.vars.moment2.assign(v);
    s.nums.beta1_pow_acc = f32.mul(b1p, h.beta1);
    s.nums.beta2_pow_acc = f32.mul(b2p, h.beta2);
  }
}
