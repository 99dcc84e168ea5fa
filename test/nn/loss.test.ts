// The loss layers: the PyTorch/numpy reference values through Layer.call(input, label) on cpu and
// wasm, Paddle's argument forms, typed errors for bad labels and shapes, and training use.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { InvalidArgumentError, ShapeMismatchError, nn } from 'tfjs-hapi';
import { NODE_BACKENDS, useBackend } from '../helpers/backend';
import { expectClose, expectNoLeak } from '../helpers/tensors';
import { describeCase, fixtures, lossInputs, valueAndGrad } from './functional-fixtures';

type Ctor = new (...args: unknown[]) => nn.Layer;
const LOSSES: Record<string, Ctor> = {
  crossEntropy: nn.CrossEntropyLoss,
  mseLoss: nn.MSELoss,
  l1Loss: nn.L1Loss,
  smoothL1Loss: nn.SmoothL1Loss,
  binaryCrossEntropy: nn.BCELoss,
  binaryCrossEntropyWithLogits: nn.BCEWithLogitsLoss,
  nllLoss: nn.NLLLoss,
  klDiv: nn.KLDivLoss,
} as unknown as Record<string, Ctor>;

for (const backend of NODE_BACKENDS) {
  describe(`loss layers on ${backend}`, () => {
    beforeAll(async () => {
      await useBackend(backend);
    });

    for (const c of fixtures.losses) {
      it(`${describeCase(c, c.inputShape).replace(c.fn, LOSSES[c.fn].name)} matches the reference forward and backward`, async () => {
        const { input, label, gy, options, all } = lossInputs(c);
        const loss = new LOSSES[c.fn](options);
        await expectNoLeak(() => {
          const { value, grad } = valueAndGrad((v) => loss.call(v, label) as tf.Tensor, input, gy);
          expectClose(value, c.out, { label: 'forward' });
          expectClose(grad, c.dinput, { label: 'backward' });
          return [value, grad];
        });
        expect(loss.parameters()).toEqual([]);
        tf.dispose(all);
      });
    }

    it('CrossEntropyLoss trains a linear classifier under variableGrads (no Greater on the tape, no missing kernel)', async () => {
      const w = tf.variable(tf.tensor2d([[0.1, -0.2, 0.3], [0.0, 0.5, -0.1]]), true, `ce_train_w_${backend}`);
      const x = tf.tensor2d([[1, 2], [-1, 0.5], [0.3, -2], [2, 2]]);
      const y = tf.tensor1d([2, 0, 1, -100], 'int32');
      const loss = new nn.CrossEntropyLoss({ weight: tf.tensor1d([1, 2, 0.5]), labelSmoothing: 0 });
      const act = new nn.ELU(0.5);
      const step = () =>
        tf.tidy(() => {
          const { value, grads } = tf.variableGrads(() => loss.call(act.call(tf.matMul(x, w)), y) as tf.Scalar, [w]);
          w.assign(tf.sub(w, tf.mul(grads[w.name], 0.5)));
          return value;
        });
      const first = step();
      const firstValue = first.dataSync()[0];
      first.dispose();
      await expectNoLeak(step, 5);
      const last = step();
      expect(last.dataSync()[0]).toBeLessThan(firstValue);
      tf.dispose([last, w, x, y, loss.options.weight as tf.Tensor]);
    });
  });
}

describe("loss layers: Paddle's argument forms", () => {
  let logits: tf.Tensor;
  let labels: tf.Tensor;
  let weight: tf.Tensor;
  beforeAll(async () => {
    await useBackend('cpu');
    logits = tf.tensor2d([[2, 0.5, -1], [0.1, 0.2, 3], [1, 1, 1]]);
    labels = tf.tensor1d([0, 2, 1], 'int32');
    weight = tf.tensor1d([1, 2, 3]);
  });

  it('positional arguments, an options object, and a mix give the same loss', () => {
    const a = new nn.CrossEntropyLoss(weight, -100, 'sum').call(logits, labels);
    const b = new nn.CrossEntropyLoss({ weight, reduction: 'sum' }).call(logits, labels);
    // A positional prefix and an options object for the rest: accepted at run time, not one of the typed overloads.
    const c = new nn.CrossEntropyLoss(weight, { reduction: 'sum' } as never).call(logits, labels);
    const d = nn.functional.crossEntropy(logits, labels, weight, -100, 'sum');
    expectClose(a, b);
    expectClose(a, c);
    expectClose(a, d);
    tf.dispose([a, b, c, d]);
  });

  it("accepts Paddle's trailing name everywhere Paddle has one", () => {
    const a = new nn.CrossEntropyLoss(weight, -100, 'sum', false, -1, true, 0, 'ce').call(logits, labels);
    const b = new nn.CrossEntropyLoss({ weight, reduction: 'sum', name: 'ce' }).call(logits, labels);
    expectClose(a, b);
    expect(new nn.SmoothL1Loss('sum', 0.5, 'huber').delta).toBe(0.5);
    expect(new nn.NLLLoss(null, 3, 'sum', 'nll').options.ignoreIndex).toBe(3);
    expect(new nn.BCEWithLogitsLoss(null, 'none', null, 'bce').reduction).toBe('none');
    tf.dispose([a, b]);
  });

  it("keeps Paddle's defaults", () => {
    expect(new nn.CrossEntropyLoss().options).toMatchObject({
      weight: null, ignoreIndex: -100, reduction: 'mean', softLabel: false, axis: -1, useSoftmax: true, labelSmoothing: 0,
    });
    expect(new nn.SmoothL1Loss().delta).toBe(1);
    expect(new nn.CrossEntropyLoss().toString()).toBe('CrossEntropyLoss()'); // Paddle's losses have no extra_repr
    expect(new nn.KLDivLoss().reduction).toBe('mean');
    expect(new nn.NLLLoss().options.ignoreIndex).toBe(-100);
  });

  it('a label given as [N, 1] gives the same mean as [N]', () => {
    const a = nn.functional.crossEntropy(logits, labels);
    const b = nn.functional.crossEntropy(logits, tf.reshape(labels, [3, 1]));
    expectClose(a, b);
    tf.dispose([a, b]);
  });

  it('a batch whose labels are all ignored gives loss 0 and gradient 0, not NaN', () => {
    const ignored = tf.tensor1d([-100, -100, -100], 'int32');
    const g = tf.grad((v: tf.Tensor) => nn.functional.crossEntropy(v, ignored))(logits);
    const v = nn.functional.crossEntropy(logits, ignored);
    expectClose(v, [0]);
    expectClose(g, new Array(9).fill(0));
    tf.dispose([ignored, g, v]);
  });
});

describe('loss layers: typed errors', () => {
  let logits: tf.Tensor;
  beforeAll(async () => {
    await useBackend('cpu');
    logits = tf.tensor2d([[2, 0.5, -1], [0.1, 0.2, 3]]);
  });

  it('an out-of-range class index names label, the class count and the value', () => {
    const err = (() => {
      try {
        new nn.CrossEntropyLoss().call(logits, tf.tensor1d([0, 3], 'int32'));
      } catch (e) {
        return e as InvalidArgumentError;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect(err?.argument).toBe('label');
    expect(err?.message).toMatchInlineSnapshot(
      `"CrossEntropyLoss: argument 'label' expected integer class indices in [0, 3) for 3 classes (or ignoreIndex -100); entry 1 is not, but received 3."`,
    );
    expect(() => new nn.CrossEntropyLoss().call(logits, tf.tensor1d([-1, 0], 'int32'))).toThrow(/received -1/);
    expect(() => new nn.NLLLoss().call(logits, tf.tensor1d([0, 7], 'int32'))).toThrow(InvalidArgumentError);
  });

  it('a non-integer float label is an error, an integral float label is accepted', () => {
    expect(() => new nn.CrossEntropyLoss().call(logits, tf.tensor1d([0, 1.5]))).toThrow(/received 1\.5/);
    const v = new nn.CrossEntropyLoss().call(logits, tf.tensor1d([0, 2]));
    expect(Number.isFinite(v.dataSync()[0])).toBe(true);
    v.dispose();
  });

  it('checkLabel: false skips the read-back of the labels', () => {
    const labels = tf.tensor1d([0, 2], 'int32');
    const spy = vi.spyOn(labels, 'dataSync');
    const checked = new nn.CrossEntropyLoss().call(logits, labels);
    expect(spy).toHaveBeenCalledTimes(1);
    const unchecked = new nn.CrossEntropyLoss({ checkLabel: false }).call(logits, labels);
    expect(spy).toHaveBeenCalledTimes(1);
    expectClose(unchecked, checked);
    tf.dispose([labels, checked, unchecked]);
  });

  it('mismatched shapes name the loss and both shapes', () => {
    expect(() => new nn.CrossEntropyLoss().call(logits, tf.tensor1d([0, 1, 2], 'int32'))).toThrowErrorMatchingInlineSnapshot(
      `[ShapeMismatchError: CrossEntropyLoss expected label for input [2, 3] to have shape [2], but received [3].]`,
    );
    expect(() => new nn.MSELoss().call(tf.zeros([4, 1]), tf.zeros([4]))).toThrowErrorMatchingInlineSnapshot(
      `[ShapeMismatchError: MSELoss expected label for input [4, 1] to have shape [4, 1], but received [4].]`,
    );
    expect(() => new nn.CrossEntropyLoss({ softLabel: true }).call(logits, tf.zeros([2, 4]))).toThrow(ShapeMismatchError);
    expect(() => new nn.CrossEntropyLoss({ weight: tf.ones([4]) }).call(logits, tf.tensor1d([0, 1], 'int32'))).toThrow(
      /weight \(one entry per class\) to have shape \[3\], but received \[4\]/,
    );
    expect(() => new nn.BCEWithLogitsLoss({ posWeight: tf.ones([4]) }).call(logits, tf.zeros([2, 3]))).toThrow(ShapeMismatchError);
  });

  it('bad options are typed errors at construction', () => {
    expect(() => new nn.CrossEntropyLoss({ reduction: 'avg' as never })).toThrow(/'reduction' expected one of 'mean', 'sum', 'none'/);
    expect(() => new nn.CrossEntropyLoss({ labelSmoothing: 1.5 })).toThrow(InvalidArgumentError);
    expect(() => new nn.CrossEntropyLoss({ ignore_index: 1 } as never)).toThrow(/'ignore_index'/);
    expect(() => new nn.CrossEntropyLoss(null, 1, { ignoreIndex: 2 } as never)).toThrow(/'ignoreIndex' expected to be given once, positionally or in the options object, not both/);
    expect(() => new nn.KLDivLoss('batchmean2' as never)).toThrow(/'batchmean'/);
    expect(() => new nn.SmoothL1Loss('mean', 0)).toThrow(/'delta'/);
    expect(() => new nn.NLLLoss([1, 2] as never)).toThrow(/'weight' expected a tf.Tensor/);
  });

  it('an integer input tensor is rejected with a typed error', () => {
    expect(() => new nn.MSELoss().call(tf.zeros([2], 'int32'), tf.zeros([2], 'int32'))).toThrow(/'input' expected a float32 tensor/);
  });
});
