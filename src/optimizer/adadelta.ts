import * as tf from '@tensorflow/tfjs-core';
import { checkNumber } from './args';
import { defineSignature, resolveArgs } from '../framework/args';
import { Optimizer, type OptimizerOptions, type ParamState, type SlotSpec } from './optimizer';
import { f32 } from './scalar-cache';

/**
 * Options of {@link Adadelta}: any of its arguments by name, camelCase (Paddle's `Adadelta(...)` keywords).
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.AdadeltaOptions = { learningRate: 1.0, rho: 0.9, parameters: net.parameters() };
 * const opt = new paddle.optimizer.Adadelta(options);
 * // the same as Paddle's positional order: new paddle.optimizer.Adadelta(1.0, 1e-6, 0.9, net.parameters())
 * ```
 * @category Optimizer
 */
export interface AdadeltaOptions extends OptimizerOptions {
  /** Added inside both square roots for numerical stability, >= 0. @defaultValue 1e-6 */
  epsilon?: number;
  /** Decay of the running averages. @defaultValue 0.95 */
  rho?: number;
}

/** @internal */
export interface AdadeltaHyper {
  epsilon: number;
  rho: number;
}

/**
 * All of {@link Adadelta}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.Adadelta(learning_rate=1.0, rho=0.9, parameters=model.parameters())
 * new paddle.optimizer.Adadelta({ learningRate: 1.0, rho: 0.9, parameters: net.parameters() });
 * ```
 * @category Optimizer
 */
export type AdadeltaArgs = AdadeltaOptions;

const SIGNATURE = defineSignature('optimizer.Adadelta', ['learningRate', 'epsilon', 'rho', 'parameters', 'weightDecay', 'gradClip', 'name'], { required: 0 });

/**
 * Adadelta (Paddle's `paddle.optimizer.Adadelta`): `Eg² = ρ Eg² + (1-ρ) g²;
 * Δ = -√((EΔ² + ε) / (Eg² + ε)) · g; EΔ² = ρ EΔ² + (1-ρ) Δ²; param += lr · Δ`.
 * See {@link https://arxiv.org/abs/1212.5701 | ADADELTA}.
 *
 * @example
 * ```ts
 * const opt = new paddle.optimizer.Adadelta({ learningRate: 1.0, parameters: net.parameters() });
 * ```
 * @category Optimizer
 */
export class Adadelta extends Optimizer<AdadeltaHyper> {
  /**
   * Creates an Adadelta optimizer from Paddle-style arguments.
   * @param args - every argument by name, Paddle's keyword form (see {@link AdadeltaArgs})
   * @throws {@link index!InvalidArgumentError} for a negative learning rate, epsilon or rho, or missing parameters
   */
  constructor(args?: AdadeltaArgs);
  constructor(learningRate?: AdadeltaOptions['learningRate'], options?: Omit<AdadeltaOptions, 'learningRate'>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param learningRate - a number >= 0 or a scheduler from `optimizer.lr`.
   *   Defaults to 0.001, as in Paddle.
   */
  constructor(learningRate?: AdadeltaOptions['learningRate'], epsilon?: AdadeltaOptions['epsilon'], rho?: AdadeltaOptions['rho'], parameters?: AdadeltaOptions['parameters'], weightDecay?: AdadeltaOptions['weightDecay'], gradClip?: AdadeltaOptions['gradClip'], name?: AdadeltaOptions['name']);
  constructor(...args: unknown[]) {
    const o = resolveArgs<AdadeltaArgs>(SIGNATURE, args);
    super('Adadelta', { ...o, learningRate: o.learningRate ?? 0.001 }, { epsilon: o.epsilon ?? 1e-6, rho: o.rho ?? 0.95 });
  }

  protected override checkHyper(h: AdadeltaHyper, ctx: string): AdadeltaHyper {
    checkNumber(h.epsilon, 'epsilon', ctx, { min: 0 });
    checkNumber(h.rho, 'rho', ctx, { min: 0, max: 1 });
    return h;
  }

  protected slots(): SlotSpec[] {
    return [{ name: '_avg_squared_grad', init: 0 }, { name: '_avg_squared_update', init: 0 }];
  }

  protected update(p: tf.Variable, g: tf.Tensor, lr: number, h: AdadeltaHyper, s: ParamState): void {
    const S = (v: number, role?: string) => this.scalars.get(v, role);
    const rho = S(h.rho);
    const oneMinusRho = S(f32.sub(1, h.rho));
    const eps = S(h.epsilon);
    const eg = tf.add(tf.mul(s.vars._avg_squared_grad, rho), tf.mul(tf.square(g), oneMinusRho));
    const update = tf.mul(tf.div(tf.sqrt(tf.add(s.vars._avg_squared_update, eps)), tf.sqrt(tf.add(eg, eps))), g);
    p.assign(tf.sub(p, tf.mul(update, S(lr, 'lr'))));
    s.vars._avg_squared_update.assign(tf.add(tf.mul(s.vars._avg_squared_update, rho), tf.mul(tf.square(update), oneMinusRho)));
    s.vars._avg_squared_grad.assign(eg);
  }
}
