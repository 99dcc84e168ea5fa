import * as tf from '@tensorflow/tfjs-core';
import { StateDictError } from '../../errors';

/** Options of {@link Layer.setStateDict}. */
export interface SetStateDictOptions {
  /** Throw a {@link index!StateDictError} for a missing key or a wrong shape (Paddle only warns). @defaultValue true */
  strict?: boolean;
}

/**
 * Copies `state` into the live variables `own` (a layer's `stateDict()`): the work behind
 * `Layer.setStateDict`. Checks every key and shape before assigning anything, so a bad entry in
 * strict mode leaves the layer unchanged.
 */
export function assignState(
  own: Record<string, tf.Variable>,
  state: Record<string, tf.Tensor | tf.TensorLike>,
  options: SetStateDictOptions,
): { missingKeys: string[]; unexpectedKeys: string[] } {
  const strict = options.strict ?? true;
  const missingKeys: string[] = [];
  const updates: [tf.Variable, tf.Tensor | tf.TensorLike][] = [];
  for (const [key, variable] of Object.entries(own)) {
    const value = state[key];
    if (value === undefined || value === null) {
      missingKeys.push(key);
      if (strict) throw new StateDictError(key, `'${key}' is not found in the providing state dict.`);
      continue;
    }
    const shape = value instanceof tf.Tensor ? value.shape : shapeOfLike(value, variable.shape);
    if (!sameShape(shape, variable.shape)) {
      if (strict) throw new StateDictError(key, `'${key}' receives a shape [${shape.join(', ')}], but the expected shape is [${variable.shape.join(', ')}].`);
      continue;
    }
    updates.push([variable, value]);
  }
  tf.tidy(() => {
    for (const [variable, value] of updates) {
      const t = value instanceof tf.Tensor ? value : tf.tensor(value as tf.TensorLike, variable.shape, 'float32');
      variable.assign(tf.cast(tf.reshape(t, variable.shape), variable.dtype));
    }
  });
  const unexpectedKeys = Object.keys(state).filter((k) => !(k in own));
  return { missingKeys, unexpectedKeys };
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** The shape of a nested array; a flat typed array of the right size counts as having `expected`'s shape. */
function shapeOfLike(value: tf.TensorLike, expected: readonly number[]): number[] {
  if (ArrayBuffer.isView(value)) {
    const n = (value as unknown as ArrayLike<number>).length;
    return n === expected.reduce((a, b) => a * b, 1) ? expected.slice() : [n];
  }
  const shape: number[] = [];
  let v: unknown = value;
  while (Array.isArray(v)) {
    shape.push(v.length);
    v = v[0];
  }
  return shape;
}
