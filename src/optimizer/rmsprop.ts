import * as tf from '@tensorflow/tfjs-core';
import { checkNumber } from './args';
import { defineSignature, resolveArgs } from '../framework/args';
import type { LRScheduler } from './lr/lr-scheduler';
import { Optimizer, type OptimizerOptions, type ParamState, type SlotSpec } from './optimizer';
import { f32 } from './scalar-cache';

/**
 * Options of {@link RMSProp}: any of its arguments by name, camelCase (Paddle's `RMSProp(...)` keywords).
 * `learningRate` has no default here: Paddle requires it.
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.RMSPropOptions = { learningRate: 0.01, centered: true, parameters: net.parameters() };
 * const opt = new paddle.optimizer.RMSProp(options);
 * // the same as Paddle's positional order: new paddle.optimizer.RMSProp(0.01, 0.95, 1e-6, 0.0, true, net.parameters())
 * ```
 * @category Optimizer
 */
export interface RMSPropOptions extends OptimizerOptions {
  /** Decay of the mean square, >= 0. @defaultValue 0.95 */
  rho?: number;
  /** Added inside the square root, >= 0. @defaultValue 1e-6 */
  epsilon?: number;
  /** Momentum of the update, >= 0. @defaultValue 0.0 */
  momentum?: number;
  /** Divide by the variance (mean square minus squared mean) instead of the mean square. @defaultValue false */
  centered?: boolean;
}

/** @internal */
export interface RMSPropHyper {
  rho: number;
  epsilon: number;
  momentum: number;
  centered: boolean;
}

/**
 * All of {@link RMSProp}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.RMSProp(learning_rate=0.01, parameters=model.parameters())
 * new paddle.optimizer.RMSProp({ learningRate: 0.01, parameters: net.parameters() });
 * ```
 * @category Optimizer
 */
export interface RMSPropArgs extends RMSPropOptions {
  /** A number >= 0 or a scheduler from `optimizer.lr` (required, as in Paddle). */
  learningRate: number | LRScheduler;
}

const SIGNATURE = defineSignature('optimizer.RMSProp', ['learningRate', 'rho', 'epsilon', 'momentum', 'centered', 'parameters', 'weightDecay', 'gradClip', 'name'], { required: 1 });

/**
 * RMSProp (Paddle's `paddle.optimizer.RMSProp`), with Paddle's kernel:
 * `ms = ρ ms + (1-ρ) g²; mom = momentum · mom + lr · g / √(ms + ε); param -= mom`; centered:
 * `mg = ρ mg + (1-ρ) g` and `√(ms - mg² + ε)`. ε is inside the root (PyTorch adds it outside),
 * and the learning rate is inside the momentum buffer.
 *
 * @example
 * ```ts
 * const opt = new paddle.optimizer.RMSProp({ learningRate: 0.01, parameters: net.parameters(), centered: true });
 * ```
 * @category Optimizer
 */
export class RMSProp extends Optimizer<RMSPropHyper> {
  /**
   * Creates an RMSProp optimizer from Paddle-style arguments.
   * @param args - every argument by name, Paddle's keyword form (see {@link RMSPropArgs})
   * @throws {@link index!InvalidArgumentError} for a missing or negative learning rate, negative rho/epsilon/momentum, or missing parameters
   */
  constructor(args: RMSPropArgs);
  constructor(learningRate: RMSPropOptions['learningRate'], options?: Omit<RMSPropOptions, 'learningRate'>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param learningRate - a number >= 0 or a scheduler from `optimizer.lr`.
   *   Required, as in Paddle (no default).
   */
  constructor(learningRate: RMSPropOptions['learningRate'], rho?: RMSPropOptions['rho'], epsilon?: RMSPropOptions['epsilon'], momentum?: RMSPropOptions['momentum'], centered?: RMSPropOptions['centered'], parameters?: RMSPropOptions['parameters'], weightDecay?: RMSPropOptions['weightDecay'], gradClip?: RMSPropOptions['gradClip'], name?: RMSPropOptions['name']);
  constructor(...args: unknown[]) {
    const o = resolveArgs<RMSPropArgs>(SIGNATURE, args);
    super('RMSProp', o, { rho: o.rho ?? 0.95, epsilon: o.epsilon ?? 1e-6, momentum: o.momentum ?? 0.0, centered: o.centered ?? false });
  }

  protected override checkHyper(h: RMSPropHyper, ctx: string): RMSPropHyper {
    checkNumber(h.rho, 'rho', ctx, { min: 0 });
    checkNumber(h.epsilon, 'epsilon', ctx, { min: 0 });
    checkNumber(h.momentum, 'momentum', ctx, { min: 0 });
    return { ...h, centered: Boolean(h.centered) };
  }

  protected slots(): SlotSpec[] {
    return [{ name: 'momentum', init: 0 }, { name: 'mean_square', init: 0 }, { name: 'mean_grad', init: 0 }];
  }

  protected update(p: tf.Variable, g: tf.Tensor, lr: number, h: RMSPropHyper, s: ParamState): void {
    const S = (v: number, role?: string) => this.scalars.get(v, role);
    const oneMinusRho = S(f32.sub(1, h.rho));
    const ms = tf.add(tf.mul(s.vars.mean_square, S(h.rho)), tf.mul(tf.square(g), oneMinusRho));
    let inner: tf.Tensor = ms;
    if (h.centered) {
      const mg = tf.add(tf.mul(s.vars.mean_grad, S(h.rho)), tf.mul(g, oneMinusRho));
      inner = tf.sub(ms, tf.square(mg));
      s.vars.mean_grad.assign(mg);
    }
    const step = tf.div(tf.mul(g, S(lr, 'lr')), tf.sqrt(tf.add(inner, S(h.epsilon))));
    const mom = h.momentum === 0 ? step : tf.add(tf.mul(s.vars.momentum, S(h.momentum)), step);
    p.assign(tf.sub(p, mom));
    s.vars.mean_square.assign(ms);
    s.vars.momentum.assign(mom);
  }
}
