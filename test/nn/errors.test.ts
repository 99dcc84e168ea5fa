import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { nn } from 'tfjs-hapi';
import { useBackend } from '../helpers/backend';

const F = nn.functional;

describe('wrong input is a typed error naming the layer and both shapes', () => {
  beforeAll(() => useBackend('cpu'));

  it('Conv2D with 3 input channels given [2, 1, 28, 28]', () => {
    const conv = new nn.Conv2D(3, 6, 3);
    const x = tf.zeros([2, 1, 28, 28]);
    let err: unknown;
    try { conv.call(x); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(paddle.ShapeMismatchError);
    expect((err as Error).message).toBe(`Conv2D '${conv.fullName()}' expected input of shape [?, 3, ?, ?], but received [2, 1, 28, 28].`);
    expect((err as paddle.ShapeMismatchError).received).toEqual([2, 1, 28, 28]);
    const nhwc = new nn.Conv2D(3, 6, 3, { dataFormat: 'NHWC' });
    expect(() => nhwc.call(tf.zeros([2, 28, 28, 1]))).toThrow(`Conv2D '${nhwc.fullName()}' expected input of shape [?, ?, ?, 3], but received [2, 28, 28, 1].`);
    tf.dispose(x);
  });

  it('inside a Sequential chain the message still shows the NCHW shape the user passed', () => {
    const seq = new nn.Sequential(new nn.Conv2D(1, 4, 3), new nn.MaxPool2D(2), new nn.Conv2D(3, 2, 3));
    expect(() => seq.call(tf.zeros([1, 1, 12, 12]))).toThrow(/Conv2D 'conv2d_\d+' expected input of shape \[\?, 3, \?, \?\], but received \[1, 4, 5, 5\]\./);
  });

  it('Linear, BatchNorm, LayerNorm and functional ops', () => {
    const fc = new nn.Linear(4, 2);
    expect(() => fc.call(tf.zeros([3, 5]))).toThrow(`Linear '${fc.fullName()}' expected input of shape [?, 4], but received [3, 5].`);
    const bn = new nn.BatchNorm2D(8);
    expect(() => bn.call(tf.zeros([2, 4, 3, 3]))).toThrow(paddle.ShapeMismatchError);
    expect(() => new nn.BatchNorm1D(8).call(tf.zeros([2, 8, 3, 3]))).toThrow(paddle.ShapeMismatchError);
    expect(() => new nn.LayerNorm([4, 6]).call(tf.zeros([2, 6, 4]))).toThrow(/expected input of shape \[\?, 4, 6\], but received \[2, 6, 4\]/);
    expect(() => new nn.MaxPool2D(2).call(tf.zeros([2, 3]))).toThrow(paddle.ShapeMismatchError);
    expect(() => F.conv2d(tf.zeros([1, 2, 5, 5]), tf.zeros([4, 3, 3, 3]))).toThrow('conv2d expected input of shape [?, 3, ?, ?], but received [1, 2, 5, 5].');
    expect(() => new nn.Conv2D(1, 1, 5).call(tf.zeros([1, 1, 3, 3]))).toThrow(paddle.ShapeMismatchError);
  });

  it('bad arguments name the argument, the expectation and the value', () => {
    expect(() => new nn.Conv2D(3, 4, 3, { groups: 2 })).toThrow("Conv2D: argument 'groups' expected a divisor of inChannels (3), but received 2.");
    expect(() => new nn.Conv2D(3, 4, 3, { padding: 'FULL' as 'SAME' })).toThrow(paddle.InvalidArgumentError);
    expect(() => new nn.Conv2D(3, 4, 3, { stirde: 2 } as never)).toThrow("Conv2D: argument 'stirde' expected one of the options");
    expect(() => new nn.Dropout(1.5)).toThrow("Dropout: argument 'p' expected a number in [0, 1], but received 1.5.");
    expect(() => new nn.Dropout(0.5, { mode: 'train' as never })).toThrow(paddle.InvalidArgumentError);
    expect(() => new nn.Linear(0, 2)).toThrow("Linear: argument 'inFeatures' expected a positive integer, but received 0.");
    expect(() => new nn.Conv2DTranspose(3, 4, 3, { padding: 'SAME' })).toThrow(paddle.UnsupportedError);
    expect(() => new nn.Embedding(10, 4).call(tf.tensor1d([1, 10], 'int32'))).toThrow("ids in [0, 10)");
    expect(() => new nn.Embedding(10, 4).call(tf.tensor1d([1, 2]))).toThrow(paddle.InvalidArgumentError);
    expect(() => F.interpolate(tf.zeros([1, 1, 2, 2]), {})).toThrow('exactly one of size and scaleFactor');
    expect(() => F.pad(tf.zeros([1, 1, 2, 2]), [2, 2, 0, 0], { mode: 'reflect' })).toThrow(paddle.InvalidArgumentError);
    expect(() => new nn.Sequential(42 as never)).toThrow("Sequential: argument 'layers[0]' expected an nn.Layer, but received 42.");
  });
});
