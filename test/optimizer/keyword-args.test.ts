// Paddle's keyword form for optimizers, schedulers and regularizers through the one resolver:
// all arguments by name, positional then options, and strict errors naming the public path.
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { useBackend } from '../helpers/backend';

const { optimizer, regularizer } = paddle;

function argError(fn: () => unknown): paddle.InvalidArgumentError {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(paddle.InvalidArgumentError);
  return err as paddle.InvalidArgumentError;
}

describe('optimizer keyword arguments', () => {
  let parameters: tf.Variable[] = [];
  beforeAll(async () => {
    await useBackend('cpu');
    parameters = [tf.variable(tf.tensor1d([1, 2]), true, 'kw_test.w_0')];
  });
  afterAll(() => tf.dispose(parameters));

  it('Adam takes every argument by name, positionally, or positionally then by name', () => {
    const byName = new optimizer.Adam({ learningRate: 0.01, beta1: 0.8, parameters, weightDecay: 0.1 });
    const positional = new optimizer.Adam(0.01, 0.8, 0.999, 1e-8, parameters, 0.1);
    const mixed = new optimizer.Adam(0.01, { beta1: 0.8, parameters, weightDecay: 0.1 });
    for (const opt of [byName, positional, mixed]) expect(opt.getLr()).toBe(0.01);
  });

  it('rejects an unknown key with the nearest name and the public path', () => {
    const err = argError(() => new optimizer.Adam({ learning_rate: 0.01, parameters } as unknown as paddle.optimizer.AdamArgs));
    expect(err.message).toMatch(/^optimizer\.Adam: /);
    expect(err.message).toContain("did you mean 'learningRate'?");
  });

  it('rejects a value given positionally and by name', () => {
    // Not a typed overload: what a JavaScript caller (or a cast) can still write.
    const SGD = optimizer.SGD as unknown as new (...args: unknown[]) => unknown;
    const err = argError(() => new SGD(0.1, parameters, { learningRate: 0.2 }));
    expect(err.argument).toBe('learningRate');
  });

  it('requires the learning rate of Adagrad and RMSProp by name', () => {
    expect(argError(() => new optimizer.Adagrad({ parameters } as unknown as paddle.optimizer.AdagradArgs)).argument).toBe('learningRate');
    expect(new optimizer.RMSProp({ learningRate: 0.01, parameters }).getLr()).toBe(0.01);
  });

  it('checks switches and name at construction', () => {
    expect(argError(() => new optimizer.Adam({ parameters, lazyMode: 'yes' } as never)).argument).toBe('lazyMode');
    expect(argError(() => new optimizer.Momentum({ parameters, useNesterov: 1 } as never)).argument).toBe('useNesterov');
    expect(argError(() => new optimizer.SGD({ parameters, name: 3 } as never)).argument).toBe('name');
  });
});

describe('scheduler and regularizer keyword arguments', () => {
  it('StepDecay in the three forms gives the same schedule', () => {
    const a = new optimizer.lr.StepDecay({ learningRate: 0.5, stepSize: 2, gamma: 0.1 });
    const b = new optimizer.lr.StepDecay(0.5, 2, { gamma: 0.1 });
    const c = new optimizer.lr.StepDecay(0.5, 2, 0.1);
    for (const s of [a, b, c]) {
      s.step();
      s.step();
      expect(s.call()).toBeCloseTo(0.05);
    }
  });

  it('a missing required scheduler argument names it', () => {
    const err = argError(() => new optimizer.lr.StepDecay({ learningRate: 0.5 } as unknown as paddle.optimizer.lr.StepDecayArgs));
    expect(err.argument).toBe('stepSize');
    expect(err.message).toMatch(/^optimizer\.lr\.StepDecay: /);
  });

  it('L1Decay and L2Decay take coeff by name and validate it', () => {
    expect(new regularizer.L2Decay({ coeff: 1e-4 }).coeff).toBe(1e-4);
    expect(new regularizer.L1Decay(2e-4).coeff).toBe(2e-4);
    expect(argError(() => makeL2({ coef: 1 })).message).toContain("did you mean 'coeff'?");
    expect(argError(() => new regularizer.L1Decay(-1)).argument).toBe('coeff');
  });
});

function makeL2(args: unknown): paddle.regularizer.L2Decay {
  return new regularizer.L2Decay(args as paddle.regularizer.L2DecayArgs);
}

describe('paddle.grad keyword arguments', () => {
  beforeAll(async () => {
    await useBackend('cpu');
  });

  it('takes outputs (as a function) and inputs by name, and rejects createGraph', () => {
    const x = tf.tensor1d([1, 2, 3]);
    const [dx] = paddle.grad({ outputs: () => tf.sum(tf.square(x)), inputs: [x] }) as tf.Tensor[];
    expect(Array.from(dx.dataSync())).toEqual([2, 4, 6]);
    expect(() => paddle.grad({ outputs: () => tf.sum(x), inputs: x, createGraph: true })).toThrow(paddle.UnsupportedError);
    expect(argError(() => paddle.grad({ outputs: () => tf.sum(x), input: x } as never)).message).toContain("did you mean 'inputs'?");
    tf.dispose([x, dx]);
  });
});
