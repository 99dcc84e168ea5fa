import * as tf from '@tensorflow/tfjs-core';
import { afterAll, describe, expect, it } from 'vitest';
import 'tfjs-hapi';
import { stockKernel } from '../../src/backend/kernels/patch';
import { useBackend } from '../helpers/backend';
import { expectClose } from '../helpers/tensors';
import { values } from './kernel-harness';

// conv 3x3 (stride 1) → relu → conv 3x3 (stride 2) → relu → maxPool 2 → dense → softmax CE,
// raw ops and variables, NHWC. The second conv makes the backward pass run a strided dX.
const BATCH = 8;
const SHAPES = { w1: [3, 3, 2, 6], b1: [6], w2: [3, 3, 6, 8], b2: [8], w3: [3 * 3 * 8, 10], b3: [10] } as const;

function initialValues(): Record<string, Float32Array> {
  const out: Record<string, Float32Array> = {};
  let seed = 11;
  for (const [name, shape] of Object.entries(SHAPES)) {
    const size = shape.reduce((a, b) => a * b, 1);
    const scale = name.startsWith('b') ? 0.1 : Math.sqrt(2 / (size / shape[shape.length - 1]));
    out[name] = values(size, seed++).map((v) => v * scale);
  }
  return out;
}

const X = values(BATCH * 12 * 12 * 2, 3);
const LABELS = Array.from({ length: BATCH }, (_, i) => (i * 3) % 10);

function lossFn(vars: Record<string, tf.Variable>, x: tf.Tensor4D, y: tf.Tensor2D): () => tf.Scalar {
  return () => {
    const h1 = tf.relu(tf.add<tf.Tensor4D>(tf.conv2d(x, vars.w1 as tf.Tensor4D, 1, 'same'), vars.b1));
    const h2 = tf.relu(tf.add<tf.Tensor4D>(tf.conv2d(h1, vars.w2 as tf.Tensor4D, 2, 'same'), vars.b2));
    const p = tf.maxPool(h2, 2, 2, 'valid');
    const logits = tf.add(tf.matMul(tf.reshape(p, [BATCH, -1]), vars.w3 as tf.Tensor2D), vars.b3);
    return tf.losses.softmaxCrossEntropy(y, logits);
  };
}

function makeVariables(prefix: string): Record<string, tf.Variable> {
  const init = initialValues();
  return Object.fromEntries(
    Object.entries(SHAPES).map(([name, shape]) => [name, tf.variable(tf.tensor(init[name], [...shape]), true, `${prefix}_${name}`)]),
  );
}

/** Gradients of the loss at the initial weights, as plain arrays. */
function gradients(prefix: string): Record<string, number[]> {
  const vars = makeVariables(prefix);
  const x = tf.tensor4d(X, [BATCH, 12, 12, 2]);
  const y = tf.oneHot(tf.tensor1d(LABELS, 'int32'), 10) as tf.Tensor2D;
  const { value, grads } = tf.variableGrads(lossFn(vars, x, y), Object.values(vars));
  const out = Object.fromEntries(Object.keys(SHAPES).map((k) => [k, Array.from(grads[vars[k].name].dataSync())]));
  tf.dispose([value, x, y, Object.values(grads), Object.values(vars)]);
  return out;
}

/** tfjs's JS backend with every stock kernel (our cpu fixes swapped out for the call). */
async function stockCpuGradients(): Promise<Record<string, number[]>> {
  await useBackend('cpu');
  const names = ['Conv2DBackpropFilter', 'UnsortedSegmentSum'];
  const ours = names.map((name) => tf.getKernel(name, 'cpu')!);
  const stock = names.map((name) => stockKernel(name, 'cpu')!);
  expect(stock.every((k, i) => k !== undefined && k.kernelFunc !== ours[i].kernelFunc)).toBe(true);
  for (const k of stock) {
    tf.unregisterKernel(k.kernelName, 'cpu');
    tf.registerKernel(k);
  }
  try {
    return gradients('stock');
  } finally {
    for (const k of ours) {
      tf.unregisterKernel(k.kernelName, 'cpu');
      tf.registerKernel(k);
    }
  }
}

let reference: Record<string, number[]> | null = null;

describe.each(['wasm', 'cpu'] as const)('a small conv net on %s', (backend) => {
  it('has gradients matching the JS backend with stock kernels to 1e-4', async () => {
    reference ??= await stockCpuGradients();
    await useBackend(backend);
    const ours = gradients(backend);
    for (const name of Object.keys(SHAPES)) expectClose(ours[name], reference[name], { rtol: 1e-4, atol: 1e-5, label: `d${name}` });
  });

  it('trains 20 SGD steps: the loss falls and no tensor leaks', async () => {
    await useBackend(backend);
    const vars = makeVariables(`train_${backend}`);
    const x = tf.tensor4d(X, [BATCH, 12, 12, 2]);
    const y = tf.oneHot(tf.tensor1d(LABELS, 'int32'), 10) as tf.Tensor2D;
    const opt = tf.train.sgd(0.1);
    const losses: number[] = [];
    let liveAfterFirst = 0;
    for (let step = 0; step < 20; step++) {
      const cost = opt.minimize(lossFn(vars, x, y), true, Object.values(vars))!;
      losses.push(cost.dataSync()[0]);
      cost.dispose();
      if (step === 0) liveAfterFirst = tf.memory().numTensors;
    }
    expect(tf.memory().numTensors, 'live tensors after 20 steps vs after the first').toBe(liveAfterFirst);
    expect(losses.every(Number.isFinite)).toBe(true);
    expect(losses[19]).toBeLessThan(losses[0] * 0.5);
    tf.dispose([x, y, Object.values(vars)]);
    opt.dispose();
  });
});

afterAll(() => {
  reference = null;
});
