import * as tf from '@tensorflow/tfjs-core';
import { defineSignature, resolveArgs } from '../framework/args';
import { checkAdamHyper } from './base-adam';
import { Optimizer, type OptimizerOptions, type ParamState, type SlotSpec } from './optimizer';
import { f32 } from './scalar-cache';

/**
 * Options of {@link Adamax}: any of its arguments by name, camelCase (Paddle's `Adamax(...)` keywords).
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.AdamaxOptions = { learningRate: 2e-3, parameters: net.parameters() };
 * const opt = new paddle.optimizer.Adamax(options);
 * // the same as Paddle's positional order: new paddle.optimizer.Adamax(2e-3, { parameters: net.parameters() })
 * ```
 * @category Optimizer
 */
export interface AdamaxOptions extends OptimizerOptions {
  /** Exponential decay rate of the first-moment (mean) estimate, in [0, 1). @defaultValue 0.9 */
  beta1?: number;
  /** Exponential decay rate of the infinity norm `u`, in [0, 1). @defaultValue 0.999 */
  beta2?: number;
  /** Added to the decayed norm inside the max (Paddle's placement), >= 0. @defaultValue 1e-8 */
  epsilon?: number;
}

/** @internal */
export interface AdamaxHyper {
  beta1: number;
  beta2: number;
  epsilon: number;
  lazyMode: boolean;
  amsgrad: boolean;
}

/**
 * All of {@link Adamax}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.Adamax(learning_rate=0.002, parameters=model.parameters())
 * new paddle.optimizer.Adamax({ learningRate: 0.002, parameters: net.parameters() });
 * ```
 * @category Optimizer
 */
export type AdamaxArgs = AdamaxOptions;

const SIGNATURE = defineSignature('optimizer.Adamax', ['learningRate', 'beta1', 'beta2', 'epsilon', 'parameters', 'weightDecay', 'gradClip', 'name'], { required: 0 });

/**
 * Adamax (Paddle's `paddle.optimizer.Adamax`), with Paddle's kernel: `m = β1 m + (1-β1) g;
 * u = max(|g|, β2 u + ε); param -= lr / (1 - β1ᵗ) · m / u` — ε is inside the max, unlike
 * PyTorch's `max(β2 u, |g| + ε)`. See {@link https://arxiv.org/abs/1412.6980 | Adam}.
 *
 * @example
 * ```ts
 * const opt = new paddle.optimizer.Adamax({ learningRate: 2e-3, parameters: net.parameters() });
 * ```
 * @category Optimizer
 */
export class Adamax extends Optimizer<AdamaxHyper> {
  /**
   * Creates an Adamax optimizer from Paddle-style arguments.
   * @param args - every argument by name, Paddle's keyword form (see {@link AdamaxArgs})
   * @throws {@link index!InvalidArgumentError} for a negative learning rate, `beta1`/`beta2` outside [0, 1), a negative epsilon, or missing parameters
   */
  constructor(args?: AdamaxArgs);
  constructor(learningRate?: AdamaxOptions['learningRate'], options?: Omit<AdamaxOptions, 'learningRate'>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param learningRate - a number >= 0 or a scheduler from `optimizer.lr`.
   *   Defaults to 0.001, as in Paddle.
   */
  constructor(learningRate?: AdamaxOptions['learningRate'], beta1?: AdamaxOptions['beta1'], beta2?: AdamaxOptions['beta2'], epsilon?: AdamaxOptions['epsilon'], parameters?: AdamaxOptions['parameters'], weightDecay?: AdamaxOptions['weightDecay'], gradClip?: AdamaxOptions['gradClip'], name?: AdamaxOptions['name']);
  constructor(...args: unknown[]) {
    const o = resolveArgs<AdamaxArgs>(SIGNATURE, args);
    super('Adamax', { ...o, learningRate: o.learningRate ?? 0.001 }, { beta1: o.beta1 ?? 0.9, beta2: o.beta2 ?? 0.999, epsilon: o.epsilon ?? 1e-8, lazyMode: false, amsgrad: false });
  }

  protected override checkHyper(h: AdamaxHyper, ctx: string): AdamaxHyper {
    return checkAdamHyper(h, ctx);
  }

  protected slots(_p: tf.Variable, h: AdamaxHyper): SlotSpec[] {
    return [
      { name: 'moment', init: 0 },
      { name: 'inf_norm', init: 0 },
      { name: 'beta1_pow_acc', init: h.beta1, scalar: true },
    ];
  }

  protected update(p: tf.Variable, g: tf.Tensor, lr: number, h: AdamaxHyper, s: ParamState): void {
    const S = (v: number) => this.scalars.get(v);
    const b1p = s.nums.beta1_pow_acc;
    const m = tf.add(tf.mul(s.vars.moment, S(h.beta1)), tf.mul(g, S(f32.sub(1, h.beta1))));
    const u = tf.maximum(tf.abs(g), tf.add(tf.mul(s.vars.inf_norm, S(h.beta2)), S(h.epsilon)));
    p.assign(tf.sub(p, tf.mul(tf.div(m, u), this.scalars.volatile(f32.div(lr, f32.sub(1, b1p))))));
    s.vars.moment.assign(m);
    s.vars.inf_norm.assign(u);
    s.nums.beta1_pow_acc = f32.mul(b1p, h.beta1);
  }
}
