import * as tf from '@tensorflow/tfjs-core';
import { defineSignature, resolveArgs } from '../framework/args';
import { Optimizer, type OptimizerOptions, type ParamState, type SlotSpec } from './optimizer';

/**
 * Options of {@link SGD}: any of its arguments by name, camelCase (Paddle's `SGD(...)` keywords).
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.SGDOptions = { learningRate: 0.1, parameters: net.parameters(), weightDecay: 1e-4 };
 * const opt = new paddle.optimizer.SGD(options);
 * // the same as Paddle's positional order: new paddle.optimizer.SGD(0.1, net.parameters(), 1e-4)
 * ```
 * @category Optimizer
 */
export interface SGDOptions extends OptimizerOptions {
  /** Accepted for Paddle compatibility; tfjs-hapi trains in float32. @defaultValue false */
  multiPrecision?: boolean;
}

/**
 * All of {@link SGD}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.SGD(learning_rate=0.1, parameters=model.parameters())
 * new paddle.optimizer.SGD({ learningRate: 0.1, parameters: net.parameters() });
 * ```
 * @category Optimizer
 */
export type SGDArgs = SGDOptions;

const SIGNATURE = defineSignature('optimizer.SGD', ['learningRate', 'parameters', 'weightDecay', 'gradClip', 'multiPrecision', 'name'], { required: 0 });

/**
 * Stochastic gradient descent: `param -= lr * grad` (Paddle's `paddle.optimizer.SGD`).
 *
 * @example
 * ```ts
 * const opt = new paddle.optimizer.SGD({ learningRate: 0.1, parameters: net.parameters(), weightDecay: 1e-4 });
 * ```
 * @category Optimizer
 */
export class SGD extends Optimizer<Record<string, never>> {
  /**
   * @param args - every argument by name, Paddle's keyword form (see {@link SGDArgs})
   * @throws {@link index!InvalidArgumentError} for a negative learning rate or missing parameters
   */
  constructor(args?: SGDArgs);
  constructor(learningRate?: SGDOptions['learningRate'], options?: Omit<SGDOptions, 'learningRate'>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param learningRate - a number or a scheduler (or all options in one object). @defaultValue 0.001
   * @param parameters - the parameters or parameter groups
   * @param weightDecay - @defaultValue null
   * @param gradClip - @defaultValue null
   * @param multiPrecision - @defaultValue false
   * @param name - @defaultValue null
   */
  constructor(learningRate?: SGDOptions['learningRate'], parameters?: SGDOptions['parameters'], weightDecay?: SGDOptions['weightDecay'], gradClip?: SGDOptions['gradClip'], multiPrecision?: SGDOptions['multiPrecision'], name?: SGDOptions['name']);
  constructor(...args: unknown[]) {
    const o = resolveArgs<SGDArgs>(SIGNATURE, args);
    super('SGD', { ...o, learningRate: o.learningRate ?? 0.001 }, {});
  }

  protected slots(): SlotSpec[] {
    return [];
  }

  protected update(p: tf.Variable, g: tf.Tensor, lr: number, _h: Record<string, never>, _s: ParamState): void {
    p.assign(tf.sub(p, tf.mul(g, this.scalars.get(lr, 'lr'))));
  }
}
