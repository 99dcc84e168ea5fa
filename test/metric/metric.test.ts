import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { metric, InvalidArgumentError, ShapeMismatchError } from 'tfjs-hapi';
import { NODE_BACKENDS, useBackend } from '../helpers/backend';
import { expectClose, expectNoLeak } from '../helpers/tensors';

interface AccCase { topk: number[]; batches: { pred: number[][]; label: number[] | number[][] }[]; perBatch: number[][]; accumulate: number[] }
interface BinCase { batches: { preds: number[] | number[][]; labels: number[] | number[][] }[]; precision: number; recall: number }
interface AucCase { numThresholds: number; batches: { preds: number[] | number[][]; labels: number[] }[]; auc: number }
const fx = JSON.parse(readFileSync(new URL('../fixtures/metric/metric_fixtures.json', import.meta.url), 'utf8')) as {
  accuracy: AccCase[]; binary: BinCase[]; auc: AucCase[];
};

const labelTensor = (l: number[] | number[][]) => {
  const t = tf.tensor(l);
  // class indices as int32, one-hot labels stay float
  return Array.isArray(l[0]) && (l[0] as number[]).length > 1 ? t : tf.cast(t, 'int32');
};

for (const backend of NODE_BACKENDS) {
  describe(`metric on ${backend}`, () => {
    beforeAll(() => useBackend(backend));

    it.each(fx.accuracy.map((c, i) => [i, c] as const))('Accuracy matches numpy/sklearn (case %i)', (_i, c) => {
      const m = new metric.Accuracy({ topk: c.topk });
      for (const b of c.batches) {
        tf.tidy(() => {
          const correct = m.compute(tf.tensor(b.pred), labelTensor(b.label));
          expect(correct.shape).toEqual([b.pred.length, Math.max(...c.topk)]);
          m.update(correct);
        });
      }
      const acc = m.accumulate();
      expectClose(Array.isArray(acc) ? acc : [acc], c.accumulate, { atol: 1e-7 });
      m.reset();
      expect(m.accumulate()).toEqual(c.topk.length === 1 ? 0 : c.topk.map(() => 0));
      m.dispose();
    });

    it('functional accuracy matches the first batch of each fixture', () => {
      for (const c of fx.accuracy) {
        const b = c.batches[0];
        if (Array.isArray(b.label[0]) && (b.label[0] as number[]).length > 1) continue;
        c.topk.forEach((k, i) => {
          const a = tf.tidy(() => metric.accuracy(tf.tensor(b.pred), labelTensor(b.label), k).dataSync()[0]);
          expect(a).toBeCloseTo(c.perBatch[0][i], 6);
        });
      }
    });

    it.each(fx.binary.map((c, i) => [i, c] as const))('Precision and Recall match Paddle/sklearn (case %i)', (_i, c) => {
      const p = new metric.Precision();
      const r = new metric.Recall();
      for (const b of c.batches) {
        tf.tidy(() => {
          p.update(tf.tensor(b.preds), tf.tensor(b.labels));
          r.update(tf.tensor(b.preds), tf.tensor(b.labels));
        });
      }
      expect(p.accumulate()).toBeCloseTo(c.precision, 10);
      expect(r.accumulate()).toBeCloseTo(c.recall, 10);
      p.dispose();
      r.dispose();
    });

    it.each(fx.auc.map((c, i) => [i, c] as const))('Auc matches Paddle/sklearn (case %i)', (_i, c) => {
      const m = new metric.Auc({ numThresholds: c.numThresholds });
      for (const b of c.batches) tf.tidy(() => m.update(tf.tensor(b.preds), tf.tensor(b.labels)));
      expect(m.accumulate()).toBeCloseTo(c.auc, 10);
      m.dispose();
    });

    it('keeps no tensors beyond its totals', async () => {
      const m = new metric.Accuracy({ topk: [1, 2] });
      await expectNoLeak(() => {
        tf.tidy(() => m.update(m.compute(tf.randomUniform([8, 4]), tf.tensor1d([0, 1, 2, 3, 0, 1, 2, 3], 'int32'))));
        m.accumulate();
      });
      m.dispose();
    });
  });
}

describe('metric names and errors', () => {
  it('names as Paddle prints them', () => {
    expect(new metric.Accuracy().name()).toEqual(['acc']);
    expect(new metric.Accuracy({ topk: [1, 5] }).name()).toEqual(['acc_top1', 'acc_top5']);
    expect(new metric.Accuracy({ topk: [5] }).name()).toEqual(['acc_top5']);
    expect(new metric.Accuracy(5).name()).toEqual(['acc_top5']);
    expect(new metric.Accuracy([1, 2], 'top').name()).toEqual(['top_top1', 'top_top2']);
    expect(new metric.Precision().name()).toBe('precision');
    expect(new metric.Recall().name()).toBe('recall');
    expect(new metric.Auc().name()).toBe('auc');
  });

  it('rejects bad arguments with typed errors', () => {
    expect(() => new metric.Accuracy({ topk: 0 })).toThrow(InvalidArgumentError);
    expect(() => new metric.Accuracy({ topk: [] })).toThrow(/topk/);
    expect(() => new metric.Auc({ curve: 'PR' as 'ROC' })).toThrow(InvalidArgumentError);
    const m = new metric.Accuracy({ topk: [5] });
    expect(() => m.compute(tf.zeros([2, 3]), tf.zeros([2], 'int32'))).toThrow(ShapeMismatchError);
    expect(() => new metric.Precision().update(tf.zeros([4, 3]), tf.zeros([4]))).toThrow(ShapeMismatchError);
    expect(() => new metric.Recall().update(tf.zeros([4]), tf.zeros([5]))).toThrow(/labels/);
    expect(() => metric.accuracy(tf.zeros([2, 3]), tf.zeros([2, 1], 'int32'), 4)).toThrow(InvalidArgumentError);
  });
});

afterAll(() => tf.disposeVariables());
