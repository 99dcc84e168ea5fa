import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as io from 'tfjs-hapi/io';
import { InvalidArgumentError, ShapeMismatchError } from '../../src/errors';
import { useBackend } from '../helpers/backend';
import { expectNoLeak } from '../helpers/tensors';

beforeAll(() => useBackend('cpu'));

const values = (t: unknown) => Array.from((t as tf.Tensor).dataSync());

describe('defaultCollateFn', () => {
  it('stacks typed arrays, numbers, tensors and HWCImages field by field', () => {
    const t0 = tf.tensor1d([1, 2], 'int32');
    const t1 = tf.tensor1d([3, 4], 'int32');
    const img = (v: number) => ({ data: new Uint8Array(2 * 3 * 1).fill(v), width: 3, height: 2, channels: 1 });
    const batch = io.defaultCollateFn([
      [new Float64Array([0.5, 1]), 3, 0.25, t0, img(1), true],
      [new Float64Array([2, 3]), 4, 1, t1, img(2), false],
    ]) as tf.Tensor[];
    const [x, label, score, t, im, flag] = batch;
    expect([x.shape, x.dtype, values(x)]).toEqual([[2, 2], 'float32', [0.5, 1, 2, 3]]);
    expect([label.shape, label.dtype, values(label)]).toEqual([[2], 'int32', [3, 4]]);
    expect([score.dtype, values(score)]).toEqual(['float32', [0.25, 1]]);
    expect([t.shape, t.dtype, values(t)]).toEqual([[2, 2], 'int32', [1, 2, 3, 4]]);
    expect([im.shape, im.dtype]).toEqual([[2, 2, 3, 1], 'int32']);
    expect(values(im)).toEqual([...Array(6).fill(1), ...Array(6).fill(2)]);
    expect([flag.dtype, values(flag)]).toEqual(['bool', [1, 0]]);
    tf.dispose([t0, t1, ...batch]);
  });

  it('keeps strings as lists and collates objects and nested lists by field', () => {
    const out = io.defaultCollateFn([
      { name: 'a', pos: [1, new Int32Array([5])], meta: { w: 0.5 } },
      { name: 'b', pos: [2, new Int32Array([6])], meta: { w: 1.5 } },
    ]) as { name: string[]; pos: tf.Tensor[]; meta: { w: tf.Tensor } };
    expect(out.name).toEqual(['a', 'b']);
    expect(values(out.pos[0])).toEqual([1, 2]);
    expect([out.pos[1].shape, out.pos[1].dtype]).toEqual([[2, 1], 'int32']);
    expect(values(out.meta.w)).toEqual([0.5, 1.5]);
    tf.dispose([...out.pos, out.meta.w]);
  });

  it('a field whose shape changes is a ShapeMismatchError naming the field and the sample', () => {
    const samples = [[new Float32Array(4), 0], [new Float32Array(4), 1], [new Float32Array(5), 2]];
    let err: unknown;
    try {
      io.defaultCollateFn(samples);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ShapeMismatchError);
    expect((err as Error).message).toMatchInlineSnapshot(`"defaultCollateFn: field [0] of sample 2 expected shape [4], but received [5]."`);
  });

  it('names the field of an object sample whose image size changes', () => {
    const im = (w: number) => ({ data: new Uint8Array(w * 2 * 3), width: w, height: 2, channels: 3 });
    expect(() => io.defaultCollateFn([{ image: im(2) }, { image: im(3) }])).toThrow(
      'defaultCollateFn: field .image of sample 1 expected shape [2, 2, 3], but received [2, 3, 3].',
    );
  });

  it('rejects samples with different field counts, mixed kinds and unsupported values', () => {
    expect(() => io.defaultCollateFn([[1, 2], [1]])).toThrow(/2 fields \(as in sample 0\)/);
    expect(() => io.defaultCollateFn([[1], ['x']])).toThrow(InvalidArgumentError);
    expect(() => io.defaultCollateFn([null])).toThrow(/expected a tensor, typed array, HWCImage, number, boolean, string, array or plain object/);
    expect(() => io.defaultCollateFn([new Map()])).toThrow(InvalidArgumentError);
  });

  it('makes one tensor per field and leaks nothing', async () => {
    const before = tf.memory().numTensors;
    const out = io.defaultCollateFn([[new Float32Array(3), 1], [new Float32Array(3), 2]]) as tf.Tensor[];
    expect(tf.memory().numTensors - before).toBe(2);
    tf.dispose(out);
    await expectNoLeak(() => io.defaultCollateFn([[new Float32Array(3), 1]]) as tf.Tensor[]);
  });
});

describe('defaultConvertFn', () => {
  it('turns typed arrays into tensors of their own shape and keeps numbers', () => {
    const [x, label] = io.defaultConvertFn([new Float32Array([1, 2]), 3]) as [tf.Tensor, number];
    expect(x.shape).toEqual([2]);
    expect(label).toBe(3);
    x.dispose();
  });
});
