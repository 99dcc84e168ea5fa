// Paddle's keyword form of nn.functional through the one resolver: every argument by name
// (tensors included), positional then options, and strict errors naming the public path.
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError, nn } from 'tfjs-hapi';
import { useBackend } from '../helpers/backend';
import { expectClose } from '../helpers/tensors';

const F = nn.functional;

describe('nn.functional keyword arguments', () => {
  let x: tf.Tensor;
  let label: tf.Tensor;
  beforeAll(async () => {
    await useBackend('cpu');
    x = tf.tensor2d([[-2, -0.5, 0.5, 4], [1, -3, 2, 0.25]]);
    label = tf.tensor1d([3, 0], 'int32');
  });
  afterAll(() => tf.dispose([x, label]));

  it('crossEntropy({ input, label, reduction }) equals the positional call', () => {
    const a = F.crossEntropy({ input: x, label, reduction: 'sum' });
    const b = F.crossEntropy(x, label, null, -100, 'sum');
    const c = F.crossEntropy(x, label, { reduction: 'sum' });
    expectClose(a, b);
    expectClose(c, b);
    tf.dispose([a, b, c]);
  });

  it('activations, pooling, conv and pad take all arguments by name', () => {
    const img = tf.randomNormal([1, 2, 5, 5]);
    const w = tf.randomNormal([3, 2, 3, 3]);
    const pairs: [tf.Tensor, tf.Tensor][] = [
      [F.leakyRelu({ x, negativeSlope: 0.2 }), F.leakyRelu(x, 0.2)],
      [F.softmax({ x, axis: 0 }), F.softmax(x, 0)],
      [F.relu({ x, name: 'ignored' }), F.relu(x)],
      [F.conv2d({ x: img, weight: w, padding: 1 }), F.conv2d(img, w, null, 1, 1)],
      [F.maxPool2d({ x: img, kernelSize: 2, stride: 1 }), F.maxPool2d(img, 2, 1)],
      [F.pad({ x: img, pad: [1, 1, 0, 0], mode: 'replicate' }), F.pad(img, [1, 1, 0, 0], 'replicate')],
      [F.flatten({ x: img, startAxis: 1 }), F.flatten(img, 1)],
      [F.localResponseNorm({ x: img, size: 2, alpha: 0.5 }), F.localResponseNorm(img, 2, 0.5)],
    ];
    for (const [a, b] of pairs) expectClose(a, b);
    tf.dispose([img, w, ...pairs.flat()]);
  });

  it('rejects unknown keys with the nearest name, and missing tensors', () => {
    expect(() => F.crossEntropy({ input: x, label, ignore_index: 1 } as never)).toThrow(
      /^nn\.functional\.crossEntropy: argument 'ignore_index' .*did you mean 'ignoreIndex'\?/,
    );
    const err = (() => {
      try {
        F.mseLoss({ input: x } as never);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as InvalidArgumentError).argument).toBe('label');
    expect(() => F.softmax(x, { dtype: 'float64' } as never)).toThrow(/'dtype' expected 'float32' or null/);
  });
});
