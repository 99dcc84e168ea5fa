import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { nn } from 'tfjs-hapi';
import { useBackend } from '../helpers/backend';

describe('containers', () => {
  beforeAll(() => useBackend('cpu'));

  it('Sequential from layers or named pairs, indexable', () => {
    const seq = new nn.Sequential(new nn.Linear(2, 3), new nn.ReLU(), new nn.Linear(3, 1));
    expect(seq.length).toBe(3);
    expect(seq[0]).toBe(seq.get(0));
    expect(seq.get(-1)).toBe(seq[2]);
    expect(() => seq.get(3)).toThrow(paddle.InvalidArgumentError);
    expect(Object.keys(seq.stateDict())).toEqual(['0.weight', '0.bias', '2.weight', '2.bias']);
    const named = new nn.Sequential(['fc', new nn.Linear(2, 2)], ['act', new nn.Sigmoid()]);
    expect(named.namedChildren().map(([k]) => k)).toEqual(['fc', 'act']);
    expect((named.call(tf.zeros([1, 2])) as tf.Tensor).shape).toEqual([1, 2]);
    seq.dispose();
    named.dispose();
  });

  it('LayerList appends, inserts and extends with Paddle keys; LayerDict maps names', () => {
    const list = new nn.LayerList([new nn.Linear(1, 1)]);
    const b = new nn.Linear(1, 2);
    list.append(new nn.Linear(1, 3)).insert(1, b);
    list.extend([new nn.Identity()]);
    expect(list.length).toBe(4);
    expect(list.get(1)).toBe(b);
    expect([...list].map((l) => (l instanceof nn.Linear ? l.outFeatures : 0))).toEqual([1, 2, 3, 0]);
    expect(Object.keys(list.stateDict())).toEqual(['0.weight', '0.bias', '1.weight', '1.bias', '2.weight', '2.bias']);
    expect(() => list.call()).toThrow(paddle.UnsupportedError);
    const dict = new nn.LayerDict({ a: new nn.Linear(1, 1) });
    dict.set('b', new nn.Linear(1, 1));
    expect(dict.keys()).toEqual(['a', 'b']);
    dict.pop('a');
    expect(dict.has('a')).toBe(false);
    expect(Object.keys(dict.stateDict())).toEqual(['b.weight', 'b.bias']);
    list.dispose();
    dict.dispose();
  });

  it('prints a readable tree like Paddle', () => {
    const net = new nn.Sequential(new nn.Conv2D(1, 6, 3, 1, 1), new nn.MaxPool2D(2, 2), new nn.BatchNorm2D(6),
      new nn.Flatten(), new nn.Dropout(0.5), new nn.Linear(1176, 10));
    expect(net.toString()).toMatchInlineSnapshot(`
      "Sequential(
        (0): Conv2D(1, 6, kernel_size=[3, 3], padding=1, data_format=NCHW)
        (1): MaxPool2D(kernel_size=2, stride=2, padding=0)
        (2): BatchNorm2D(num_features=6, momentum=0.9, epsilon=0.00001, data_format=NCHW)
        (3): Flatten(start_axis=1, stop_axis=-1)
        (4): Dropout(p=0.5, axis=None, mode=upscale_in_train)
        (5): Linear(in_features=1176, out_features=10, dtype=float32)
      )"
    `);
    net.dispose();
  });

  it('accepts positional arguments and one trailing options object alike', () => {
    const a = new nn.Conv2D(3, 96, 11, 4, 2);
    const b = new nn.Conv2D(3, 96, 11, { stride: 4, padding: 2 });
    expect([a.stride, a.padding]).toEqual([b.stride, b.padding]);
    expect((tf.tidy(() => a.call(tf.zeros([1, 3, 224, 224]))) as tf.Tensor).shape).toEqual([1, 96, 55, 55]);
    a.dispose();
    b.dispose();
  });
});
