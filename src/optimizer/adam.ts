import type * as tf from '@tensorflow/tfjs-core';
import { defineSignature, resolveArgs } from '../framework/args';
import { BaseAdam, checkAdamHyper, type AdamHyper } from './base-adam';
import type { OptimizerOptions, ParamState } from './optimizer';

/**
 * Options of {@link Adam}: any of its arguments by name, camelCase (Paddle's `Adam(...)` keywords).
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.AdamOptions = { learningRate: 1e-3, beta2: 0.98, parameters: net.parameters() };
 * const opt = new paddle.optimizer.Adam(options);
 * // the same as Paddle's positional order: new paddle.optimizer.Adam(1e-3, 0.9, 0.98, 1e-8, net.parameters())
 * ```
 * @category Optimizer
 */
export interface AdamOptions extends OptimizerOptions {
  /** Exponential decay rate of the first-moment (mean) estimate, in [0, 1). @defaultValue 0.9 */
  beta1?: number;
  /** Exponential decay rate of the second-moment (uncentered variance) estimate, in [0, 1). @defaultValue 0.999 */
  beta2?: number;
  /** Added to the denominator for numerical stability, >= 0. @defaultValue 1e-8 */
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

/**
 * All of {@link Adam}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.Adam(learning_rate=0.001, parameters=model.parameters())
 * new paddle.optimizer.Adam({ learningRate: 0.001, parameters: net.parameters() });
 * ```
 * @category Optimizer
 */
export type AdamArgs = AdamOptions;

const SIGNATURE = defineSignature('optimizer.Adam', ['learningRate', 'beta1', 'beta2', 'epsilon', 'parameters', 'weightDecay', 'gradClip', 'lazyMode', 'multiPrecision', 'useMultiTensor', 'amsgrad', 'name'], { required: 0 });

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
   * Creates an Adam optimizer from Paddle-style arguments.
   * @param args - every argument by name, Paddle's keyword form (see {@link AdamArgs})
   * @throws {@link index!InvalidArgumentError} for a negative learning rate, `beta1`/`beta2` outside [0, 1), a negative epsilon, or missing parameters
   */
  constructor(args?: AdamArgs);
  constructor(learningRate?: AdamOptions['learningRate'], options?: Omit<AdamOptions, 'learningRate'>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param learningRate - a number >= 0 or a scheduler from `optimizer.lr`.
   *   Defaults to 0.001, as in Paddle.
   */
  constructor(learningRate?: AdamOptions['learningRate'], beta1?: AdamOptions['beta1'], beta2?: AdamOptions['beta2'], epsilon?: AdamOptions['epsilon'], parameters?: AdamOptions['parameters'], weightDecay?: AdamOptions['weightDecay'], gradClip?: AdamOptions['gradClip'], lazyMode?: AdamOptions['lazyMode'], multiPrecision?: AdamOptions['multiPrecision'], useMultiTensor?: AdamOptions['useMultiTensor'], amsgrad?: AdamOptions['amsgrad'], name?: AdamOptions['name']);
  constructor(...args: unknown[]) {
    const o = resolveArgs<AdamArgs>(SIGNATURE, args);
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
