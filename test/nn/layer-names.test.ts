// Layer names that survive a minifier (static paddleName) and Paddle's clear_gradients.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { nn } from 'tfjs-hapi';
import { useBackend } from '../helpers/backend';

/** What a minifier makes of `class LeNetBody extends nn.Layer { static paddleName = 'LeNetBody' … }`. */
const renamed = { e: class extends nn.Layer {
  static override readonly paddleName = 'LeNetBody';
  fc = new nn.Linear(4, 2);
  forward(x: tf.Tensor): tf.Tensor {
    return this.fc.call(x);
  }
} }.e;

class UserBlock extends nn.Layer {
  forward(x: tf.Tensor): tf.Tensor {
    return tf.clone(x);
  }
}

describe('layer names', () => {
  beforeAll(() => useBackend('cpu'));

  it("take the class's static paddleName for fullName, toString and summary, not constructor.name", () => {
    const net = new renamed();
    expect(net.constructor.name).not.toBe('LeNetBody');
    expect(net.fullName()).toMatch(/^le_net_body_\d+$/);
    expect(net.toString()).toMatch(/^LeNetBody\(/);
    class Outer extends nn.Layer {
      body = new renamed();
      forward(x: tf.Tensor): tf.Tensor {
        return this.body.call(x);
      }
    }
    const outer = new Outer();
    let text = '';
    paddle.summary(outer, [1, 4], { sink: { write: (s: string) => void (text += s), isTTY: false, columns: 80 } });
    expect(text).toMatch(/LeNetBody-\d+/);
    net.dispose();
    outer.dispose();
  });

  it('fall back to constructor.name for user classes without paddleName, as Paddle names them', () => {
    const b = new UserBlock();
    expect(b.fullName()).toMatch(/^user_block_\d+$/);
    expect(nn.Layer.paddleName).toBeUndefined();
  });

  it('clearGradients is accepted and changes nothing (tfjs stores no gradients on variables)', () => {
    const fc = new nn.Linear(2, 2);
    const before = Array.from(fc.weight.dataSync());
    expect(fc.clearGradients()).toBeUndefined();
    expect(fc.clearGradients(false)).toBeUndefined();
    expect(Array.from(fc.weight.dataSync())).toEqual(before);
    fc.dispose();
  });
});
