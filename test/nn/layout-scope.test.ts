// The channels-last scope: a Paddle-style forward that calls layers one by one stays in NHWC
// between them, yet every intermediate the user's code touches behaves as Paddle's NCHW tensor.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { nn } from 'tfjs-hapi';
import { NODE_BACKENDS, useBackend } from '../helpers/backend';
import { expectClose, expectNoLeak } from '../helpers/tensors';

/** Paddle's LeNet features written as a user would, with a custom forward. */
class UserNet extends nn.Layer {
  conv1 = new nn.Conv2D(1, 6, 3, 1, 1);
  relu1 = new nn.ReLU();
  pool1 = new nn.MaxPool2D(2, 2);
  conv2 = new nn.Conv2D(6, 16, 5);
  bn = new nn.BatchNorm2D(16);
  relu2 = new nn.ReLU();
  pool2 = new nn.MaxPool2D(2, 2);
  /** What the forward saw of its intermediates, for the tests. */
  seen: number[][] = [];
  forward(x: tf.Tensor): tf.Tensor {
    x = this.pool1.call(this.relu1.call(this.conv1.call(x)));
    this.seen.push(x.shape);
    return this.pool2.call(this.relu2.call(this.bn.call(this.conv2.call(x))));
  }
}

/** The same layers through a Sequential, the reference. */
function asSequential(net: UserNet): nn.Sequential {
  return new nn.Sequential(net.conv1, net.relu1, net.pool1, net.conv2, net.bn, net.relu2, net.pool2);
}

async function countKernels(fn: () => tf.Tensor, name: string): Promise<number> {
  const info = await tf.profile(() => fn());
  return info.kernels.filter((k) => k.name === name).length;
}

for (const backend of NODE_BACKENDS) {
  describe(`channels-last scope on ${backend}`, () => {
    beforeAll(() => useBackend(backend));

    it('a layer-by-layer forward transposes like a Sequential, with the same values and gradients', async () => {
      paddle.seed(3);
      const net = new UserNet();
      const seq = asSequential(net);
      const x = tf.randomNormal([2, 1, 28, 28], 0, 1, 'float32', 7);
      const y = net.call(x);
      const ref = seq.call(x);
      expect(y.shape).toEqual([2, 16, 5, 5]);
      expect(net.seen[0]).toEqual([2, 6, 14, 14]); // the user's code sees NCHW
      expectClose(y, ref, { rtol: 1e-6, atol: 1e-6 });
      const g = tf.variableGrads(() => tf.sum(tf.square(net.call(x))) as tf.Scalar);
      const gRef = tf.variableGrads(() => tf.sum(tf.square(seq.call(x))) as tf.Scalar);
      for (const k of Object.keys(gRef.grads)) expectClose(g.grads[k], gRef.grads[k], { rtol: 1e-5, atol: 1e-6, label: k });
      // 2 weight transposes, 1 activation transpose in and 1 out: no transposes between layers.
      expect(await countKernels(() => net.call(x), 'Transpose')).toBe(2 + 2);
      tf.dispose([x, y, ref, g.value, gRef.value, ...Object.values(g.grads), ...Object.values(gRef.grads)]);
      net.dispose();
    });

    it("Paddle's functional activations between layers (F.relu in a forward) cost no transpose", async () => {
      paddle.seed(4);
      class FunctionalNet extends nn.Layer {
        conv1 = new nn.Conv2D(1, 6, 3, 1, 1);
        pool1 = new nn.MaxPool2D(2, 2);
        conv2 = new nn.Conv2D(6, 8, 3);
        forward(x: tf.Tensor): tf.Tensor {
          x = nn.functional.relu(this.conv1.call(x));
          x = this.pool1.call(nn.functional.leakyRelu(x, 0.1));
          return nn.functional.sigmoid(this.conv2.call(x));
        }
      }
      const net = new FunctionalNet();
      const ref = new nn.Sequential(net.conv1, new nn.ReLU(), new nn.LeakyReLU(0.1), net.pool1, net.conv2, new nn.Sigmoid());
      const x = tf.randomNormal([2, 1, 12, 12], 0, 1, 'float32', 5);
      const y = net.call(x);
      const yRef = ref.call(x);
      expectClose(y, yRef, { rtol: 1e-6, atol: 1e-6 });
      const g = tf.variableGrads(() => tf.sum(tf.square(net.call(x))) as tf.Scalar);
      const gRef = tf.variableGrads(() => tf.sum(tf.square(ref.call(x))) as tf.Scalar);
      for (const k of Object.keys(gRef.grads)) expectClose(g.grads[k], gRef.grads[k], { rtol: 1e-5, atol: 1e-6, label: k });
      // 2 weight transposes, 1 activation transpose in and 1 out.
      expect(await countKernels(() => net.call(x), 'Transpose')).toBe(2 + 2);
      tf.dispose([x, y, yRef, g.value, gRef.value, ...Object.values(g.grads), ...Object.values(gRef.grads)]);
      net.dispose();
    });

    it('intermediates behave as NCHW tensors under tf ops, flatten, reads and inner tidies', () => {
      paddle.seed(4);
      const conv = new nn.Conv2D(2, 3, 1);
      const relu = new nn.ReLU();
      const x = tf.randomNormal([1, 2, 3, 4], 0, 1, 'float32', 2);
      const expected = tf.tidy(() => tf.relu(conv.forward(x)));
      const checks: Record<string, unknown> = {};
      class Probe extends nn.Layer {
        conv = conv;
        relu = relu;
        forward(input: tf.Tensor): tf.Tensor {
          const h = this.relu.call(this.conv.call(input));
          checks.shape = h.shape;
          checks.rank = h.rank;
          checks.values = Array.from(h.dataSync());
          checks.flat = paddle.nn.functional.flatten(h, 1).shape;
          checks.sum = tf.tidy(() => tf.sum(h)).dataSync()[0];
          checks.residual = Array.from(tf.add(h, h).dataSync());
          checks.slice = tf.slice(h, [0, 1, 0, 0], [1, 1, 3, 4]).shape;
          // First touched inside an op's own scope: it must outlive that op.
          const h2 = this.relu.call(this.conv.call(input));
          checks.opFirst = Array.from(tf.mul(h2, 3).dataSync());
          checks.afterOp = Array.from(h2.dataSync());
          return h;
        }
      }
      const probe = new Probe();
      const y = probe.call(x);
      const e = Array.from(expected.dataSync());
      expect(checks.shape).toEqual([1, 3, 3, 4]);
      expect(checks.rank).toBe(4);
      expectClose(checks.values as number[], e);
      expect(checks.flat).toEqual([1, 36]);
      expect(checks.sum as number).toBeCloseTo(e.reduce((a, b) => a + b, 0), 4);
      expectClose(checks.residual as number[], e.map((v) => 2 * v));
      expect(checks.slice).toEqual([1, 1, 3, 4]);
      expectClose(checks.opFirst as number[], e.map((v) => 3 * v));
      expectClose(checks.afterOp as number[], e);
      expectClose(y, expected);
      tf.dispose([x, y, expected]);
      probe.dispose();
    });

    it('a residual added with tf.add feeds the next layer in NCHW order, and gradients flow through both paths', () => {
      paddle.seed(5);
      class Block extends nn.Layer {
        conv1 = new nn.Conv2D(4, 4, 3, { padding: 1 });
        conv2 = new nn.Conv2D(4, 4, 1);
        forward(x: tf.Tensor): tf.Tensor {
          const out = this.conv1.call(x);
          return this.conv2.call(tf.add(out, x));
        }
      }
      const block = new Block();
      const x = tf.randomNormal([2, 4, 5, 5], 0, 1, 'float32', 3);
      const plain = (t: tf.Tensor) => block.conv2.forward(tf.add(block.conv1.forward(t), t));
      const y = block.call(x);
      const ref = tf.tidy(() => plain(x));
      expectClose(y, ref, { rtol: 1e-5, atol: 1e-5 });
      const g = tf.variableGrads(() => tf.sum(tf.square(block.call(x))) as tf.Scalar);
      const gRef = tf.variableGrads(() => tf.sum(tf.square(plain(x))) as tf.Scalar);
      for (const k of Object.keys(gRef.grads)) expectClose(g.grads[k], gRef.grads[k], { rtol: 1e-4, atol: 1e-5, label: k });
      tf.dispose([x, y, ref, g.value, gRef.value, ...Object.values(g.grads), ...Object.values(gRef.grads)]);
      block.dispose();
    });

    it('hooks see NCHW, calls return plain tensors, and nothing leaks', async () => {
      paddle.seed(6);
      const net = new UserNet();
      const shapes: string[] = [];
      const h = net.conv2.registerForwardPostHook((_l, inputs, out) => {
        shapes.push(`${(inputs[0] as tf.Tensor).shape.join('x')}->${(out as tf.Tensor).shape.join('x')}`);
      });
      const x = tf.zeros([1, 1, 28, 28]);
      const y = net.call(x);
      expect(shapes).toEqual(['1x6x14x14->1x16x10x10']);
      expect(y.shape).toEqual([1, 16, 5, 5]);
      h.remove();
      y.dispose();
      await expectNoLeak(() => tf.tidy(() => net.call(x)));
      await expectNoLeak(() => net.conv1.call(x));
      tf.dispose(x);
      net.dispose();
    });

    it('shape errors of NHWC computations show the NCHW input', () => {
      const pool = new nn.MaxPool2D(5);
      const x = tf.zeros([1, 3, 2, 8]);
      expect(() => pool.call(x)).toThrowError(/but received \[1, 3, 2, 8\]/);
      tf.dispose(x);
      pool.dispose();
    });
  });
}
