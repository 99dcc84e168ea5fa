import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { useBackend } from '../../helpers/backend';
import { expectNoLeak } from '../../helpers/tensors';

type Build = () => paddle.nn.Layer;
const { zoo } = paddle;

// The smallest configuration of each family that still runs every kind of layer it has
// (grouped and depthwise convolutions, residual adds, concatenations, BatchNorm in training).
const CASES: [string, Build, number[]][] = [
  ['AlexNet (224² is fixed by its 9216 flatten)', () => zoo.alexnet({ numClasses: 10 }), [1, 3, 224, 224]],
  ['VGG-11 with BatchNorm, features and pooling', () => zoo.vgg11({ batchNorm: true, numClasses: 0 }), [2, 3, 32, 32]],
  ['ResNet-18', () => zoo.resnet18({ numClasses: 10 }), [2, 3, 16, 16]],
  ['ResNeXt bottlenecks (grouped convolutions), 8 groups', () => new zoo.ResNet(zoo.BottleneckBlock, 50, { width: 4, groups: 8, numClasses: 10 }), [2, 3, 16, 16]],
  ['MobileNetV2 x0.25 (depthwise convolutions)', () => zoo.mobilenetV2({ scale: 0.25, numClasses: 10 }), [2, 3, 32, 32]],
  ['MobileNetV1 x0.25', () => zoo.mobilenetV1({ scale: 0.25, numClasses: 10 }), [2, 3, 32, 32]],
  ['MobileNetV3 Small x0.5 (squeeze-excitation, hardswish)', () => zoo.mobilenetV3Small({ scale: 0.5, numClasses: 10 }), [2, 3, 32, 32]],
  ['MobileNetV3 Large x0.35', () => zoo.mobilenetV3Large({ scale: 0.35, numClasses: 10 }), [2, 3, 32, 32]],
  ['ShuffleNetV2 x0.25 (split, shuffle)', () => zoo.shufflenetV2X0_25({ numClasses: 10 }), [2, 3, 32, 32]],
  ['ShuffleNetV2 swish', () => zoo.shufflenetV2Swish({ numClasses: 10 }), [2, 3, 32, 32]],
  ['GoogLeNet (three outputs; 224² fixed by its auxiliary heads)', () => zoo.googlenet({ numClasses: 10 }), [1, 3, 224, 224]],
  ['DenseNet-121 (dense concatenations, average-pool transitions)', () => zoo.densenet121({ numClasses: 10 }), [2, 3, 32, 32]],
  ['InceptionV3 at its smallest input, 75²', () => zoo.inceptionV3({ numClasses: 10 }), [2, 3, 75, 75]],
  ['SqueezeNet 1.1', () => zoo.squeezenet1_1({ numClasses: 10 }), [2, 3, 64, 64]],
];

describe('one training step of each zoo model on wasm', () => {
  beforeAll(() => useBackend('wasm'));

  for (const [name, build, shape] of CASES) {
    it(name, async () => {
      paddle.seed(3);
      const net = build();
      net.train();
      const opt = new paddle.optimizer.SGD({ learningRate: 1e-3, parameters: net.parameters() });
      const x = tf.randomNormal(shape, 0, 1, 'float32', 1);
      // The last trainable parameter (the output bias) always gets a non-zero gradient here.
      const last = net.parameters().filter((p) => p.trainable).at(-1)!;
      const w0 = Array.from(last.dataSync());
      let lossValue = NaN;
      await expectNoLeak(() => {
        const loss = opt.minimize(() => {
          const out = net.call(x) as tf.Tensor | tf.Tensor[];
          return tf.addN((Array.isArray(out) ? out : [out]).map((y) => tf.mean(tf.square(y)))) as tf.Scalar;
        });
        lossValue = loss.dataSync()[0];
        loss.dispose();
      }, 1);
      expect(Number.isFinite(lossValue)).toBe(true);
      expect(Array.from(last.dataSync())).not.toEqual(w0);
      x.dispose();
      opt.dispose?.();
      net.dispose();
    }, 60_000);
  }
});
