import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../errors';
import { checkNumber, resolveArgs } from './args';
import { BaseAdam, checkAdamHyper, type AdamHyper } from './base-adam';
import type { OptimizerOptions, ParamState } from './optimizer';
import { f32 } from './scalar-cache';

/** Options of {@link AdamW}. */
export interface AdamWOptions extends Omit<OptimizerOptions, 'weightDecay'> {
  /** @defaultValue 0.9 */
  beta1?: number;
  /** @defaultValue 0.999 */
  beta2?: number;
  /** @defaultValue 1e-8 */
  epsilon?: number;
  /** Decoupled weight-decay coefficient: `param -= lr * weightDecay * param` before Adam. @defaultValue 0.01 */
  weightDecay?: number;
  /** Per-parameter factor of the learning rate, `(param) => ratio` (Paddle's GPU `lr_ratio`). @defaultValue null */
  lrRatio?: ((param: tf.Variable) => number) | null;
  /** Decay only parameters whose name this returns true for. @defaultValue null (decay all) */
  applyDecayParamFun?: ((name: string) => boolean) | null;
  /** @defaultValue false */
  lazyMode?: boolean;
  /** @defaultValue false */
  multiPrecision?: boolean;
  /** @defaultValue false */
  amsgrad?: boolean;
}

/** @internal */
export interface AdamWHyper extends AdamHyper {
  weightDecay: number;
  lrRatio: ((param: tf.Variable) => number) | null;
  applyDecayParamFun: ((name: string) => boolean) | null;
}

const NAMES = ['learningRate', 'beta1', 'beta2', 'epsilon', 'parameters', 'weightDecay', 'lrRatio', 'applyDecayParamFun', 'gradClip', 'lazyMode', 'multiPrecision', 'amsgrad', 'name'] as const;

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
   * @param learningRate - a number or a scheduler (or all options in one object). @defaultValue 0.001
   * @param beta1 - @defaultValue 0.9
   * @param beta2 - @defaultValue 0.999
   * @param epsilon - @defaultValue 1e-8
   * @param parameters - the parameters or parameter groups
   * @param weightDecay - @defaultValue 0.01
   * @param lrRatio - @defaultValue null
   * @param applyDecayParamFun - @defaultValue null
   * @param gradClip - @defaultValue null
   * @param lazyMode - @defaultValue false
   * @param multiPrecision - @defaultValue false
   * @param amsgrad - @defaultValue false
   * @param name - @defaultValue null
   * @throws {@link InvalidArgumentError} for a negative learning rate or weight decay, `beta1`/`beta2` outside [0, 1), or missing parameters
   */
  constructor(learningRate?: AdamWOptions['learningRate'] | AdamWOptions, ...rest: unknown[]) {
    const o = resolveArgs<AdamWOptions>([learningRate, ...rest], NAMES as unknown as (keyof AdamWOptions & string)[], 'AdamW');
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
