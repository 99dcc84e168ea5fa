// The nn.functional entry points of the layers, Paddle's positional forms included, against the same PyTorch fixtures.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { nn } from 'tfjs-hapi';
import { useBackend } from '../helpers/backend';
import { expectClose } from '../helpers/tensors';
import { CASES, t } from './fixtures';

const F = nn.functional;
const TOL = { rtol: 1e-4, atol: 1e-4 };
const x = (name: string) => t(CASES[name].inputs.x);
const p = (name: string, key: string) => t(CASES[name].params[key]);
const out = (name: string) => t(CASES[name].output);

describe('nn.functional (layer ops)', () => {
  beforeAll(() => useBackend('cpu'));

  it('conv2d and conv2dTranspose, positional and options forms', () => {
    const c = 'conv_stride_pad';
    expectClose(F.conv2d(x(c), p(c, 'weight'), p(c, 'bias'), 2, [1, 2]), out(c), TOL);
    expectClose(F.conv2d(x(c), p(c, 'weight'), { bias: p(c, 'bias'), stride: 2, padding: [1, 2] }), out(c), TOL);
    // Padding as four [before, after] pairs (batch and channel zero), NCHW and NHWC order.
    expectClose(F.conv2d(x(c), p(c, 'weight'), { bias: p(c, 'bias'), stride: 2, padding: [[0, 0], [0, 0], [1, 1], [2, 2]] }), out(c), TOL);
    const pairsNhwc = F.conv2d(tf.transpose(x(c), [0, 2, 3, 1]), p(c, 'weight'),
      { bias: p(c, 'bias'), stride: 2, padding: [[0, 0], [1, 1], [2, 2], [0, 0]], dataFormat: 'NHWC' });
    expectClose(tf.transpose(pairsNhwc, [0, 3, 1, 2]), out(c), TOL);
    expectClose(F.conv2d(x('conv_valid'), p('conv_valid', 'weight'), p('conv_valid', 'bias'), [2, 1], 'valid'), out('conv_valid'), TOL);
    const g = 'conv_groups';
    expectClose(F.conv2d(x(g), p(g, 'weight'), { bias: p(g, 'bias'), padding: 1, groups: 2 }), out(g), TOL);
    const nhwc = F.conv2d(tf.transpose(x(g), [0, 2, 3, 1]), p(g, 'weight'), { bias: p(g, 'bias'), padding: 1, groups: 2, dataFormat: 'NHWC' });
    expectClose(tf.transpose(nhwc, [0, 3, 1, 2]), out(g), TOL);
    const ct = 'convt_stride';
    expectClose(F.conv2dTranspose(x(ct), p(ct, 'weight'), { bias: p(ct, 'bias'), stride: 2, padding: 1, outputPadding: 1 }), out(ct), TOL);
    // outputSize instead of outputPadding picks the same output.
    expectClose(F.conv2dTranspose(x(ct), p(ct, 'weight'), { bias: p(ct, 'bias'), stride: 2, padding: 1, outputSize: [10, 12] }), out(ct), TOL);
  });

  it('pooling', () => {
    expectClose(F.maxPool2d(x('maxpool_ceil'), 3, 2, 0, false, true), out('maxpool_ceil'), TOL);
    expectClose(F.avgPool2d(x('avgpool_inclusive'), 3, { stride: 2, padding: 1, exclusive: false }), out('avgpool_inclusive'), TOL);
    expectClose(F.avgPool2d(x('avgpool_k2'), 2, { divisorOverride: 4 }), out('avgpool_k2'), TOL);
    expectClose(F.adaptiveAvgPool2d(x('adaptive_avg_3x4'), [3, 4]), out('adaptive_avg_3x4'), TOL);
    expectClose(F.adaptiveMaxPool2d(x('adaptive_max_4x5'), [4, 5]), out('adaptive_max_4x5'), TOL);
    expectClose(F.interpolate(x('adaptive_avg_3x4'), { size: [3, 4], mode: 'area' }), out('adaptive_avg_3x4'), TOL);
  });

  it('normalization: batchNorm updates running statistics Paddle-style, layerNorm, localResponseNorm', () => {
    const c = CASES.bn2d_train;
    const mean = tf.variable(t(c.params._mean));
    const variance = tf.variable(t(c.params._variance));
    const y = F.batchNorm(t(c.inputs.x), mean, variance, t(c.params.weight), t(c.params.bias), { training: true });
    expectClose(y, out('bn2d_train'), TOL);
    expectClose(mean, t(c.runningAfter!._mean), TOL);
    expectClose(variance, t(c.runningAfter!._variance), TOL);
    expectClose(F.layerNorm(x('ln_two'), [4, 6], p('ln_two', 'weight'), p('ln_two', 'bias')), out('ln_two'), TOL);
    expectClose(F.localResponseNorm(x('lrn_4'), 4, 0.05, 0.75, 1.5), out('lrn_4'), TOL);
    tf.dispose([mean, variance]);
  });

  it('linear, flatten, embedding, pad, interpolate/upsample', () => {
    expectClose(F.linear(x('linear_3d'), p('linear_3d', 'weight'), p('linear_3d', 'bias')), out('linear_3d'), TOL);
    expect(F.flatten(tf.zeros([2, 3, 4])).shape).toEqual([24]);
    expectClose(F.flatten(x('flatten_mid'), 1, 2), out('flatten_mid'), TOL);
    const ids = CASES.embedding_pad.ids!;
    expectClose(F.embedding(tf.tensor(ids.data, ids.shape, 'int32'), p('embedding_pad', 'weight'), 3), out('embedding_pad'), TOL);
    expectClose(F.pad(x('pad_circular'), [1, 2, 0, 3], 'circular'), out('pad_circular'), TOL);
    expectClose(F.pad(x('pad_constant'), [1, 2, 0, 3], { value: 0.5 }), out('pad_constant'), TOL);
    expect(F.pad(tf.zeros([2, 3]), [1, 0, 0, 2]).shape).toEqual([3, 5]);
    expectClose(F.interpolate(x('up_bilinear_ac'), [7, 9], null, 'bilinear', true), out('up_bilinear_ac'), TOL);
    expectClose(F.upsample(x('up_nearest_scale2'), { scaleFactor: 2 }), out('up_nearest_scale2'), TOL);
  });
});
