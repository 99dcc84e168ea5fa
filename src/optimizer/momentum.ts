import * as tf from '@tensorflow/tfjs-core';
import type { WeightDecayRegularizer } from '../framework/parameter';
import { checkNumber } from './args';
import { defineSignature, resolveArgs } from '../framework/args';
import { Optimizer, type OptimizerOptions, type ParamState, type SlotSpec } from './optimizer';

/**
 * Options of {@link Momentum}: any of its arguments by name, camelCase (Paddle's `Momentum(...)` keywords).
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.MomentumOptions = { learningRate: 0.1, momentum: 0.9, useNesterov: true, parameters: net.parameters() };
 * const opt = new paddle.optimizer.Momentum(options);
 * // the same as Paddle's positional order: new paddle.optimizer.Momentum(0.1, 0.9, net.parameters(), true)
 * ```
 * @category Optimizer
 */
export interface MomentumOptions extends OptimizerOptions {
  /** Momentum factor, >= 0. @defaultValue 0.9 */
  momentum?: number;
  /** Nesterov momentum: `param -= lr * (grad + momentum * velocity)`. @defaultValue false */
  useNesterov?: boolean;
  /** Accepted for Paddle compatibility; tfjs-hapi trains in float32. @defaultValue false */
  multiPrecision?: boolean;
  /** Multiplies the gradient before the L2 term is added (Paddle's `rescale_grad`). @defaultValue 1.0 */
  rescaleGrad?: number;
  /** Accepted for Paddle compatibility (Paddle's fused multi-tensor kernel). @defaultValue false */
  useMultiTensor?: boolean;
}

/** @internal */
export interface MomentumHyper {
  momentum: number;
  useNesterov: boolean;
  rescaleGrad: number;
}

/**
 * All of {@link Momentum}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.Momentum(learning_rate=0.1, momentum=0.9, parameters=model.parameters())
 * new paddle.optimizer.Momentum({ learningRate: 0.1, momentum: 0.9, parameters: net.parameters() });
 * ```
 * @category Optimizer
 */
export type MomentumArgs = MomentumOptions;

const SIGNATURE = defineSignature('optimizer.Momentum', ['learningRate', 'momentum', 'parameters', 'useNesterov', 'weightDecay', 'gradClip', 'multiPrecision', 'rescaleGrad', 'useMultiTensor', 'name'], { required: 0 });

/**
 * SGD with momentum (Paddle's `paddle.optimizer.Momentum`):
 * `velocity = momentum * velocity + grad; param -= lr * velocity`, or with `useNesterov`
 * `param -= lr * (grad + momentum * velocity)`. As in Paddle's kernel, an L2 decay is fused:
 * `grad = rescaleGrad * grad + coeff * param` (an L1 decay is added before the rescale).
 *
 * @example
 * ```ts
 * const opt = new paddle.optimizer.Momentum({ learningRate: 0.1, momentum: 0.9, parameters: net.parameters(), weightDecay: 1e-4 });
 * ```
 * @category Optimizer
 */
export class Momentum extends Optimizer<MomentumHyper> {
  /**
   * Creates a Momentum optimizer from Paddle-style arguments.
   * @param args - every argument by name, Paddle's keyword form (see {@link MomentumArgs})
   * @throws {@link index!InvalidArgumentError} for a negative learning rate or momentum, or missing parameters
   */
  constructor(args?: MomentumArgs);
  constructor(learningRate?: MomentumOptions['learningRate'], options?: Omit<MomentumOptions, 'learningRate'>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param learningRate - a number >= 0 or a scheduler from `optimizer.lr`.
   *   Defaults to 0.001, as in Paddle.
   */
  constructor(learningRate?: MomentumOptions['learningRate'], momentum?: MomentumOptions['momentum'], parameters?: MomentumOptions['parameters'], useNesterov?: MomentumOptions['useNesterov'], weightDecay?: MomentumOptions['weightDecay'], gradClip?: MomentumOptions['gradClip'], multiPrecision?: MomentumOptions['multiPrecision'], rescaleGrad?: MomentumOptions['rescaleGrad'], useMultiTensor?: MomentumOptions['useMultiTensor'], name?: MomentumOptions['name']);
  constructor(...args: unknown[]) {
    const o = resolveArgs<MomentumArgs>(SIGNATURE, args);
    super('Momentum', { ...o, learningRate: o.learningRate ?? 0.001 }, { momentum: o.momentum ?? 0.9, useNesterov: o.useNesterov ?? false, rescaleGrad: o.rescaleGrad ?? 1.0 });
  }

  protected override checkHyper(h: MomentumHyper, ctx: string): MomentumHyper {
    checkNumber(h.momentum, 'momentum', ctx, { min: 0 });
    checkNumber(h.rescaleGrad, 'rescaleGrad', ctx);
    return { ...h, useNesterov: Boolean(h.useNesterov) };
  }

  protected slots(): SlotSpec[] {
    return [{ name: 'velocity', init: 0 }];
  }

  protected override regularize(p: tf.Variable, g: tf.Tensor, reg: WeightDecayRegularizer | null, h: MomentumHyper): tf.Tensor {
    const S = (v: number) => this.scalars.get(v);
    if (reg !== null && reg.kind === 'l2') {
      const scaled = h.rescaleGrad === 1 ? g : tf.mul(g, S(h.rescaleGrad));
      return reg.coeff === 0 ? scaled : tf.add(scaled, tf.mul(p, S(reg.coeff)));
    }
    const r = super.regularize(p, g, reg, h);
    return h.rescaleGrad === 1 ? r : tf.mul(r, S(h.rescaleGrad));
  }

  protected update(p: tf.Variable, g: tf.Tensor, lr: number, h: MomentumHyper, s: ParamState): void {
    const mu = this.scalars.get(h.momentum);
    const v = tf.add(tf.mul(s.vars.velocity, mu), g);
    const stepDir = h.useNesterov ? tf.add(g, tf.mul(v, mu)) : v;
    p.assign(tf.sub(p, tf.mul(stepDir, this.scalars.get(lr, 'lr'))));
    s.vars.velocity.assign(v);
  }
}
