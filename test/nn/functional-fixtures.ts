// Shared loader for test/fixtures/nn/functional.json (written by gen_functional.py).
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';

export interface ActivationCase {
  fn: string;
  args: unknown[];
  options: Record<string, unknown> | null;
  shape: number[];
  x: number[];
  y: number[];
  gy: number[];
  dx: number[];
}

export interface Extra {
  shape: number[];
  values: number[];
}

export interface LossCase {
  fn: string;
  options: Record<string, unknown>;
  inputShape: number[];
  input: number[];
  labelShape: number[];
  label: number[];
  labelDtype: 'int32' | 'float32';
  outShape: number[];
  out: number[];
  gy: number[];
  dinput: number[];
  weight?: Extra;
  posWeight?: Extra;
}

export const fixtures = JSON.parse(readFileSync(new URL('../fixtures/nn/functional.json', import.meta.url), 'utf8')) as {
  activations: ActivationCase[];
  losses: LossCase[];
};

/** A readable test title for a case. */
export function describeCase(c: { fn: string; options?: unknown; args?: unknown[] }, shape: number[]): string {
  const args = c.args?.length ? ` args ${JSON.stringify(c.args)}` : '';
  const opts = c.options && Object.keys(c.options).length ? ` ${JSON.stringify(c.options)}` : '';
  return `${c.fn} [${shape.join(',')}]${args}${opts}`;
}

/** Forward value and the gradient of sum(f(x) * gy) with respect to x. */
export function valueAndGrad(f: (x: tf.Tensor) => tf.Tensor, x: tf.Tensor, gy: tf.Tensor): { value: tf.Tensor; grad: tf.Tensor } {
  const value = f(x);
  const grad = tf.grad((v: tf.Tensor) => tf.sum(tf.mul(f(v), gy)))(x);
  return { value, grad };
}

/** The tensors of a loss case; `options` has the fixture's weight tensors filled in. */
export function lossInputs(c: LossCase): { input: tf.Tensor; label: tf.Tensor; gy: tf.Tensor; options: Record<string, unknown>; all: tf.Tensor[] } {
  const input = tf.tensor(c.input, c.inputShape);
  const label = tf.tensor(c.label, c.labelShape, c.labelDtype);
  const gy = tf.tensor(c.gy, c.outShape);
  const options: Record<string, unknown> = { ...c.options };
  const all = [input, label, gy];
  for (const key of ['weight', 'posWeight'] as const) {
    const e = c[key];
    if (e) {
      const t = tf.tensor(e.values, e.shape);
      options[key] = t;
      all.push(t);
    }
  }
  return { input, label, gy, options, all };
}
