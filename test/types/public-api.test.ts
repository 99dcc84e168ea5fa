// The main public signatures, as a TypeScript user sees them. The assertions are compile-time:
// `npm run typecheck` (tsc over test/) fails when one breaks; the runtime checks below only make
// sure the file is not vacuous. The built declarations get the same treatment from a user's side
// in scripts/check-package.mjs (strict consumer, skipLibCheck false).
import type * as tf from '@tensorflow/tfjs-core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { io, nn, optimizer } from 'tfjs-hapi';

class Net extends nn.Layer {
  conv: nn.Conv2D = new nn.Conv2D(1, 4, 3);
  drop: nn.Dropout = new nn.Dropout(0.5);
  act: nn.ReLU = new nn.ReLU();
  forward(x: tf.Tensor): tf.Tensor {
    return this.act.call(this.drop.call(this.conv.call(x)));
  }
}

class Pairs extends io.Dataset<[Float32Array, number]> {
  getItem(i: number): [Float32Array, number] {
    return [Float32Array.of(i), i];
  }
  len(): number {
    return 2;
  }
}

describe('public types', () => {
  it('namespace members are types as well as values', () => {
    expectTypeOf<paddle.nn.Layer>().toEqualTypeOf<nn.Layer>();
    expectTypeOf(new nn.Linear(4, 2)).toMatchTypeOf<nn.Layer>();
    expectTypeOf(new nn.Conv2D(1, 4, 3)).toMatchTypeOf<paddle.nn.Layer>();
    expectTypeOf(new nn.ReLU()).toMatchTypeOf<paddle.nn.Layer>();
    expectTypeOf<Net>().toMatchTypeOf<paddle.nn.Layer>();
    expectTypeOf<Net['conv']>().toEqualTypeOf<paddle.nn.Conv2D>();
    expectTypeOf(new nn.ReLU().call).returns.toEqualTypeOf<tf.Tensor>();
    expectTypeOf<Pairs>().toMatchTypeOf<paddle.io.Dataset<[Float32Array, number]>>();
    expectTypeOf<Pairs['getItem']>().returns.toMatchTypeOf<[Float32Array, number] | Promise<[Float32Array, number]>>();
    expect(new Pairs().len()).toBe(2);
  });

  it('devices: setDevice takes the device names, getDevice answers with Paddle names', () => {
    // The positional form (the last overload; the first takes Paddle's keyword form).
    expectTypeOf<Parameters<typeof paddle.setDevice>[0]>().toEqualTypeOf<paddle.DeviceName>();
    expectTypeOf<paddle.SetDeviceArgs['device']>().toEqualTypeOf<paddle.DeviceName>();
    expectTypeOf<'cpu' | 'gpu' | 'gpu:0' | 'js' | 'wasm' | 'auto'>().toMatchTypeOf<paddle.DeviceName>();
    expectTypeOf<'cuda'>().not.toMatchTypeOf<paddle.DeviceName>();
    expectTypeOf(paddle.setDevice).parameter(1).toEqualTypeOf<paddle.SetDeviceOptions | undefined>();
    expectTypeOf(paddle.setDevice).returns.toEqualTypeOf<Promise<string>>();
    expectTypeOf(paddle.getDevice).returns.toEqualTypeOf<'cpu' | 'gpu:0'>();
    expectTypeOf(paddle.getDeviceInfo).returns.toEqualTypeOf<paddle.DeviceInfo>();
    expectTypeOf<paddle.DeviceInfo['backend']>().toEqualTypeOf<string | null>();
    expect(['cpu', 'gpu:0']).toContain(paddle.getDevice());
  });

  it('Model.fit, evaluate and predict resolve to History, the metrics record and tensors', () => {
    const model = new paddle.Model(new Net());
    expectTypeOf(model.fit).returns.toEqualTypeOf<Promise<paddle.History>>();
    expectTypeOf(model.evaluate).returns.toEqualTypeOf<Promise<paddle.EvalResult>>();
    expectTypeOf<paddle.EvalResult['loss']>().toEqualTypeOf<number | number[]>();
    // Wrapped, so that only the overload resolution is checked (nothing runs).
    const perBatch = () => model.predict(new Pairs());
    const stacked = () => model.predict(new Pairs(), { stackOutputs: true });
    expectTypeOf(perBatch).returns.toEqualTypeOf<Promise<tf.Tensor[][]>>();
    expectTypeOf(stacked).returns.toEqualTypeOf<Promise<tf.Tensor[]>>();
    expect(model).toBeInstanceOf(paddle.Model);
  });

  it("optimizers take Paddle's options by name and are what Model.prepare takes", () => {
    const net = new Net();
    const adam = new optimizer.Adam({ learningRate: 1e-3, parameters: net.parameters(), beta1: 0.9 });
    expectTypeOf(adam).toMatchTypeOf<paddle.ModelOptimizer>();
    expectTypeOf<optimizer.AdamOptions>().toMatchTypeOf<optimizer.OptimizerOptions>();
    expectTypeOf<optimizer.AdamOptions['beta1']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<optimizer.OptimizerOptions['learningRate']>().toEqualTypeOf<number | optimizer.lr.LRScheduler | undefined>();
    expectTypeOf(new optimizer.SGD({ learningRate: 0.1, parameters: net.parameters() })).toMatchTypeOf<paddle.ModelOptimizer>();
    expectTypeOf(new optimizer.Momentum({ learningRate: 0.1, momentum: 0.9, parameters: net.parameters() })).toMatchTypeOf<paddle.ModelOptimizer>();
    // @ts-expect-error an unknown option is a compile error, as it is a runtime InvalidArgumentError
    expect(() => new optimizer.Adam({ learningRate: 1e-3, parameters: net.parameters(), betaOne: 0.9 })).toThrow(paddle.InvalidArgumentError);
    expect(adam).toBeInstanceOf(optimizer.Optimizer);
  });
});
