// nn.functional argument handling: Paddle's positional order or a trailing options object, and
// typed errors (never a crash inside tfjs) for wrong arguments.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError, ShapeMismatchError, nn } from 'tfjs-hapi';
import { useBackend } from '../helpers/backend';
import { expectClose, expectNoLeak } from '../helpers/tensors';

const F = nn.functional;

describe('nn.functional arguments', () => {
  let x: tf.Tensor2D;
  beforeAll(async () => {
    await useBackend('cpu');
    x = tf.tensor2d([[-2, -0.5, 0.5, 4], [1, -3, 2, 0.25]]);
  });

  it('take trailing options positionally or as one options object', () => {
    const pairs: [tf.Tensor, tf.Tensor][] = [
      [F.leakyRelu(x, 0.2), F.leakyRelu(x, { negativeSlope: 0.2 })],
      [F.hardsigmoid(x, 0.2, 0.3), F.hardsigmoid(x, 0.2, { offset: 0.3 })],
      [F.softplus(x, 2, 1), F.softplus(x, { beta: 2, threshold: 1 })],
      [F.softmax(x, 0), F.softmax(x, { axis: 0 })],
      [F.smoothL1Loss(x, tf.zerosLike(x), 'sum', 0.5), F.smoothL1Loss(x, tf.zerosLike(x), { reduction: 'sum', delta: 0.5 })],
      [F.klDiv(F.logSoftmax(x), F.softmax(x), 'batchmean'), F.klDiv(F.logSoftmax(x), F.softmax(x), { reduction: 'batchmean' })],
    ];
    for (const [a, b] of pairs) expectClose(a, b);
    tf.dispose(pairs.flat());
  });

  it('softmax on the last axis uses the native kernel and agrees with the any-axis path', () => {
    const a = F.softmax(x);
    const b = tf.transpose(F.softmax(tf.transpose(x), 0));
    expectClose(a, b);
    tf.dispose([a, b]);
  });

  it('reject a non-tensor input with a typed error naming the argument', () => {
    expect(() => F.relu([1, 2] as never)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: relu: argument 'x' expected a tf.Tensor, but received [1, 2].]`,
    );
    expect(() => F.crossEntropy(x, [0, 1] as never)).toThrow(/'label' expected a tf.Tensor/);
  });

  it('reject an axis outside the rank', () => {
    expect(() => F.softmax(x, 2)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: softmax: argument 'axis' expected an integer in [-2, 1] for a rank-2 input, but received 2.]`,
    );
    expect(() => F.crossEntropy(x, tf.tensor1d([0, 1], 'int32'), { axis: -3 })).toThrow(InvalidArgumentError);
  });

  it('reject unknown, duplicated or misplaced options', () => {
    expect(() => F.leakyRelu(x, { negative_slope: 0.1 } as never)).toThrow(/'negative_slope' expected one of the options 'x', 'negativeSlope' \(did you mean 'negativeSlope'\?\)/);
    expect(() => F.hardsigmoid(x, 0.2, { slope: 0.3 })).toThrow(/to be given once, positionally or in the options object/);
    expect(() => F.crossEntropy(x, tf.tensor1d([0, 1], 'int32'), { reduction: 'sum' } as never, -100)).toThrow(
      /options object only as the last argument/,
    );
    expect(() => F.elu(x, Number.NaN)).toThrow(/'alpha' expected a finite number/);
  });

  it('report shape mismatches with the function name and both shapes', () => {
    expect(() => F.nllLoss(x, tf.tensor1d([0, 1, 2], 'int32'))).toThrowErrorMatchingInlineSnapshot(
      `[ShapeMismatchError: nllLoss expected label for input [2, 4] to have shape [2], but received [3].]`,
    );
    expect(() => F.binaryCrossEntropy(F.sigmoid(x), tf.zerosLike(x), tf.ones([3]))).toThrow(ShapeMismatchError);
    expect(() => F.klDiv(x, tf.zeros([4, 2]))).toThrow(/klDiv expected label for input \[2, 4\] to have shape \[2, 4\], but received \[4, 2\]/);
    expect(() => F.crossEntropy(x, tf.zeros([2, 4]), { softLabel: true, weight: tf.ones([5]) })).toThrow(ShapeMismatchError);
    expect(() => F.crossEntropy(x, tf.zeros([2, 4]), { softLabel: true, ignoreIndex: 1 })).toThrow(/'ignoreIndex' expected a negative value/);
    expect(() => F.crossEntropy(x, tf.tensor1d([0, 1], 'int32'), { weight: tf.ones([4], 'int32') })).toThrow(/'weight' expected a float32 tensor/);
  });

  it('a soft label with the class axis first gives the same loss as after moving it last', () => {
    const q = F.softmax(tf.tensor2d([[0.3, 1, -1, 0], [2, 0, 0, 1]]));
    const a = F.crossEntropy(tf.transpose(x), tf.transpose(q), { softLabel: true, axis: 0, reduction: 'none' });
    const b = F.crossEntropy(x, q, { softLabel: true, reduction: 'none' });
    expect(a.shape).toEqual([1, 2]);
    expect(b.shape).toEqual([2, 1]);
    expectClose(tf.reshape(a, [2]), tf.reshape(b, [2]));
    tf.dispose([q, a, b]);
  });

  it("softmaxWithCrossEntropy keeps the class axis as 1 and matches Paddle's documented value", () => {
    const logits = tf.tensor2d([[0.4, 0.6, 0.9]]);
    const loss = F.softmaxWithCrossEntropy(logits, tf.tensor2d([[1]], [1, 1], 'int32')) as tf.Tensor;
    expect(loss.shape).toEqual([1, 1]);
    expectClose(loss, [1.15328646]);
    const y = tf.tensor1d([3, -100], 'int32');
    const [l2, sm] = F.softmaxWithCrossEntropy(x, y, { returnSoftmax: true }) as [tf.Tensor, tf.Tensor];
    const ref = F.crossEntropy(x, y, { reduction: 'none' });
    expect(l2.shape).toEqual([2, 1]);
    expectClose(tf.reshape(l2, [2]), ref);
    expectClose(l2.dataSync()[1], 0);
    expectClose(sm, F.softmax(x));
    tf.dispose([logits, loss, y, l2, sm, ref]);
  });

  it("klDiv gives 0 (not NaN) where the label is <= 0, as Paddle's kernel does", () => {
    const input = tf.tensor1d([-1.2, -0.3, -2]);
    const label = tf.tensor1d([-0.5, 0.5, 0]);
    const loss = F.klDiv(input, label, 'none');
    const grad = tf.grad((v: tf.Tensor) => tf.sum(F.klDiv(v, label, 'none')))(input);
    expectClose(loss, [0, 0.5 * (Math.log(0.5) + 0.3), 0]);
    expectClose(grad, [0, -0.5, 0]);
    tf.dispose([input, label, loss, grad]);
  });

  it('the TSDoc examples print the values their comments claim', () => {
    const logits = tf.tensor2d([[2, 0.5, -1], [0.1, 0.2, 3]]);
    const y = tf.tensor1d([0, 2], 'int32');
    const logp = F.logSoftmax(tf.tensor2d([[1, 2, 3], [1, 0, 0]]));
    const checks: [tf.Tensor, number[]][] = [
      [F.crossEntropy(logits, y), [0.1755]],
      [F.crossEntropy(logits, y, { labelSmoothing: 0.1 }), [0.3455]],
      [new nn.CrossEntropyLoss().call(logits, y), [0.1755]],
      [F.nllLoss(logp, tf.tensor1d([2, 0], 'int32')), [0.4795]],
      [F.klDiv(F.logSoftmax(tf.tensor([[1, 2]])), tf.tensor([[0.5, 0.5]]), 'batchmean'), [0.1201]],
      [F.binaryCrossEntropy(tf.tensor([0.5, 0.6, 0.7]), tf.tensor([1, 0, 1])), [0.6554]],
      [F.binaryCrossEntropyWithLogits(tf.tensor([5, 1, 3]), tf.tensor([1, 0, 1])), [0.4562]],
      [F.smoothL1Loss(tf.tensor([0.5, 3]), tf.tensor([0, 0])), [1.3125]],
      [F.mseLoss(tf.tensor([1, 2]), tf.tensor([0, 4])), [2.5]],
      [F.l1Loss(tf.tensor([1, 2]), tf.tensor([0, 4])), [1.5]],
      [F.elu(tf.tensor([-1, 2]), 0.5), [-0.3161, 2]],
      [F.gelu(tf.tensor([-1, 0, 1])), [-0.1587, 0, 0.8413]],
      [F.hardswish(tf.tensor([-4, 1, 4])), [0, 0.6667, 4]],
      [F.hardsigmoid(tf.tensor([-4, 0, 1.5])), [0, 0.5, 0.75]],
      [F.softplus(tf.tensor([0])), [0.6931]],
      [F.silu(tf.tensor([1])), [0.7311]],
      [F.softmax(tf.tensor([[1, 2], [3, 3]])), [0.2689, 0.7311, 0.5, 0.5]],
    ];
    for (const [t, v] of checks) expectClose(t, v, { rtol: 0, atol: 6e-5 });
    tf.dispose([logits, y, logp, ...checks.map((c) => c[0])]);
  });

  it('leave no tensor behind, also when differentiated', async () => {
    const y = tf.tensor1d([3, -100], 'int32');
    await expectNoLeak(() =>
      tf.grad((v: tf.Tensor) =>
        tf.add(F.crossEntropy(F.gelu(F.hardswish(v)), y), F.klDiv(F.logSoftmax(F.elu(v, 0.5)), F.softmax(v), 'batchmean')),
      )(x),
    );
    y.dispose();
  });
});
