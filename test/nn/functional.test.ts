// Activations and losses of nn.functional against PyTorch/numpy reference values
// (test/fixtures/nn/gen_functional.py), forward and input gradient, on cpu and wasm.
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, it } from 'vitest';
import { nn } from 'tfjs-hapi';
import { NODE_BACKENDS, useBackend } from '../helpers/backend';
import { expectClose, expectNoLeak } from '../helpers/tensors';

const F = nn.functional;

interface ActivationCase {
  fn: string;
  args: unknown[];
  options: Record<string, unknown> | null;
  shape: number[];
  x: number[];
  y: number[];
  gy: number[];
  dx: number[];
}

interface Extra {
  shape: number[];
  values: number[];
}

interface LossCase {
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

const fixtures = JSON.parse(readFileSync(new URL('../fixtures/nn/functional.json', import.meta.url), 'utf8')) as {
  activations: ActivationCase[];
  losses: LossCase[];
};

type Fn = (x: tf.Tensor, ...rest: unknown[]) => tf.Tensor;

function describeCase(c: { fn: string; options?: unknown; args?: unknown[] }, shape: number[]): string {
  const args = c.args?.length ? ` args ${JSON.stringify(c.args)}` : '';
  const opts = c.options && Object.keys(c.options).length ? ` ${JSON.stringify(c.options)}` : '';
  return `${c.fn} [${shape.join(',')}]${args}${opts}`;
}

/** Forward value and gradient of sum(f(x) * gy) with respect to x. */
function valueAndGrad(f: (x: tf.Tensor) => tf.Tensor, x: tf.Tensor, gy: tf.Tensor): { value: tf.Tensor; grad: tf.Tensor } {
  const value = f(x);
  const grad = tf.grad((v: tf.Tensor) => tf.sum(tf.mul(f(v), gy)))(x);
  return { value, grad };
}

for (const backend of NODE_BACKENDS) {
  describe(`nn.functional activations on ${backend}`, () => {
    beforeAll(async () => {
      await useBackend(backend);
    });

    for (const c of fixtures.activations) {
      it(`${describeCase(c, c.shape)} matches PyTorch forward and backward`, async () => {
        const x = tf.tensor(c.x, c.shape);
        const gy = tf.tensor(c.gy, c.shape);
        const fn = (F as unknown as Record<string, Fn>)[c.fn];
        const apply = (v: tf.Tensor) => (c.options ? fn(v, ...c.args, c.options) : fn(v, ...c.args));
        await expectNoLeak(() => {
          const { value, grad } = valueAndGrad(apply, x, gy);
          expectClose(value, c.y, { label: `${c.fn} forward` });
          expectClose(grad, c.dx, { label: `${c.fn} backward` });
          return [value, grad];
        });
        tf.dispose([x, gy]);
      });
    }
  });

  describe(`nn.functional losses on ${backend}`, () => {
    beforeAll(async () => {
      await useBackend(backend);
    });

    for (const c of fixtures.losses) {
      it(`${describeCase(c, c.inputShape)} matches the reference forward and backward`, async () => {
        const input = tf.tensor(c.input, c.inputShape);
        const label = tf.tensor(c.label, c.labelShape, c.labelDtype);
        const gy = tf.tensor(c.gy, c.outShape);
        const extras: tf.Tensor[] = [];
        const options: Record<string, unknown> = { ...c.options };
        for (const key of ['weight', 'posWeight'] as const) {
          const e = c[key];
          if (e) {
            options[key] = tf.tensor(e.values, e.shape);
            extras.push(options[key] as tf.Tensor);
          }
        }
        const fn = (F as unknown as Record<string, Fn>)[c.fn];
        await expectNoLeak(() => {
          const { value, grad } = valueAndGrad((v) => fn(v, label, options), input, gy);
          expectClose(value, c.out, { label: `${c.fn} forward` });
          expectClose(value.shape, c.outShape, { label: `${c.fn} output shape` });
          expectClose(grad, c.dinput, { label: `${c.fn} backward` });
          return [value, grad];
        });
        tf.dispose([input, label, gy, ...extras]);
      });
    }
  });
}
