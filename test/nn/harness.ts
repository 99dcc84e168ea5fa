// The shared layer harness (like Keras's run_layer_test): output shape, parameter count,
// stateDict round trip, gradient flow and leak checks, on every Node backend.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { nn } from 'tfjs-hapi';
import { NODE_BACKENDS, useBackend } from '../helpers/backend';
import { expectNoLeak, numTensors } from '../helpers/tensors';

/** What the harness needs to know about one layer configuration. */
export interface HarnessSpec {
  /** Builds a fresh layer (called several times). */
  make: () => nn.Layer;
  /** Builds the input (owned by the harness). */
  input: () => tf.Tensor;
  outputShape: number[];
  /** Total number of scalars over `parameters()`. */
  paramCount: number;
  /** Of those, the trainable ones. @defaultValue paramCount */
  trainableCount?: number;
  /** Expected `stateDict` keys, in order. */
  stateKeys?: string[];
}

/** Registers one test per backend that runs every harness check on `spec`. */
export function layerHarness(name: string, spec: HarnessSpec): void {
  for (const backend of NODE_BACKENDS) {
    describe(`${name} on ${backend}`, () => {
      beforeAll(() => useBackend(backend));
      it('has the right output shape, parameters, stateDict round trip, gradients, and leaks nothing', async () => {
        const before = numTensors();
        const layer = spec.make();
        const x = spec.input();
        // Output shape (training mode, then eval mode).
        const yTrain = layer.call(x) as tf.Tensor;
        expect(yTrain.shape, 'output shape').toEqual(spec.outputShape);
        yTrain.dispose();

        // Parameter count and keys.
        const count = (ps: tf.Variable[]) => ps.reduce((s, p) => s + p.size, 0);
        expect(count(layer.parameters()), 'parameter count').toBe(spec.paramCount);
        expect(count(layer.parameters().filter((p) => p.trainable)), 'trainable count').toBe(spec.trainableCount ?? spec.paramCount);
        if (spec.stateKeys) expect(Object.keys(layer.stateDict())).toEqual(spec.stateKeys);
        for (const [key, v] of Object.entries(layer.stateDict())) expect(v.isDisposed, key).toBe(false);

        // stateDict round trip: a second instance loaded from the first computes the same.
        const other = spec.make();
        for (const p of other.parameters()) tf.tidy(() => p.assign(tf.add(p, 0.5)));
        other.setStateDict(layer.stateDict());
        for (const [key, v] of Object.entries(other.stateDict())) {
          expect(Array.from(v.dataSync()), `round trip ${key}`).toEqual(Array.from(layer.stateDict()[key].dataSync()));
        }
        layer.eval();
        other.eval();
        const [a, b] = [layer.call(x) as tf.Tensor, other.call(x) as tf.Tensor];
        expect(Array.from(b.dataSync())).toEqual(Array.from(a.dataSync()));
        tf.dispose([a, b]);
        layer.train();

        // Gradients reach the input and every trainable parameter, finite.
        const weights = tf.tidy(() => tf.randomNormal(spec.outputShape, 0, 1, 'float32', 7));
        const loss = (input: tf.Tensor) => tf.sum(tf.mul(layer.call(input) as tf.Tensor, weights)) as tf.Scalar;
        const trainable = layer.parameters().filter((p) => p.trainable);
        if (trainable.length > 0) {
          const { value, grads } = tf.variableGrads(() => loss(x));
          for (const p of trainable) {
            const g = grads[p.name];
            expect(g, `gradient of ${p.name}`).toBeDefined();
            expect(g.shape).toEqual(p.shape);
            const vals = g.dataSync();
            expect(vals.every(Number.isFinite), `finite gradient of ${p.name}`).toBe(true);
          }
          expect(Object.values(grads).some((g) => g.dataSync().some((v) => v !== 0)), 'some non-zero gradient').toBe(true);
          tf.dispose([value, ...Object.values(grads)]);
        }
        if (x.dtype === 'float32') {
          const dx = tf.grad(loss)(x);
          expect(dx.shape).toEqual(x.shape);
          expect(dx.dataSync().every(Number.isFinite), 'finite input gradient').toBe(true);
          dx.dispose();
        }

        // No leaks: forward in tidy, a training step, and eval forward.
        await expectNoLeak(() => tf.tidy(() => layer.call(x)));
        await expectNoLeak(() => {
          const { value, grads } = trainable.length > 0
            ? tf.variableGrads(() => loss(x))
            : { value: tf.tidy(() => loss(x)), grads: {} };
          tf.dispose(Object.values(grads));
          return value;
        });
        layer.eval();
        await expectNoLeak(() => tf.tidy(() => layer.call(x)));

        // dispose() frees every parameter and buffer.
        tf.dispose([x, weights]);
        layer.dispose();
        other.dispose();
        expect(numTensors(), 'tensors left after dispose').toBe(before);
      });
    });
  }
}
