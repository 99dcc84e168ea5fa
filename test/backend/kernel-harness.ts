import * as tf from '@tensorflow/tfjs-core';
import { expect } from 'vitest';
import { stockKernel } from '../../src/backend/kernels/patch';
import { useBackend } from '../helpers/backend';
import { expectClose } from '../helpers/tensors';

/** A kernel call: name, input shapes (values are generated from `seed`), attributes. */
export interface KernelCase {
  label: string;
  kernel: string;
  inputs: Record<string, { shape: number[]; dtype?: 'float32' | 'int32'; values?: number[] }>;
  attrs: Record<string, unknown>;
}

/** Deterministic values in [-1, 1) from a small LCG, so failures are reproducible. */
export function values(count: number, seed: number): Float32Array {
  const out = new Float32Array(count);
  let s = (seed * 2654435761) >>> 0 || 1;
  for (let i = 0; i < count; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s / 2 ** 31 - 1;
  }
  return out;
}

function makeInputs(c: KernelCase): Record<string, tf.Tensor> {
  const out: Record<string, tf.Tensor> = {};
  let seed = 1;
  for (const [name, spec] of Object.entries(c.inputs)) {
    const size = spec.shape.reduce((a, b) => a * b, 1);
    const data = spec.values ?? Array.from(values(size, seed++));
    out[name] = tf.tensor(data, spec.shape, spec.dtype ?? 'float32');
  }
  return out;
}

/** Runs tfjs's own cpu kernel (captured before tfjs-hapi replaced it, if it did). */
export async function runStockCpu(c: KernelCase): Promise<{ shape: number[]; data: number[] }> {
  await useBackend('cpu');
  const kernel = stockKernel(c.kernel, 'cpu');
  if (!kernel) throw new Error(`no stock cpu kernel ${c.kernel}`);
  const inputs = makeInputs(c);
  const backend = tf.backend();
  const out = kernel.kernelFunc({ inputs, attrs: c.attrs as tf.NamedAttrMap, backend }) as tf.TensorInfo;
  const data = Array.from(backend.readSync(out.dataId) as Float32Array);
  backend.disposeData(out.dataId);
  tf.dispose(inputs);
  return { shape: out.shape, data };
}

/**
 * Runs the kernel registered for `backendName` through the engine and checks it against
 * `expected`; also checks that the call leaves no tensor or data buffer behind.
 */
export async function expectKernelMatches(c: KernelCase, backendName: 'cpu' | 'wasm', expected: { shape: number[]; data: number[] }): Promise<void> {
  await useBackend(backendName);
  const inputs = makeInputs(c);
  const tensorsBefore = tf.memory().numTensors;
  const idsBefore = tf.backend().numDataIds();
  const out = tf.engine().runKernel(c.kernel, inputs as unknown as tf.NamedTensorMap, c.attrs as tf.NamedAttrMap) as tf.Tensor;
  expect(tf.memory().numTensors - tensorsBefore, `${c.label}: live tensors besides the output`).toBe(1);
  expect(tf.backend().numDataIds() - idsBefore, `${c.label}: data buffers besides the output`).toBe(1);
  expect(out.shape, `${c.label} shape`).toEqual(expected.shape);
  expectClose(out.dataSync(), expected.data, { rtol: 1e-4, atol: 1e-4, label: `${c.label} on ${backendName}` });
  out.dispose();
  tf.dispose(inputs);
}
