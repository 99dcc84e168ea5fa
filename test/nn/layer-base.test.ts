import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { nn } from 'tfjs-hapi';
import { useBackend } from '../helpers/backend';
import { expectNoLeak } from '../helpers/tensors';

const { Constant } = nn.initializer;

class Affine extends nn.Layer {
  weight = this.createParameter([3, 2], { defaultInitializer: new Constant(0.5) })!;
  bias = this.createParameter([2], { isBias: true })!;
  forward(x: tf.Tensor): tf.Tensor {
    return tf.add(tf.matMul(x, this.weight), this.bias);
  }
}

class Net extends nn.Layer {
  first: Affine;
  head: nn.Sequential;
  scale: paddle.Parameter;
  constructor() {
    super();
    this.first = new Affine();
    this.scale = this.createParameter([1], { defaultInitializer: new Constant(2) })!;
    this.head = new nn.Sequential(new Affine2(), new Affine2());
  }
  forward(x: tf.Tensor): tf.Tensor {
    return tf.mul(this.head.call(this.first.call(x)), this.scale);
  }
}

class Affine2 extends nn.Layer {
  weight: paddle.Parameter;
  constructor() {
    super();
    this.weight = this.createParameter([2, 2], { attr: { initializer: new Constant(1), learningRate: 0.5 } })!;
  }
  forward(x: tf.Tensor): tf.Tensor {
    return tf.matMul(x, this.weight);
  }
}

describe('nn.Layer', () => {
  beforeAll(() => useBackend('cpu'));

  it('registers fields in assignment order with Paddle names, keys and attributes', () => {
    const net = new Net();
    expect(Object.keys(net.stateDict())).toEqual(['scale', 'first.weight', 'first.bias', 'head.0.weight', 'head.1.weight']);
    expect(net.namedParameters().map(([k]) => k)).toEqual(['scale', 'first.weight', 'first.bias', 'head.0.weight', 'head.1.weight']);
    expect(net.fullName()).toMatch(/^net_\d+$/);
    expect(net.first.weight.name).toBe(`${net.first.fullName()}.w_0`);
    expect(net.first.bias.name).toBe(`${net.first.fullName()}.b_0`);
    expect(net.first.bias.dataSync()).toEqual(new Float32Array([0, 0]));
    expect((net.head.get(1) as Affine2).weight.paddleAttr.learningRate).toBe(0.5);
    expect(net.sublayers().length).toBe(4);
    expect(net.children().length).toBe(2);
    net.dispose();
  });

  it('runs hooks around forward and lets them replace inputs and outputs', () => {
    const layer = new Affine();
    const seen: number[][] = [];
    const pre = layer.registerForwardPreHook((_l, inputs) => [tf.mul(inputs[0] as tf.Tensor, 2)]);
    const post = layer.registerForwardPostHook((_l, _in, out) => { seen.push((out as tf.Tensor).shape); });
    const y = layer.call(tf.ones([4, 3]));
    expect(seen).toEqual([[4, 2]]);
    expect(y.dataSync()[0]).toBeCloseTo(3);
    pre.remove();
    post.remove();
    expect(layer.call(tf.ones([1, 3])).dataSync()[0]).toBeCloseTo(1.5);
    expect(seen.length).toBe(1);
    layer.dispose();
  });

  it('round-trips stateDict and names the key of a missing entry or a wrong shape', () => {
    const a = new Net();
    const b = new Net();
    a.first.weight.assign(tf.tensor([[1, 2], [3, 4], [5, 6]]));
    b.setStateDict(a.stateDict());
    expect(b.first.weight.arraySync()).toEqual([[1, 2], [3, 4], [5, 6]]);
    const partial = { ...a.stateDict() } as Record<string, tf.Tensor>;
    delete partial['head.1.weight'];
    expect(() => b.setStateDict(partial)).toThrowErrorMatchingInlineSnapshot(`[StateDictError: 'head.1.weight' is not found in the providing state dict.]`);
    expect(() => b.setStateDict({ ...a.stateDict(), 'first.bias': tf.zeros([3]) })).toThrowErrorMatchingInlineSnapshot(`[StateDictError: 'first.bias' receives a shape [3], but the expected shape is [2].]`);
    expect(b.setStateDict(partial, { strict: false }).missingKeys).toEqual(['head.1.weight']);
    // Plain values as a checkpoint reader returns them: nested arrays, or flat typed arrays of the right size.
    const flat = { ...a.stateDict(), 'first.weight': new Float32Array([6, 5, 4, 3, 2, 1]), scale: [7] } as Record<string, tf.Tensor | tf.TensorLike>;
    expect(b.setStateDict({ ...flat, extra: [1] }).unexpectedKeys).toEqual(['extra']);
    expect(b.first.weight.arraySync()).toEqual([[6, 5], [4, 3], [2, 1]]);
    expect(b.scale.dataSync()[0]).toBe(7);
    expect(() => b.setStateDict({ ...flat, 'first.weight': new Float32Array(5) })).toThrow("'first.weight' receives a shape [5], but the expected shape is [3, 2].");
    a.dispose();
    b.dispose();
  });

  it('switches train/eval recursively, unregisters on null and prints like Paddle', () => {
    const net = new Net();
    net.eval();
    expect(net.sublayers(true).every((l) => !l.training)).toBe(true);
    net.train();
    expect((net.head.get(0)).training).toBe(true);
    expect(net.toString()).toMatchInlineSnapshot(`
      "Net(
        (first): Affine()
        (head): Sequential(
          (0): Affine2()
          (1): Affine2()
        )
      )"
    `);
    const scale = net.scale;
    (net as unknown as Record<string, unknown>).scale = null;
    expect(net.parameters().length).toBe(4);
    scale.dispose();
    net.dispose();
  });

  it('does not leak tensors in call and buffers stay out of parameters', async () => {
    const net = new Net();
    const buf = net.registerBuffer('steps', tf.zeros([1]))!;
    expect(net.buffers()).toEqual([buf]);
    expect(Object.keys(net.stateDict())).toContain('steps');
    const x = tf.ones([2, 3]);
    await expectNoLeak(() => tf.tidy(() => net.call(x)));
    await expectNoLeak(() => {
      const { value, grads } = tf.variableGrads(() => tf.sum(net.call(x)) as tf.Scalar);
      tf.dispose(grads);
      return value;
    });
    x.dispose();
    net.dispose();
  });

  it('createParameter makes standalone Paddle-named parameters', () => {
    const w = nn.createParameter([2, 2], 'float32', { defaultInitializer: new Constant(1) });
    expect(w.name).toMatch(/^create_parameter_\d+\.w_0$/);
    expect(paddle.isParameter(w)).toBe(true);
    w.dispose();
  });
});
