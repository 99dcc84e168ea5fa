// The activation layers: same PyTorch reference values as nn.functional, through Layer.call,
// plus what a layer must offer (no parameters, layout kind, repr, constructor checks).
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError, nn } from 'tfjs-hapi';
import { NODE_BACKENDS, useBackend } from '../helpers/backend';
import { expectClose, expectNoLeak } from '../helpers/tensors';
import { describeCase, fixtures, valueAndGrad } from './functional-fixtures';
import { layerHarness } from './harness';

type Ctor = new (...args: unknown[]) => nn.Layer;
const LAYERS: Record<string, Ctor> = {
  relu: nn.ReLU,
  relu6: nn.ReLU6,
  leakyRelu: nn.LeakyReLU,
  elu: nn.ELU,
  gelu: nn.GELU,
  hardswish: nn.Hardswish,
  hardsigmoid: nn.Hardsigmoid,
  sigmoid: nn.Sigmoid,
  tanh: nn.Tanh,
  silu: nn.Silu,
  swish: nn.Swish,
  softplus: nn.Softplus,
  softmax: nn.Softmax,
  logSoftmax: nn.LogSoftmax,
} as unknown as Record<string, Ctor>;

// Paddle's nn.Hardsigmoid takes no slope/offset, so only the default case maps to a layer.
const cases = fixtures.activations.filter((c) => !(c.fn === 'hardsigmoid' && c.args.length > 0));

for (const backend of NODE_BACKENDS) {
  describe(`activation layers on ${backend}`, () => {
    beforeAll(async () => {
      await useBackend(backend);
    });

    for (const c of cases) {
      it(`${describeCase(c, c.shape)} as a layer matches PyTorch forward and backward`, async () => {
        const layer = c.options ? new LAYERS[c.fn](...c.args, c.options) : new LAYERS[c.fn](...c.args);
        const x = tf.tensor(c.x, c.shape);
        const gy = tf.tensor(c.gy, c.shape);
        await expectNoLeak(() => {
          const { value, grad } = valueAndGrad((v) => layer.call(v) as tf.Tensor, x, gy);
          expectClose(value, c.y, { label: `${c.fn} forward` });
          expectClose(grad, c.dx, { label: `${c.fn} backward` });
          return [value, grad];
        });
        expect(layer.parameters()).toEqual([]);
        expect(Object.keys(layer.stateDict())).toEqual([]);
        tf.dispose([x, gy]);
      });
    }
  });
}

describe('activation layers: Paddle surface', () => {
  it('print like Paddle, with their options', () => {
    expect(new nn.ReLU().toString()).toBe('ReLU()');
    expect(new nn.LeakyReLU(0.2).toString()).toBe('LeakyReLU(negative_slope=0.2)');
    expect(new nn.ELU({ alpha: 0.5 }).toString()).toBe('ELU(alpha=0.5)');
    expect(new nn.GELU(true).toString()).toBe('GELU(approximate=True)');
    expect(new nn.Softmax().toString()).toBe('Softmax(axis=-1)');
    expect(new nn.Softplus(2, 10).toString()).toBe('Softplus(beta=2, threshold=10)');
  });

  it("keep Paddle's defaults", () => {
    expect(new nn.LeakyReLU().negativeSlope).toBe(0.01);
    expect(new nn.ELU().alpha).toBe(1);
    expect(new nn.GELU().approximate).toBe(false);
    expect(new nn.Softmax().axis).toBe(-1);
    expect(new nn.LogSoftmax({ axis: 1 }).axis).toBe(1);
  });

  it('element-wise ones may run inside an NHWC chain, axis-bound ones may not', () => {
    expect(new nn.ReLU().layoutKind()).toBe('any');
    expect(new nn.Hardswish().layoutKind()).toBe('any');
    expect(new nn.Softmax().layoutKind()).toBe('fixed');
  });

  it("accept Paddle's trailing name, positionally or as an option, and ignore it", () => {
    expect(new nn.LeakyReLU(0.2, 'lrelu').negativeSlope).toBe(0.2);
    expect(new nn.Softplus({ beta: 2, threshold: 10, name: 'sp' }).threshold).toBe(10);
    expect(new nn.Softplus(2, 10, 'sp').threshold).toBe(10);
    expect(new nn.ReLU('relu').toString()).toBe('ReLU()');
    expect(() => new nn.LeakyReLU(0.2, 5 as never)).toThrow("nn.LeakyReLU: argument 'name' expected a string or null");
  });

  it('reject options of the wrong type, naming the option', () => {
    expect(() => new nn.LeakyReLU('0.1' as unknown as number)).toThrow(InvalidArgumentError);
    expect(() => new nn.GELU({ approximate: 1 as unknown as boolean })).toThrow(/'approximate'/);
    expect(() => new nn.ELU({ alhpa: 1 } as never)).toThrow(/'alhpa'/);
    expect(() => new nn.Softmax(5).call(tf.zeros([2, 3]))).toThrow(/'axis'/);
  });
});

// The shared layer harness (shape, parameters, stateDict round trip, gradients, leaks) on an odd
// NCHW shape, for every activation layer.
const HARNESS: [string, () => nn.Layer][] = [
  ['ReLU', () => new nn.ReLU()],
  ['ReLU6', () => new nn.ReLU6()],
  ['LeakyReLU', () => new nn.LeakyReLU(0.1)],
  ['ELU', () => new nn.ELU(0.7)],
  ['GELU', () => new nn.GELU()],
  ['GELU approximate', () => new nn.GELU(true)],
  ['Hardswish', () => new nn.Hardswish()],
  ['Hardsigmoid', () => new nn.Hardsigmoid()],
  ['Sigmoid', () => new nn.Sigmoid()],
  ['Tanh', () => new nn.Tanh()],
  ['Silu', () => new nn.Silu()],
  ['Swish', () => new nn.Swish()],
  ['Softplus', () => new nn.Softplus(2, 5)],
  ['Softmax axis 1', () => new nn.Softmax(1)],
  ['LogSoftmax', () => new nn.LogSoftmax()],
];
for (const [name, make] of HARNESS) {
  layerHarness(`nn.${name}`, {
    make,
    input: () => tf.randomNormal([2, 3, 5, 7], 0, 2, 'float32', 11),
    outputShape: [2, 3, 5, 7],
    paramCount: 0,
    stateKeys: [],
  });
}
