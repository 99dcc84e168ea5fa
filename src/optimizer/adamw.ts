import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../errors';
import { checkNumber } from './args';
import { defineSignature, resolveArgs } from '../framework/args';
import { BaseAdam, checkAdamHyper, type AdamHyper } from './base-adam';
import type { OptimizerOptions, ParamState } from './optimizer';
import { f32 } from './scalar-cache';

/**
 * Options of {@link AdamW}: any of its arguments by name, camelCase (Paddle's `AdamW(...)` keywords).
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.AdamWOptions = { learningRate: 1e-3, parameters: net.parameters(), weightDecay: 0.05 };
 * const opt = new paddle.optimizer.AdamW(options);
 * // the same as Paddle's positional order: new paddle.optimizer.AdamW(1e-3, 0.9, 0.999, 1e-8, net.parameters(), 0.05)
 * ```
 * @category Optimizer
 */
export interface AdamWOptions extends Omit<OptimizerOptions, 'weightDecay'> {
  /** Exponential decay rate of the first-moment (mean) estimate, in [0, 1). @defaultValue 0.9 */
  beta1?: number;
  /** Exponential decay rate of the second-moment (uncentered variance) estimate, in [0, 1). @defaultValue 0.999 */
  beta2?: number;
  /** Added to the denominator for numerical stability, >= 0. @defaultValue 1e-8 */
  epsilon?: number;
  /** Decoupled weight-decay coefficient: `param -= lr * weightDecay * param` before Adam. @defaultValue 0.01 */
  weightDecay?: number;
  /** Per-parameter factor of the learning rate, `(param) => ratio` (Paddle's GPU `lr_ratio`). @defaultValue null */
  lrRatio?: ((param: tf.Variable) => number) | null;
  /** Decay only parameters whose name this returns true for. @defaultValue null (decay all) */
  applyDecayParamFun?: ((name: string) => boolean) | null;
  /** Paddle's sparse-gradient mode; gradients here are dense, so it changes nothing. @defaultValue false */
  lazyMode?: boolean;
  /** Accepted for Paddle compatibility; tfjs-hapi trains in float32. @defaultValue false */
  multiPrecision?: boolean;
  /** Use the maximum of past second moments (AMSGrad). @defaultValue false */
  amsgrad?: boolean;
}

/** @internal */
export interface AdamWHyper extends AdamHyper {
  weightDecay: number;
  lrRatio: ((param: tf.Variable) => number) | null;
  applyDecayParamFun: ((name: string) => boolean) | null;
}

/**
 * All of {@link AdamW}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.AdamW(learning_rate=0.001, parameters=model.parameters(), weight_decay=0.01)
 * new paddle.optimizer.AdamW({ learningRate: 0.001, parameters: net.parameters(), weightDecay: 0.01 });
 * ```
 * @category Optimizer
 */
export type AdamWArgs = AdamWOptions;

const SIGNATURE = defineSignature('optimizer.AdamW', ['learningRate', 'beta1', 'beta2', 'epsilon', 'parameters', 'weightDecay', 'lrRatio', 'applyDecayParamFun', 'gradClip', 'lazyMode', 'multiPrecision', 'amsgrad', 'name'], { required: 0 });

/**
 * Adam with decoupled weight decay (Paddle's `paddle.optimizer.AdamW`): with
 * `lr' = lr * lrRatio(param)`, first `param -= lr' * weightDecay * param` (unless
 * `applyDecayParamFun(param.name)` is false), then the Adam update with `lr'`. Paddle applies
 * `lrRatio` only on GPU/XPU (its CPU kernel rejects it); here it works everywhere with the GPU
 * semantics. See {@link https://arxiv.org/abs/1711.05101 | Decoupled Weight Decay}.
 *
 * @example
 * ```ts
 * const opt = new paddle.optimizer.AdamW({
 *   learningRate: 1e-3, parameters: net.parameters(), weightDecay: 0.01,
 *   applyDecayParamFun: (name) => !name.includes('.b_'),
 * });
 * ```
 * @category Optimizer
 */
export class AdamW extends BaseAdam<AdamWHyper> {
  /**
   * Creates an AdamW optimizer from Paddle-style arguments.
   * @param args - every argument by name, Paddle's keyword form (see {@link AdamWArgs})
   * @throws {@link index!InvalidArgumentError} for a negative learning rate or weight decay, `beta1`/`beta2` outside [0, 1), or missing parameters
   */
  constructor(args?: AdamWArgs);
  constructor(learningRate?: AdamWOptions['learningRate'], options?: Omit<AdamWOptions, 'learningRate'>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param learningRate - a number >= 0 or a scheduler from `optimizer.lr`.
   *   Defaults to 0.001, as in Paddle.
   */
  constructor(learningRate?: AdamWOptions['learningRate'], beta1?: AdamWOptions['beta1'], beta2?: AdamWOptions['beta2'], epsilon?: AdamWOptions['epsilon'], parameters?: AdamWOptions['parameters'], weightDecay?: AdamWOptions['weightDecay'], lrRatio?: AdamWOptions['lrRatio'], applyDecayParamFun?: AdamWOptions['applyDecayParamFun'], gradClip?: AdamWOptions['gradClip'], lazyMode?: AdamWOptions['lazyMode'], multiPrecision?: AdamWOptions['multiPrecision'], amsgrad?: AdamWOptions['amsgrad'], name?: AdamWOptions['name']);
  constructor(...args: unknown[]) {
    const o = resolveArgs<AdamWArgs>(SIGNATURE, args);
    super('AdamW', { ...o, weightDecay: null, learningRate: o.learningRate ?? 0.001 }, {
      beta1: o.beta1 ?? 0.9, beta2: o.beta2 ?? 0.999, epsilon: o.epsilon ?? 1e-8, lazyMode: o.lazyMode ?? false, amsgrad: o.amsgrad ?? false,
      weightDecay: o.weightDecay ?? 0.01, lrRatio: o.lrRatio ?? null, applyDecayParamFun: o.applyDecayParamFun ?? null,
    }, true);
  }

  protected override checkHyper(h: AdamWHyper, ctx: string): AdamWHyper {
    checkNumber(h.weightDecay, 'weightDecay', ctx, { min: 0 });
    for (const name of ['lrRatio', 'applyDecayParamFun'] as const) {
      if (h[name] != null && typeof h[name] !== 'function') throw new InvalidArgumentError(name, 'a function or null', h[name], ctx);
    }
    return checkAdamHyper(h, ctx);
  }

  protected update(p: tf.Variable, g: tf.Tensor, lr: number, h: AdamWHyper, s: ParamState): void {
    const lrP = h.lrRatio ? f32.mul(lr, h.lrRatio(p)) : lr;
    const decay = h.weightDecay !== 0 && (h.applyDecayParamFun === null || h.applyDecayParamFun(p.name));
    const decayed = decay ? tf.mul(p, this.scalars.get(f32.sub(1, f32.mul(lrP, h.weightDecay)), 'lr')) : p;
    this.adamStep(p, decayed, g, lrP, h, s);
  }
}
