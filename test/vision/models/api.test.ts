import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { useBackend } from '../../helpers/backend';
import { expectClose } from '../../helpers/tensors';

const { zoo } = paddle;

describe('zoo options, outputs and errors', () => {
  beforeAll(() => useBackend('wasm'));

  it('GoogLeNet returns three heads; numClasses 0 returns the pooled features', () => {
    const net = zoo.googlenet({ numClasses: 0 });
    const outs = net.call(tf.zeros([1, 3, 224, 224]));
    expect(outs.map((t) => t.shape)).toEqual([[1, 1024, 1, 1], [1, 512, 3, 3], [1, 528, 3, 3]]);
    tf.dispose(outs);
    net.dispose();
  });

  it('withPool: false keeps the spatial map; numClasses 0 drops the classifier', () => {
    const r = zoo.resnet18({ numClasses: 0, withPool: false });
    const y = r.call(tf.zeros([1, 3, 64, 64]));
    expect(y.shape).toEqual([1, 512, 2, 2]);
    expect(Object.keys(r.stateDict()).some((k) => k.startsWith('fc.'))).toBe(false);
    tf.dispose(y);
    r.dispose();
    const s = zoo.squeezenet1_1({ numClasses: 7, withPool: false });
    const z = s.call(tf.zeros([1, 3, 64, 64]));
    expect(z.shape).toEqual([1, 7, 3, 3]);
    tf.dispose(z);
    s.dispose();
  });

  it('uses Paddle parameter names', () => {
    const net = zoo.mobilenetV1({ scale: 0.25, numClasses: 4 });
    const keys = Object.keys(net.stateDict());
    expect(keys.slice(0, 6)).toEqual(['conv1.0.weight', 'conv1.1.weight', 'conv1.1.bias', 'conv1.1._mean', 'conv1.1._variance', 'conv2_1._depthwise_conv.0.weight']);
    expect(keys.at(-2)).toBe('fc.weight');
    expect(net.stateDict()['fc.weight'].shape).toEqual([256, 4]);
    net.dispose();
    const sh = zoo.shufflenetV2X0_25({ numClasses: 2 });
    expect(Object.keys(sh.stateDict())).toContain('2_1._conv_dw_1.0.weight');
    expect(Object.keys(sh.stateDict())).toContain('4_4._conv_linear.1._variance');
    sh.dispose();
  });

  it('gives the same output with forward hooks (summary path, NCHW per layer) as without', () => {
    const net = zoo.mobilenetV3Small({ scale: 0.35, numClasses: 5 }).eval();
    const x = tf.randomNormal([1, 3, 48, 48], 0, 1, 'float32', 7);
    const plain = net.call(x);
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const info = paddle.summary(net, [1, 3, 48, 48]);
    log.mockRestore();
    expect(info.totalParams).toBe(net.parameters().reduce((a, p) => a + p.size, 0));
    const seen: string[] = [];
    // Hooks see Paddle's NCHW: every convolution's output has its channels on axis 1.
    const hooks = net.sublayers().map((l) => l.registerForwardPostHook((layer, _i, out) => {
      seen.push(layer.fullName());
      if (layer instanceof paddle.nn.Conv2D) expect((out as tf.Tensor).shape[1]).toBe(layer.outChannels);
    }));
    const hooked = net.call(x);
    hooks.forEach((h) => h.remove());
    expect(seen.length).toBeGreaterThan(50);
    expectClose(hooked, plain, { rtol: 1e-5, atol: 1e-6 });
    tf.dispose([x, plain, hooked]);
    net.dispose();
  });

  it('rejects bad options with typed errors naming the argument', () => {
    expect(() => zoo.resnet18({ numClasses: 1.5 })).toThrow(paddle.InvalidArgumentError);
    expect(() => zoo.resnet18({ numClasses: 1.5 })).toThrow(/numClasses/);
    expect(() => new zoo.SqueezeNet('2.0' as '1.0')).toThrow(/argument 'version' expected '1.0' or '1.1'/);
    expect(() => new zoo.ShuffleNetV2({ scale: 0.7 })).toThrow(/argument 'scale'/);
    expect(() => new zoo.ResNet(zoo.BasicBlock, 20)).toThrow(/argument 'depth'/);
    expect(() => zoo.mobilenetV2({ scale: -1 })).toThrow(/argument 'scale' expected a positive number/);
    expect(() => zoo.vgg11({ batchNorm: 'yes' as unknown as boolean })).toThrow(/batchNorm/);
  });

  it('exports Paddle snake_case aliases of the factories', () => {
    expect(zoo.mobilenet_v2).toBe(zoo.mobilenetV2);
    expect(zoo.wide_resnet50_2).toBe(zoo.wideResnet50_2);
    expect(zoo.shufflenet_v2_swish).toBe(zoo.shufflenetV2Swish);
    expect(zoo.mobilenet_v3_large).toBe(zoo.mobilenetV3Large);
  });

  it("takes Paddle's (pretrained=False, **kwargs) positionally or by name, and the classes' num_classes", () => {
    const count = (net: paddle.nn.Layer) => net.parameters().reduce((n, p) => n + p.size, 0);
    const a = zoo.squeezenet1_1(false, { numClasses: 7 });
    const b = zoo.squeezenet1_1({ pretrained: false, numClasses: 7 });
    expect(a.numClasses).toBe(7);
    expect(count(a)).toBe(count(b));
    expect(() => zoo.squeezenet1_1({ num_classes: 7 } as object)).toThrow(/vision\.models\.squeezenet1_1.*did you mean 'numClasses'/);
    expect(() => (zoo.squeezenet1_1 as (...a: unknown[]) => unknown)(false, { numClasses: 7 }, 3)).toThrow(paddle.InvalidArgumentError);
    expect(new zoo.LeNet(100).numClasses).toBe(100);
    expect(new zoo.LeNet({ numClasses: 5 }).numClasses).toBe(5);
    expect(() => new zoo.LeNet({ classes: 5 } as object)).toThrow(/vision\.models\.LeNet/);
    expect(() => new zoo.AlexNet({ numClass: 5 } as object)).toThrow(/did you mean 'numClasses'/);
    const r1 = new zoo.ResNet({ block: zoo.BasicBlock, depth: 18, numClasses: 10 });
    const r2 = zoo.resnet18(false, { numClasses: 10 });
    const r3 = new zoo.ResNet(zoo.BasicBlock, 18, 64, 10);
    expect(count(r1)).toBe(count(r2));
    expect(count(r3)).toBe(count(r2));
    expect(() => new zoo.ResNet({ depth: 18 } as never)).toThrow(/vision\.models\.ResNet: argument 'block'/);
    [a, b, r1, r2, r3].forEach((n) => n.dispose());
  });
});
