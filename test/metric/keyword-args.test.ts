import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { metric, InvalidArgumentError } from 'tfjs-hapi';
import { useBackend } from '../helpers/backend';

describe("metric: Paddle's keyword form", () => {
  beforeAll(() => useBackend('cpu'));

  const pred = () => tf.tensor2d([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2], [0.2, 0.2, 0.6]]);
  const label = () => tf.tensor1d([2, 0, 1], 'int32');

  it('Accuracy, Precision, Recall and Auc built by keyword equal the positional ones', () => {
    const run = (m: metric.Accuracy) => {
      const p = pred();
      const l = label();
      const c = m.compute(p, l);
      m.update(c);
      tf.dispose([p, l, c]);
      const out = { name: m.name(), acc: m.accumulate() };
      m.dispose();
      return out;
    };
    expect(run(new metric.Accuracy({ topk: [1, 2], name: 'top' }))).toEqual(run(new metric.Accuracy([1, 2], 'top')));
    expect(run(new metric.Accuracy({ name: null }))).toEqual(run(new metric.Accuracy()));
    expect(new metric.Accuracy({ topk: [1, 2], name: 'top' }).name()).toEqual(['top_top1', 'top_top2']);
    expect(new metric.Precision({ name: 'prec' }).name()).toBe(new metric.Precision('prec').name());
    expect(new metric.Recall({ name: 'rec' }).name()).toBe('rec');
    const a = new metric.Auc({ curve: 'ROC', numThresholds: 100, name: 'a' });
    const b = new metric.Auc('ROC', 100, 'a');
    expect([a.name(), a.numThresholds, a.curve]).toEqual([b.name(), b.numThresholds, b.curve]);
  });

  it('metric.accuracy: keyword and positional calls agree; correct and total receive the counts', () => {
    const p = pred();
    const l = tf.tensor2d([[2], [0], [1]], [3, 1], 'int32');
    const x = metric.accuracy(p, l, 2);
    const y = metric.accuracy({ input: p, label: l, k: 2 });
    const z = metric.accuracy(p, l, { k: 2 });
    expect(y.dataSync()[0]).toBeCloseTo(x.dataSync()[0]);
    expect(z.dataSync()[0]).toBeCloseTo(2 / 3);
    const correct = tf.variable(tf.zeros([1], 'int32'));
    const total = tf.variable(tf.zeros([1], 'int32'));
    const w = metric.accuracy({ input: p, label: l, k: 2, correct, total });
    expect([correct.dataSync()[0], total.dataSync()[0]]).toEqual([2, 3]);
    expect(() => metric.accuracy(p, l, 1, tf.zeros([1]) as never)).toThrow(/'correct' expected a tf.Variable of one element/);
    tf.dispose([p, l, x, y, z, w, correct, total]);
  });

  it('unknown keys name the nearest valid one; bad values fail at construction', () => {
    expect(() => new metric.Accuracy({ top_k: [1] } as never)).toThrow(
      "metric.Accuracy: argument 'top_k' expected one of the options 'topk' (did you mean 'topk'?), but received [1].",
    );
    expect(() => new metric.Auc({ num_thresholds: 10 } as never)).toThrow(/did you mean 'numThresholds'\?/);
    expect(() => new metric.Accuracy([1], { topk: [2] } as never)).toThrow(/'topk' expected to be given once/);
    expect(() => metric.accuracy({ input: tf.zeros([1, 2]) } as never)).toThrow(/metric\.accuracy: argument 'label' expected a value/);
    expect(() => new metric.Accuracy({ topk: [1, 0] })).toThrow(InvalidArgumentError);
    expect(() => new metric.Accuracy({ topk: ['5'] as never })).toThrow(/'topk' expected a positive integer/);
    expect(() => new metric.Precision({ name: '' })).toThrow(/'name' expected a non-empty string/);
    expect(() => new metric.Auc({ numThresholds: 0 })).toThrow(/'numThresholds'/);
  });
});
