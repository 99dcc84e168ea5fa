import * as tf from '@tensorflow/tfjs-core';
import { checkNumber, resolveArgs } from './args';
import { Optimizer, type OptimizerOptions, type ParamState, type SlotSpec } from './optimizer';

/** Options of {@link Adagrad}. */
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

const NAMES = ['learningRate', 'epsilon', 'parameters', 'weightDecay', 'gradClip', 'name', 'initialAccumulatorValue'] as const;

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
   * @param learningRate - a number or a scheduler (or all options in one object); required
   * @param epsilon - @defaultValue 1e-6
   * @param parameters - the parameters or parameter groups
   * @param weightDecay - @defaultValue null
   * @param gradClip - @defaultValue null
   * @param name - @defaultValue null
   * @param initialAccumulatorValue - @defaultValue 0.0
   * @throws {@link InvalidArgumentError} for a missing or negative learning rate, negative epsilon, or missing parameters
   */
  constructor(learningRate: AdagradOptions['learningRate'] | AdagradOptions, ...rest: unknown[]) {
    const o = resolveArgs<AdagradOptions>([learningRate, ...rest], NAMES as unknown as (keyof AdagradOptions & string)[], 'Adagrad');
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
