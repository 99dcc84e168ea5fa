import * as tf from '@tensorflow/tfjs-core';
import { checkNumber } from './args';
import { defineSignature, resolveArgs } from '../framework/args';
import type { LRScheduler } from './lr/lr-scheduler';
import { Optimizer, type OptimizerOptions, type ParamState, type SlotSpec } from './optimizer';

/**
 * Options of {@link Adagrad}: any of its arguments by name, camelCase (Paddle's `Adagrad(...)` keywords).
 * `learningRate` has no default here: Paddle requires it.
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.AdagradOptions = { learningRate: 0.1, parameters: net.parameters() };
 * const opt = new paddle.optimizer.Adagrad(options);
 * // the same as Paddle's positional order: new paddle.optimizer.Adagrad(0.1, 1e-6, net.parameters())
 * ```
 * @category Optimizer
 */
export interface AdagradOptions extends OptimizerOptions {
  /** Added to the root of the accumulator, >= 0. @defaultValue 1e-6 */
  epsilon?: number;
  /** Initial value of the accumulator, >= 0. @defaultValue 0.0 */
  initialAccumulatorValue?: number;
}

/** @internal */
export interface AdagradHyper {
  epsilon: number;
  initialAccumulatorValue: number;
}

/**
 * All of {@link Adagrad}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.Adagrad(learning_rate=0.1, parameters=model.parameters())
 * new paddle.optimizer.Adagrad({ learningRate: 0.1, parameters: net.parameters() });
 * ```
 * @category Optimizer
 */
export interface AdagradArgs extends AdagradOptions {
  /** A number >= 0 or a scheduler from `optimizer.lr` (required, as in Paddle). */
  learningRate: number | LRScheduler;
}

const SIGNATURE = defineSignature('optimizer.Adagrad', ['learningRate', 'epsilon', 'parameters', 'weightDecay', 'gradClip', 'name', 'initialAccumulatorValue'], { required: 1 });

/**
 * Adagrad (Paddle's `paddle.optimizer.Adagrad`): `moment += g²; param -= lr · g / (√moment + ε)`.
 *
 * @example
 * ```ts
 * const opt = new paddle.optimizer.Adagrad({ learningRate: 0.1, parameters: net.parameters() });
 * ```
 * @category Optimizer
 */
export class Adagrad extends Optimizer<AdagradHyper> {
  /**
   * Creates an Adagrad optimizer from Paddle-style arguments.
   * @param args - every argument by name, Paddle's keyword form (see {@link AdagradArgs})
   * @throws {@link index!InvalidArgumentError} for a missing or negative learning rate, negative epsilon, or missing parameters
   */
  constructor(args: AdagradArgs);
  constructor(learningRate: AdagradOptions['learningRate'], options?: Omit<AdagradOptions, 'learningRate'>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param learningRate - a number >= 0 or a scheduler from `optimizer.lr`.
   *   Required, as in Paddle (no default).
   */
  constructor(learningRate: AdagradOptions['learningRate'], epsilon?: AdagradOptions['epsilon'], parameters?: AdagradOptions['parameters'], weightDecay?: AdagradOptions['weightDecay'], gradClip?: AdagradOptions['gradClip'], name?: AdagradOptions['name'], initialAccumulatorValue?: AdagradOptions['initialAccumulatorValue']);
  constructor(...args: unknown[]) {
    const o = resolveArgs<AdagradArgs>(SIGNATURE, args);
    super('Adagrad', o, { epsilon: o.epsilon ?? 1e-6, initialAccumulatorValue: o.initialAccumulatorValue ?? 0.0 });
  }

  protected override checkHyper(h: AdagradHyper, ctx: string): AdagradHyper {
    checkNumber(h.epsilon, 'epsilon', ctx, { min: 0 });
    checkNumber(h.initialAccumulatorValue, 'initialAccumulatorValue', ctx, { min: 0 });
    return h;
  }

  protected slots(_p: tf.Variable, h: AdagradHyper): SlotSpec[] {
    return [{ name: 'moment', init: h.initialAccumulatorValue }];
  }

  protected update(p: tf.Variable, g: tf.Tensor, lr: number, h: AdagradHyper, s: ParamState): void {
    const S = (v: number, role?: string) => this.scalars.get(v, role);
    const m = tf.add(s.vars.moment, tf.square(g));
    p.assign(tf.sub(p, tf.div(tf.mul(g, S(lr, 'lr')), tf.add(tf.sqrt(m), S(h.epsilon)))));
    s.vars.moment.assign(m);
  }
}
