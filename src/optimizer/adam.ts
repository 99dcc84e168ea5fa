import type * as tf from '@tensorflow/tfjs-core';
import { resolveArgs } from './args';
import { BaseAdam, checkAdamHyper, type AdamHyper } from './base-adam';
import type { OptimizerOptions, ParamState } from './optimizer';

/** Options of {@link Adam}. */
export interface AdamOptions extends OptimizerOptions {
  /** @defaultValue 0.9 */
  beta1?: number;
  /** @defaultValue 0.999 */
  beta2?: number;
  /** @defaultValue 1e-8 */
  epsilon?: number;
  /** Paddle's sparse-gradient mode; gradients here are dense, so it changes nothing. @defaultValue false */
  lazyMode?: boolean;
  /** Accepted for Paddle compatibility; tfjs-hapi trains in float32. @defaultValue false */
  multiPrecision?: boolean;
  /** Accepted for Paddle compatibility (Paddle's fused multi-tensor kernel). @defaultValue false */
  useMultiTensor?: boolean;
  /** Use the maximum of past second moments (AMSGrad). @defaultValue false */
  amsgrad?: boolean;
}

const NAMES = ['learningRate', 'beta1', 'beta2', 'epsilon', 'parameters', 'weightDecay', 'gradClip', 'lazyMode', 'multiPrecision', 'useMultiTensor', 'amsgrad', 'name'] as const;

/**
 * Adam (Paddle's `paddle.optimizer.Adam`); a number `weightDecay` is L2 added to the gradient
 * (use {@link AdamW} for decoupled decay). Update, as Paddle's kernel:
 * `m = β1 m + (1-β1) g; v = β2 v + (1-β2) g²; param -= lr √(1-β2ᵗ)/(1-β1ᵗ) · m / (√v + ε √(1-β2ᵗ))`.
 * See {@link https://arxiv.org/abs/1412.6980 | Adam}.
 *
 * @example
 * ```ts
 * const opt = new paddle.optimizer.Adam({ learningRate: 1e-3, parameters: net.parameters() });
 * ```
 * @category Optimizer
 */
export class Adam extends BaseAdam<AdamHyper> {
  /**
   * @param learningRate - a number or a scheduler (or all options in one object). @defaultValue 0.001
   * @param beta1 - @defaultValue 0.9
   * @param beta2 - @defaultValue 0.999
   * @param epsilon - @defaultValue 1e-8
   * @param parameters - the parameters or parameter groups
   * @param weightDecay - @defaultValue null
   * @param gradClip - @defaultValue null
   * @param lazyMode - @defaultValue false
   * @param multiPrecision - @defaultValue false
   * @param useMultiTensor - @defaultValue false
   * @param amsgrad - @defaultValue false
   * @param name - @defaultValue null
   * @throws {@link InvalidArgumentError} for a negative learning rate, `beta1`/`beta2` outside [0, 1), a negative epsilon, or missing parameters
   */
  constructor(learningRate?: AdamOptions['learningRate'] | AdamOptions, ...rest: unknown[]) {
    const o = resolveArgs<AdamOptions>([learningRate, ...rest], NAMES as unknown as (keyof AdamOptions & string)[], 'Adam');
    super('Adam', { ...o, learningRate: o.learningRate ?? 0.001 }, {
      beta1: o.beta1 ?? 0.9, beta2: o.beta2 ?? 0.999, epsilon: o.epsilon ?? 1e-8, lazyMode: o.lazyMode ?? false, amsgrad: o.amsgrad ?? false,
    });
  }

  protected override checkHyper(h: AdamHyper, ctx: string): AdamHyper {
    return checkAdamHyper(h, ctx);
  }

  protected update(p: tf.Variable, g: tf.Tensor, lr: number, h: AdamHyper, s: ParamState): void {
    this.adamStep(p, p, g, lr, h, s);
  }
}
