import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import * as callbacksSubpath from 'tfjs-hapi/callbacks';
import { useBackend } from '../helpers/backend';

/** A network whose forward records how many tensors it was given. */
class Probe extends paddle.nn.Layer {
  fc = new paddle.nn.Linear(4, 3);
  seen: number[] = [];
  forward(x: tf.Tensor, extra: tf.Tensor | null = null) {
    this.seen.push(extra === null ? 1 : 2);
    return extra === null ? this.fc.call(x) : tf.add(this.fc.call(x), tf.mean(extra));
  }
}

class TwoInputs extends paddle.nn.Layer {
  fc = new paddle.nn.Linear(4, 3);
  forward(a: tf.Tensor, b: tf.Tensor) {
    return this.fc.call(tf.add(a, b));
  }
}

class Rest extends paddle.nn.Layer {
  fc = new paddle.nn.Linear(4, 3);
  forward(...xs: tf.Tensor[]) {
    return this.fc.call(tf.addN(xs));
  }
}

const x = () => tf.randomNormal([2, 4]);
const y = () => tf.tensor2d([[0], [2]], [2, 1], 'int32');

function fitOnce(net: paddle.nn.Layer, batch: tf.Tensor[], inputs?: paddle.InputSpec[], labels?: paddle.InputSpec[]) {
  const model = new paddle.Model(net, inputs, labels);
  model.prepare(new paddle.optimizer.SGD({ learningRate: 0.1, parameters: net.parameters() }), new paddle.nn.CrossEntropyLoss());
  return model.fit([batch], null, { verbose: 0 });
}

beforeAll(() => useBackend('cpu'));
afterAll(() => tf.disposeVariables());

describe('splitting batches into inputs and labels', () => {
  it('an optional forward parameter is not fed a label (Paddle feeds it one)', async () => {
    const net = new Probe();
    const batch = [x(), y()];
    await fitOnce(net, batch);
    expect(net.seen).toEqual([1]);
    tf.dispose(batch);
  });

  it('InputSpecs decide: two inputs, then the label', async () => {
    const net = new Probe();
    const batch = [x(), x(), y()];
    await fitOnce(net, batch, [new paddle.InputSpec([null, 4]), new paddle.InputSpec([null, 4])]);
    expect(net.seen).toEqual([2]);
    // labels specs alone: the last field is the label, the rest inputs
    const net2 = new Probe();
    await fitOnce(net2, batch, undefined, [new paddle.InputSpec([null, 1], 'int64', 'label')]);
    expect(net2.seen).toEqual([2]);
    tf.dispose(batch);
  });

  it('required parameters count; a rest-parameter forward gets all fields but the label', async () => {
    const batch = [x(), x(), y()];
    await expect(fitOnce(new TwoInputs(), batch)).resolves.toBeDefined();
    await expect(fitOnce(new Rest(), batch)).resolves.toBeDefined();
    tf.dispose(batch);
  });
});

describe('InputSpec and toTensor', () => {
  it('InputSpec keeps Paddle shapes and prints like Paddle', () => {
    const s = new paddle.InputSpec([-1, 1, 28, 28], 'float32', 'image');
    expect(s.shape).toEqual([null, 1, 28, 28]);
    expect(String(s)).toBe('InputSpec(shape=(-1, 1, 28, 28), dtype=float32, name=image)');
    expect(() => new paddle.InputSpec([1.5])).toThrow(paddle.InvalidArgumentError);
    const t = tf.zeros([2, 3]);
    expect(paddle.InputSpec.fromTensor(t, 'x').shape).toEqual([2, 3]);
    t.dispose();
  });

  it('toTensor infers int32/float32/bool and maps Paddle dtypes', () => {
    const a = paddle.toTensor([[1, 2], [3, 4]]);
    const b = paddle.toTensor([0.5, 1]);
    const c = paddle.toTensor([1, 2], 'int64');
    const d = paddle.toTensor([true, false]);
    expect([a.dtype, b.dtype, c.dtype, d.dtype]).toEqual(['int32', 'float32', 'int32', 'bool']);
    expect(a.shape).toEqual([2, 2]);
    expect(() => paddle.toTensor(['a'] as unknown as number[])).toThrow(paddle.InvalidArgumentError);
    expect(() => paddle.toTensor([1], 'complex64')).toThrow(/dtype/);
    tf.dispose([a, b, c, d]);
  });
});

describe('public surface', () => {
  it("'tfjs-hapi/callbacks' is paddle.callbacks; prepare refuses AMP", () => {
    expect(callbacksSubpath.ProgBarLogger).toBe(paddle.callbacks.ProgBarLogger);
    expect(callbacksSubpath.VisualDL).toBe(paddle.callbacks.VisualDL);
    const net = new paddle.nn.Linear(2, 2);
    const model = new paddle.Model(net);
    expect(() => model.prepare(null, null, null, 'O1')).toThrow(paddle.UnsupportedError);
    expect(() => model.prepare(null, null, null, { level: 'O0' })).not.toThrow();
    net.dispose();
  });
});
