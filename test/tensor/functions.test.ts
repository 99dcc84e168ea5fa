// Every tensor function against numpy/PyTorch values (test/fixtures/tensor/gen_tensor.py), on
// the cpu and wasm backends: dtype, shape and values to 1e-6.
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { NODE_BACKENDS, useBackend } from '../helpers/backend';
import { expectClose } from '../helpers/tensors';
import { CASES, decodeArgs, label, numbers, type EncodedTensor } from './fixture-cases';

function check(actual: unknown, expected: EncodedTensor, tol: number, where: string): void {
  expect(actual, where).toBeInstanceOf(tf.Tensor);
  const t = actual as tf.Tensor;
  expect(t.dtype, `${where} dtype`).toBe(expected.dtype);
  expect(t.shape, `${where} shape`).toEqual(expected.shape);
  expectClose(Array.from(t.dataSync(), Number), numbers(expected), { rtol: tol, atol: tol, label: where });
}

describe.each(NODE_BACKENDS)('tensor functions vs numpy on %s', (backend) => {
  beforeAll(() => useBackend(backend));
  afterAll(() => tf.disposeVariables());

  it.each(CASES.map((c, i) => [label(c, i), c] as const))('%s', (where, c) => {
    const made: tf.Tensor[] = [];
    const before = tf.memory().numTensors;
    const args = decodeArgs(c.args, made);
    // A dotted name (`nn.functional.oneHot`) is looked up through the namespaces.
    const fn = c.fn.split('.').reduce((o: unknown, k) => (o as Record<string, unknown>)[k], paddle) as (...a: unknown[]) => unknown;
    expect(fn, `paddle.${c.fn}`).toBeTypeOf('function');
    const out = fn(...args);
    const outs = Array.isArray(c.expected) ? (out as tf.Tensor[]) : [out as tf.Tensor];
    const exps = Array.isArray(c.expected) ? c.expected : [c.expected];
    expect(outs.length, `${where} outputs`).toBe(exps.length);
    outs.forEach((o, k) => check(o, exps[k], c.tol ?? 1e-6, `${where} out ${k}`));
    tf.dispose([...outs, ...made]);
    expect(tf.memory().numTensors, `${where} leaked tensors`).toBe(before);
  });
});
