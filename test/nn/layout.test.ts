// NCHW at the API, NHWC inside: a Sequential of spatial layers transposes once in and once out.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { nn } from 'tfjs-hapi';
import { NODE_BACKENDS, useBackend } from '../helpers/backend';
import { expectClose } from '../helpers/tensors';

function lenetFeatures(): nn.Sequential {
  return new nn.Sequential(
    new nn.Conv2D(1, 6, 3, 1, 1), new nn.ReLU(), new nn.MaxPool2D(2, 2),
    new nn.Conv2D(6, 16, 5, 1, 0), new nn.BatchNorm2D(16), new nn.ReLU(), new nn.MaxPool2D(2, 2),
  );
}

async function countKernels(fn: () => tf.Tensor, name: string): Promise<number> {
  const info = await tf.profile(() => fn());
  return info.kernels.filter((k) => k.name === name).length;
}

for (const backend of NODE_BACKENDS) {
  describe(`NHWC chaining on ${backend}`, () => {
    beforeAll(() => useBackend(backend));

    it('gives the same output and gradients as calling each layer, with 2 activation transposes instead of 2 per spatial layer', async () => {
      paddle.seed(11);
      const seq = lenetFeatures();
      const x = tf.randomNormal([3, 1, 28, 28], 0, 1, 'float32', 5);
      const layerByLayer = (input: tf.Tensor) => [...seq].reduce((t, l) => l.call(t) as tf.Tensor, input);
      const chained = seq.call(x);
      const separate = layerByLayer(x);
      expect(chained.shape).toEqual([3, 16, 5, 5]);
      expectClose(chained, separate, { rtol: 1e-5, atol: 1e-5 });
      const gChained = tf.variableGrads(() => tf.sum(tf.square(seq.call(x))) as tf.Scalar);
      const gSeparate = tf.variableGrads(() => tf.sum(tf.square(layerByLayer(x))) as tf.Scalar);
      for (const k of Object.keys(gChained.grads)) expectClose(gChained.grads[k], gSeparate.grads[k], { rtol: 1e-4, atol: 1e-5, label: k });
      // 2 weight transposes either way; activations: 2 for the chain, 2 per conv/pool/bn otherwise.
      expect(await countKernels(() => seq.call(x), 'Transpose')).toBe(2 + 2);
      expect(await countKernels(() => layerByLayer(x), 'Transpose')).toBe(2 + 2 * 5);
      tf.dispose([x, chained, separate, gChained.value, gSeparate.value, ...Object.values(gChained.grads), ...Object.values(gSeparate.grads)]);
      seq.dispose();
    });

    it('runs hooked children through call, so hooks see NCHW shapes', () => {
      const seq = lenetFeatures();
      const seen: string[] = [];
      for (const l of seq) l.registerForwardPostHook((layer, inputs, out) => { seen.push(`${layer.constructor.name}:${(out as tf.Tensor).shape.join('x')}`); });
      const y = tf.tidy(() => seq.call(tf.zeros([1, 1, 28, 28])));
      expect(seen).toEqual(['Conv2D:1x6x28x28', 'ReLU:1x6x28x28', 'MaxPool2D:1x6x14x14', 'Conv2D:1x16x10x10',
        'BatchNorm2D:1x16x10x10', 'ReLU:1x16x10x10', 'MaxPool2D:1x16x5x5']);
      y.dispose();
      seq.dispose();
    });

    it('ends the chain before a layer that needs NCHW (Flatten keeps Paddle\'s element order)', () => {
      const seq = new nn.Sequential(new nn.Conv2D(2, 3, 1), new nn.Flatten(), new nn.Linear(3 * 4 * 5, 2));
      const x = tf.randomNormal([2, 2, 4, 5], 0, 1, 'float32', 1);
      const y = seq.call(x);
      const ref = tf.tidy(() => seq.get(2).call(seq.get(1).call(seq.get(0).call(x))) as tf.Tensor);
      expectClose(y, ref, { rtol: 1e-6, atol: 1e-6 });
      tf.dispose([x, y, ref]);
      seq.dispose();
    });
  });
}
