import * as tf from '@tensorflow/tfjs-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nn } from 'tfjs-hapi';

/** One array of a fixture. */
export interface FixArray {
  shape: number[];
  data: number[];
}

/** One case written by test/fixtures/nn/gen_layers.py. */
export interface LayerCase {
  config: Record<string, any>;
  inputs: Record<string, FixArray>;
  params: Record<string, FixArray>;
  output: FixArray;
  dy: FixArray;
  grads: Record<string, FixArray>;
  ids?: FixArray;
  runningAfter?: Record<string, FixArray>;
}

const file = fileURLToPath(new URL('../fixtures/nn/layers.json', import.meta.url));
/** All cases of layers.json. */
export const CASES: Record<string, LayerCase> = JSON.parse(readFileSync(file, 'utf8')).cases;

/** The fixture array as a float32 tensor. */
export function t(a: FixArray): tf.Tensor {
  return tf.tensor(a.data, a.shape, 'float32');
}

/** NCHW ↔ NHWC helpers for running the same case channels-last. */
export const nhwc = (x: tf.Tensor) => tf.transpose(x, [0, 2, 3, 1]);
export const nchw = (x: tf.Tensor) => tf.transpose(x, [0, 3, 1, 2]);

/**
 * Forward and backward of `layer` on the case: loads the case's parameters through
 * `setStateDict`, then returns y, dL/dx and dL/dparam (by stateDict key) for L = Σ y·dy.
 * `toLayout`/`fromLayout` run the case in another layout (e.g. NHWC).
 */
export function forwardBackward(layer: nn.Layer, c: LayerCase, input: tf.Tensor | null,
  toLayout: (x: tf.Tensor) => tf.Tensor = (x) => x, fromLayout: (x: tf.Tensor) => tf.Tensor = (x) => x):
  { y: tf.Tensor; dx: tf.Tensor | null; dparams: Record<string, tf.Tensor> } {
  const state: Record<string, tf.Tensor> = {};
  for (const [k, v] of Object.entries(c.params)) state[k] = t(v);
  layer.setStateDict(state);
  tf.dispose(Object.values(state));
  return tf.tidy((): any => {
    const dy = toLayout(t(c.dy));
    const x = input ? toLayout(input) : null;
    const loss = (xx: tf.Tensor | null) => tf.sum(tf.mul(layer.call(xx ?? x), dy)) as tf.Scalar;
    const y = fromLayout(layer.call(x));
    const dx = x && x.dtype === 'float32' ? fromLayout(tf.grad((xx: tf.Tensor) => loss(xx))(x)) : null;
    const keyOf = new Map(Object.entries(layer.stateDict()).map(([k, v]) => [v.name, k]));
    const dparams: Record<string, tf.Tensor> = {};
    if (layer.parameters().some((p) => p.trainable)) {
      const { grads } = tf.variableGrads(() => loss(x));
      for (const [name, g] of Object.entries(grads)) dparams[keyOf.get(name) ?? name] = g;
    }
    return { y, dx, dparams };
  });
}
