// numpy/tolist/item (sync and async), noGrad, and the keyword and error forms of the functions.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { useBackend } from '../helpers/backend';

describe('reading values', () => {
  beforeAll(() => useBackend('wasm'));

  it('numpy and tolist give nested arrays, item a number; async forms agree', async () => {
    const x = paddle.toTensor([[1.5, 2], [3, 4]]);
    const b = paddle.toTensor([[true, false]]);
    const s = paddle.mean(x);
    expect(paddle.numpy(x)).toEqual([[1.5, 2], [3, 4]]);
    expect(paddle.tolist(b)).toEqual([[true, false]]);
    expect(paddle.item(s)).toBeCloseTo(2.625, 6);
    expect(paddle.numpy(s)).toBeCloseTo(2.625, 6);
    expect(await paddle.numpyAsync(x)).toEqual([[1.5, 2], [3, 4]]);
    expect(await paddle.tolistAsync(b)).toEqual([[true, false]]);
    expect(await paddle.itemAsync(s)).toBeCloseTo(2.625, 6);
    expect(paddle.numpy(paddle.zeros([2, 0]))).toEqual([[], []]);
    expect(() => paddle.item(x)).toThrow(/item: argument 'x' expected a tensor of one element/);
    tf.dispose([x, b, s]);
  });
});

describe('noGrad', () => {
  it('frees what fn makes, keeps what it returns, and records no gradient', () => {
    const w = tf.variable(tf.scalar(3));
    const before = tf.memory().numTensors;
    const kept = paddle.noGrad(() => tf.mul(tf.add(w, 1), 2));
    expect(tf.memory().numTensors).toBe(before + 1);
    expect(kept.dataSync()[0]).toBe(8);
    // Inside a gradient function, the noGrad part contributes nothing: d(w*w + stop(w*w))/dw = 2w.
    const { grads } = tf.variableGrads(() => tf.add(tf.mul(w, w), paddle.noGrad(() => tf.mul(w, w))) as tf.Scalar, [w]);
    expect(grads[w.name].dataSync()[0]).toBe(6);
    tf.dispose([kept, grads[w.name], w]);
  });
});

describe('arguments', () => {
  it('take Paddle keyword forms from any position', () => {
    const x = paddle.arange(24, { dtype: 'float32' } as never);
    const y = paddle.reshape(x, [2, 3, 4]);
    const forms = [
      paddle.mean(y, 1, true),
      paddle.mean(y, { axis: 1, keepdim: true }),
      paddle.mean({ x: y, axis: 1, keepdim: true }),
      paddle.mean(y, 1, { keepdim: true } as never),
    ];
    for (const f of forms) expect(paddle.numpy(f)).toEqual(paddle.numpy(forms[0]));
    tf.dispose([x, y, ...forms]);
  });

  it('throw typed errors naming the function and argument', () => {
    const y = paddle.ones([2, 3]);
    expect(() => paddle.mean(y, 2)).toThrow(paddle.InvalidArgumentError);
    expect(() => paddle.mean(y, 2)).toThrow(/^mean: argument 'axis' expected an integer in \[-2, 2\)/);
    expect(() => paddle.mean(y, { keep_dim: true } as never)).toThrow(/did you mean 'keepdim'/);
    expect(() => paddle.sum([1, 2] as never)).toThrow(/sum: argument 'x' expected a tensor/);
    expect(() => paddle.reshape(y, [4, -1])).toThrow(paddle.ShapeMismatchError);
    expect(() => paddle.split(y, 4, 1)).toThrow(/split: argument 'numOrSections'/);
    expect(() => paddle.topk(y, 4)).toThrow(/topk: argument 'k' expected an integer in \[1, 3\]/);
    expect(() => paddle.concat([y, paddle.ones([2, 2, 1])])).toThrow(paddle.ShapeMismatchError);
    expect(() => paddle.cast(y, 'complex')).toThrow(/cast: argument 'dtype'/);
    expect(() => paddle.expand(y, [3, 3])).toThrow(paddle.ShapeMismatchError);
    expect(() => paddle.matmul(y, y)).toThrow(/matmul: argument 'y'/);
    const idx = paddle.toTensor([0, 3]);
    expect(() => paddle.gather(y, idx, 1)).toThrow(/^gather: argument 'index' expected values in \[0, 3\), but received 3/);
    expect(() => paddle.gatherNd(y, paddle.reshape(idx, [1, 2]))).toThrow(/gatherNd: argument 'index' expected values in \[0, 3\)/);
    idx.dispose();
    y.dispose();
  });
});
