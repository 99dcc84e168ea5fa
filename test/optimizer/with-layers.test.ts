import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { useBackend } from '../helpers/backend';
import { expectNoLeak } from '../helpers/tensors';

describe('optimizers with nn layers (public API)', () => {
  beforeAll(async () => {
    await useBackend('cpu');
  });

  it('trains a Linear with Adam, clipping and a scheduler; state keys follow the layer parameter names', async () => {
    const fc = new paddle.nn.Linear(4, 2);
    const x = tf.randomNormal([8, 4], 0, 1, 'float32', 1);
    const y = tf.randomNormal([8, 2], 0, 1, 'float32', 2);
    const sched = new paddle.optimizer.lr.LinearWarmup(new paddle.optimizer.lr.CosineAnnealingDecay(0.05, 20), 3, 0.0, 0.05);
    const opt = new paddle.optimizer.Adam({
      learningRate: sched, parameters: fc.parameters(), weightDecay: 1e-4, gradClip: new paddle.nn.ClipGradByGlobalNorm(1.0),
    });
    const lossFn = () => tf.mean(tf.square(tf.sub(fc.call(x) as tf.Tensor, y))) as tf.Scalar;
    const first = tf.tidy(lossFn).dataSync()[0];
    await expectNoLeak(() => {
      const loss = opt.minimize(lossFn);
      sched.step();
      return loss;
    }, 20);
    const last = tf.tidy(lossFn).dataSync()[0];
    expect(last).toBeLessThan(first);
    const keys = Object.keys(opt.stateDict());
    expect(keys).toContain(`${fc.weight.name}_moment1_0`);
    expect(keys).toContain(`${fc.bias!.name}_beta2_pow_acc_0`);
    expect(keys).toContain('LR_Scheduler');
    opt.dispose();
    fc.dispose();
    tf.dispose([x, y]);
  });
});
