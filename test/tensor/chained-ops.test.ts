// Method-style ops (tfjs's chained ops) work after importing tfjs-hapi, as tfjs users expect.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { NODE_BACKENDS, useBackend } from '../helpers/backend';
import { expectClose } from '../helpers/tensors';

describe.each(NODE_BACKENDS)('chained ops on %s', (backend) => {
  beforeAll(() => useBackend(backend));

  it('tensors made by tfjs and by tfjs-hapi have the methods, with gradients', () => {
    const x = paddle.toTensor([[0, 51], [102, 255]]);
    const scaled = x.div(255).reshape([4]);
    expectClose(scaled, [0, 0.2, 0.4, 1], { rtol: 1e-6, atol: 1e-7 });
    const loss = tf.tensor([1, 2, 3]).square().mean();
    expect(loss.dataSync()[0]).toBeCloseTo(14 / 3, 6);
    const g = tf.grad((v: tf.Tensor) => v.mul(v).sum())(tf.tensor([1, -2]));
    expect(Array.from(g.dataSync())).toEqual([2, -4]);
    tf.dispose([x, scaled, loss, g]);
  });
});
