import * as tf from '@tensorflow/tfjs-core';

/**
 * A weight-decay rule attached to a parameter or an optimizer (`optimizer.L1Decay`,
 * `optimizer.L2Decay` implement it).
 * @category Framework
 */
export interface WeightDecayRegularizer {
  /** `'l1'` adds `coeff * sign(p)`, `'l2'` adds `coeff * p` to the gradient. */
  readonly kind: 'l1' | 'l2';
  readonly coeff: number;
}

/**
 * What Paddle keeps on a parameter besides its value: the per-parameter learning-rate factor
 * (`ParamAttr.learningRate`), whether gradient clipping applies, and its own regularizer.
 * @category Framework
 */
export interface ParameterAttributes {
  /** Multiplies the optimizer's learning rate for this parameter. @defaultValue 1 */
  learningRate: number;
  /** Whether gradient clipping applies to this parameter. @defaultValue true */
  needClip: boolean;
  /** A regularizer that overrides the optimizer's `weightDecay` for this parameter. @defaultValue null */
  regularizer: WeightDecayRegularizer | null;
}

/**
 * A trainable (or frozen) weight: a `tf.Variable` whose `name` is Paddle's unique parameter name
 * (`linear_0.w_0`) and which carries Paddle's per-parameter attributes. Its value is stored in
 * Paddle's layout (Linear `[in, out]`, Conv2D `[out, in/groups, kh, kw]`), so `stateDict`,
 * optimizer state and checkpoints need no conversion.
 *
 * @example
 * ```ts
 * const fc = new paddle.nn.Linear(4, 2);
 * fc.weight.name;      // 'linear_0.w_0'
 * fc.weight.shape;     // [4, 2]
 * fc.weight.trainable; // true
 * ```
 * @category Framework
 */
export type Parameter = tf.Variable & { readonly paddleAttr: ParameterAttributes };

/**
 * Wraps `value` in a new `tf.Variable` named `name` (the value is copied; the caller keeps
 * ownership of `value`).
 * @internal
 */
export function createVariable(
  value: tf.Tensor,
  name: string,
  trainable: boolean,
  attrs: Partial<ParameterAttributes> = {},
): Parameter {
  const v = tf.variable(value, trainable, name) as Parameter;
  Object.defineProperty(v, 'paddleAttr', {
    value: {
      learningRate: attrs.learningRate ?? 1,
      needClip: attrs.needClip ?? true,
      regularizer: attrs.regularizer ?? null,
    } satisfies ParameterAttributes,
    enumerable: false,
    writable: false,
  });
  return v;
}

/**
 * Whether `x` is a {@link Parameter} made by tfjs-hapi.
 *
 * @example
 * ```ts
 * paddle.isParameter(new paddle.nn.Linear(2, 2).weight); // true
 * ```
 * @category Framework
 */
export function isParameter(x: unknown): x is Parameter {
  return x instanceof tf.Variable && (x as Partial<Parameter>).paddleAttr !== undefined;
}
