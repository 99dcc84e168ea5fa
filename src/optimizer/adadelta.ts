import * as tf from '@tensorflow/tfjs-core';
import { checkNumber, resolveArgs } from './args';
import { Optimizer, type OptimizerOptions, type ParamState, type SlotSpec } from './optimizer';
import { f32 } from './scalar-cache';

/** Options of {@link Adadelta}. */
export interface AdadeltaOptions extends OptimizerOptions {
  /** @defaultValue 1e-6 */
  epsilon?: number;
  /** Decay of the running averages. @defaultValue 0.95 */
  rho?: number;
}

/** @internal */
export interface AdadeltaHyper {
  epsilon: number;
  rho: number;
}

const NAMES = ['learningRate', 'epsilon', 'rho', 'parameters', 'weightDecay', 'gradClip', 'name'] as const;

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
   * @param learningRate - a number or a scheduler (or all options in one object). @defaultValue 0.001
   * @param epsilon - @defaultValue 1e-6
   * @param rho - @defaultValue 0.95
   * @param parameters - the parameters or parameter groups
   * @param weightDecay - @defaultValue null
   * @param gradClip - @defaultValue null
   * @param name - @defaultValue null
   * @throws {@link InvalidArgumentError} for a negative learning rate, epsilon or rho, or missing parameters
   */
  constructor(learningRate?: AdadeltaOptions['learningRate'] | AdadeltaOptions, ...rest: unknown[]) {
    const o = resolveArgs<AdadeltaOptions>([learningRate, ...rest], NAMES as unknown as (keyof AdadeltaOptions & string)[], 'Adadelta');
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
