import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { uniqueNameGuard } from '../../src/framework/unique-name';
import { useBackend } from '../helpers/backend';

const sink = () => {
  const out: string[] = [];
  return { out, sink: { write: (s: string) => void out.push(s), isTTY: false, columns: 80 } };
};

// Paddle 2.x output of paddle.summary(paddle.vision.models.LeNet(), (1, 1, 28, 28)), the golden text.
const LENET = `---------------------------------------------------------------------------
 Layer (type)       Input Shape          Output Shape         Param #    
===========================================================================
   Conv2D-1       [[1, 1, 28, 28]]      [1, 6, 28, 28]          60       
    ReLU-1        [[1, 6, 28, 28]]      [1, 6, 28, 28]           0       
  MaxPool2D-1     [[1, 6, 28, 28]]      [1, 6, 14, 14]           0       
   Conv2D-2       [[1, 6, 14, 14]]     [1, 16, 10, 10]         2,416     
    ReLU-2       [[1, 16, 10, 10]]     [1, 16, 10, 10]           0       
  MaxPool2D-2    [[1, 16, 10, 10]]      [1, 16, 5, 5]            0       
   Linear-1          [[1, 400]]            [1, 120]           48,120     
   Linear-2          [[1, 120]]            [1, 84]            10,164     
   Linear-3          [[1, 84]]             [1, 10]              850      
===========================================================================
Total params: 61,610
Trainable params: 61,610
Non-trainable params: 0
---------------------------------------------------------------------------
Input size (MB): 0.00
Forward/backward pass size (MB): 0.11
Params size (MB): 0.24
Estimated Total Size (MB): 0.35
---------------------------------------------------------------------------
`;

beforeAll(() => useBackend('cpu'));
afterAll(() => tf.disposeVariables());

describe('summary', () => {
  it("prints Paddle's LeNet table character for character", () => {
    const s = sink();
    const net = uniqueNameGuard(() => new paddle.vision.models.LeNet());
    const res = paddle.summary(net, [1, 1, 28, 28], { sink: s.sink });
    expect(s.out.join('')).toBe(`${LENET}\n`);
    expect(res.totalParams).toBe(61610);
    expect(res.trainableParams).toBe(61610);
    expect(net.training).toBe(true);
    net.dispose();
  });

  it('Model.summary uses the input specs; a null batch size counts as 1', () => {
    const s = sink();
    const net = uniqueNameGuard(() => paddle.zoo.lenet());
    const model = new paddle.Model(net, [new paddle.InputSpec([null, 1, 28, 28], 'float32', 'image')]);
    const orig = process.stdout.write;
    const written: string[] = [];
    process.stdout.write = ((x: string) => (written.push(x), true)) as typeof process.stdout.write;
    try {
      expect(model.summary().totalParams).toBe(61610);
    } finally {
      process.stdout.write = orig;
    }
    expect(written.join('')).toBe(`${LENET}\n`);
    void s;
    net.dispose();
  });

  it('handles several inputs, nested sublayers, frozen parameters and outputs lists', () => {
    class Block extends paddle.nn.Layer {
      a = new paddle.nn.Linear(3, 4);
      b = new paddle.nn.Linear(4, 2);
      forward(x: tf.Tensor) {
        return this.b.call(this.a.call(x));
      }
    }
    class TwoIn extends paddle.nn.Layer {
      block = new Block();
      frozen = new paddle.nn.Linear(5, 2, { weightAttr: { trainable: false } });
      forward(x: tf.Tensor, y: tf.Tensor) {
        return [this.block.call(x), this.frozen.call(y)];
      }
    }
    const s = sink();
    const net = uniqueNameGuard(() => new TwoIn());
    const res = paddle.summary(net, [[2, 3], [2, 5]], { sink: s.sink });
    const text = s.out.join('');
    expect(text).toContain('Linear-1');
    expect(text).toContain('Block-1');
    expect(text).toMatch(/Block-1 +\[\[2, 3\]\] +\[2, 2\] +0/);
    expect(res.totalParams).toBe(3 * 4 + 4 + 4 * 2 + 2 + 5 * 2 + 2);
    expect(res.trainableParams).toBe(res.totalParams - 10);
    net.dispose();
  });

  it('counts BatchNorm statistics as non-trainable parameters, as Paddle', () => {
    const s = sink();
    const net = uniqueNameGuard(() => new paddle.nn.Sequential(new paddle.nn.Conv2D(3, 8, 3), new paddle.nn.BatchNorm2D(8)));
    const res = paddle.summary(net, [2, 3, 8, 8], { sink: s.sink });
    expect(s.out.join('')).toMatch(/BatchNorm2D-1 +\[\[2, 8, 6, 6\]\] +\[2, 8, 6, 6\] +32/);
    expect(res.totalParams).toBe(3 * 8 * 9 + 8 + 32);
    expect(res.trainableParams).toBe(3 * 8 * 9 + 8 + 16);
    expect(s.out.join('')).toContain('Non-trainable params: 16');
    net.dispose();
  });

  it('rejects a malformed input size', () => {
    const net = uniqueNameGuard(() => paddle.zoo.lenet());
    expect(() => paddle.summary(net, [1, null, null, 28], { sink: null })).toThrow(paddle.InvalidArgumentError);
    expect(() => paddle.summary(net)).toThrow(/inputSize/);
    net.dispose();
  });

  it('zoo is vision.models', () => {
    expect(paddle.zoo).toBe(paddle.vision.models);
  });
});
