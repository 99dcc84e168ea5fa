// Every layer, forward and backward, against PyTorch (numpy where Paddle differs), on cpu and wasm.
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nn } from 'tfjs-hapi';
import { NODE_BACKENDS, useBackend } from '../helpers/backend';
import { expectClose } from '../helpers/tensors';
import { CASES, forwardBackward, nchw, nhwc, t, type LayerCase } from './fixtures';

const TOL = { rtol: 1e-4, atol: 1e-4 };

type Make = (c: LayerCase, fmt: 'NCHW' | 'NHWC') => nn.Layer;

const conv: Make = (c, fmt) => new nn.Conv2D(c.config.in, c.config.out, c.config.kernelSize, {
  stride: c.config.stride, padding: c.config.padding, dilation: c.config.dilation, groups: c.config.groups,
  paddingMode: c.config.paddingMode, biasAttr: c.config.bias ? undefined : false, dataFormat: fmt,
});
const convT: Make = (c, fmt) => new nn.Conv2DTranspose(c.config.in, c.config.out, c.config.kernelSize, {
  stride: c.config.stride, padding: c.config.padding, outputPadding: c.config.outputPadding,
  groups: c.config.groups, dilation: c.config.dilation, dataFormat: fmt,
});
const maxPool: Make = (c, fmt) => new nn.MaxPool2D(c.config.kernelSize, {
  stride: c.config.stride, padding: c.config.padding, ceilMode: c.config.ceilMode, dataFormat: fmt,
});
const avgPool: Make = (c, fmt) => new nn.AvgPool2D(c.config.kernelSize, {
  stride: c.config.stride, padding: c.config.padding, ceilMode: c.config.ceilMode, exclusive: c.config.exclusive, dataFormat: fmt,
});
const bn2d: Make = (c, fmt) => new nn.BatchNorm2D(c.config.numFeatures, { dataFormat: fmt });
const bn1d: Make = (c) => new nn.BatchNorm1D(c.config.numFeatures);

/** [case prefix, factory, also run as NHWC]. */
const GROUPS: [string, Make, boolean][] = [
  ['linear_', (c) => new nn.Linear(c.config.in, c.config.out), false],
  ['conv_', conv, true],
  ['convt_', convT, true],
  ['maxpool_', maxPool, true],
  ['avgpool_', avgPool, true],
  ['adaptive_avg_', (c, fmt) => new nn.AdaptiveAvgPool2D(c.config.outputSize, fmt), true],
  ['adaptive_max_', (c) => new nn.AdaptiveMaxPool2D(c.config.outputSize), false],
  ['bn2d_', bn2d, true],
  ['bn1d_', bn1d, false],
  ['ln_', (c) => new nn.LayerNorm(c.config.normalizedShape, { epsilon: c.config.epsilon }), false],
  ['lrn_', (c, fmt) => new nn.LocalResponseNorm(c.config.size, { alpha: c.config.alpha, beta: c.config.beta, k: c.config.k, dataFormat: fmt }), true],
  ['pad_', (c, fmt) => new nn.Pad2D(c.config.padding, { mode: c.config.mode, value: c.config.value, dataFormat: fmt }), true],
  ['up_', (c, fmt) => new nn.Upsample({ size: c.config.size, scaleFactor: c.config.scaleFactor, mode: c.config.mode, alignCorners: c.config.alignCorners, dataFormat: fmt }), true],
  ['flatten_', (c) => new nn.Flatten(c.config.startAxis, c.config.stopAxis), false],
  ['embedding', (c) => new nn.Embedding(c.config.num, c.config.dim, { paddingIdx: c.config.paddingIdx }), false],
];

function check(name: string, c: LayerCase, make: Make, fmt: 'NCHW' | 'NHWC'): void {
  const layer = make(c, fmt);
  if (c.config.training === false) layer.eval();
  const input = c.ids ? tf.tensor(c.ids.data, c.ids.shape, 'int32') : t(c.inputs.x);
  const [to, from] = fmt === 'NHWC' ? [nhwc, nchw] : [(x: tf.Tensor) => x, (x: tf.Tensor) => x];
  const { y, dx, dparams } = forwardBackward(layer, c, input, to, from);
  expectClose(y, t(c.output), { ...TOL, label: `${name} ${fmt} output` });
  if (c.grads.x) expectClose(dx!, t(c.grads.x), { ...TOL, label: `${name} ${fmt} dx` });
  for (const [k, g] of Object.entries(c.grads)) {
    if (k === 'x') continue;
    expect(dparams[k], `${name}: no gradient for ${k}`).toBeDefined();
    expectClose(dparams[k], t(g), { ...TOL, label: `${name} ${fmt} d${k}` });
  }
  if (c.runningAfter) {
    // forwardBackward ran several forwards; the fixture holds the statistics after exactly one.
    const fresh = make(c, fmt);
    if (c.config.training === false) fresh.eval();
    fresh.setStateDict(Object.fromEntries(Object.entries(c.params).map(([k, v]) => [k, v.data])));
    const x = to(t(c.inputs.x));
    tf.dispose([x, fresh.call(x)]);
    const sd = fresh.stateDict();
    for (const [k, v] of Object.entries(c.runningAfter)) expectClose(sd[k], t(v), { ...TOL, label: `${name} ${fmt} running ${k}` });
    fresh.dispose();
  }
  tf.dispose([input, y, ...(dx ? [dx] : []), ...Object.values(dparams)]);
  layer.dispose();
}

for (const backend of NODE_BACKENDS) {
  describe(`layers vs PyTorch on ${backend}`, () => {
    beforeAll(() => useBackend(backend));
    afterAll(() => tf.disposeVariables());
    for (const [prefix, make, alsoNhwc] of GROUPS) {
      const names = Object.keys(CASES).filter((n) => n.startsWith(prefix));
      it(`${prefix.replace(/_$/, '')}: ${names.length} cases forward and backward${alsoNhwc ? ', NCHW and NHWC' : ''}`, () => {
        expect(names.length).toBeGreaterThan(0);
        for (const name of names) {
          check(name, CASES[name], make, 'NCHW');
          if (alsoNhwc) check(name, CASES[name], make, 'NHWC');
        }
      });
    }
  });
}
