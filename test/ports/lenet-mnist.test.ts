// The Paddle 2.x course's "LeNet on MNIST" program, ported line by line from its Python text: keyword
// arguments as options objects, `paddle.setDevice('cpu')`, fields typed through the namespaces. Real
// MNIST digits (the `mnist` package) written as IDX files stand in for the download.
//
// import paddle
// import paddle.nn.functional as F
// from paddle.vision.transforms import Compose, Normalize
// paddle.set_device('cpu')
// transform = Compose([Normalize(mean=[127.5], std=[127.5], data_format='CHW')])
// train_dataset = paddle.vision.datasets.MNIST(mode='train', transform=transform)
// test_dataset = paddle.vision.datasets.MNIST(mode='test', transform=transform)
// class LeNet(paddle.nn.Layer):
//     def __init__(self):
//         super(LeNet, self).__init__()
//         self.conv1 = paddle.nn.Conv2D(in_channels=1, out_channels=6, kernel_size=5, stride=1, padding=2)
//         self.max_pool1 = paddle.nn.MaxPool2D(kernel_size=2, stride=2)
//         self.conv2 = paddle.nn.Conv2D(in_channels=6, out_channels=16, kernel_size=5, stride=1)
//         self.max_pool2 = paddle.nn.MaxPool2D(kernel_size=2, stride=2)
//         self.linear1 = paddle.nn.Linear(in_features=16*5*5, out_features=120)
//         self.linear2 = paddle.nn.Linear(in_features=120, out_features=84)
//         self.linear3 = paddle.nn.Linear(in_features=84, out_features=10)
//     def forward(self, x):
//         x = self.conv1(x); x = F.relu(x); x = self.max_pool1(x); x = F.relu(x)
//         x = self.conv2(x); x = self.max_pool2(x)
//         x = paddle.flatten(x, start_axis=1, stop_axis=-1)
//         x = self.linear1(x); x = F.relu(x); x = self.linear2(x); x = F.relu(x); x = self.linear3(x)
//         return x
// model = paddle.Model(LeNet())
// optim = paddle.optimizer.Adam(learning_rate=0.001, parameters=model.parameters())
// model.prepare(optim, paddle.nn.CrossEntropyLoss(), paddle.metric.Accuracy())
// model.fit(train_dataset, epochs=2, batch_size=64, verbose=1)
// model.evaluate(test_dataset, batch_size=64, verbose=1)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as tf from '@tensorflow/tfjs-core';
import { afterAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { captureStdout, writeMnistIdx } from './support';

describe('ported: the Paddle course LeNet on MNIST', () => {
  const dir = mkdtempSync(join(tmpdir(), 'port-lenet-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs as written and learns', async () => {
    const trainFiles = writeMnistIdx(dir, 512);
    const testFiles = writeMnistIdx(dir, 256, 512);

    const F = paddle.nn.functional;
    const { Compose, Normalize } = paddle.vision.transforms;
    await paddle.setDevice('cpu');
    expect(paddle.getDevice()).toBe('cpu');
    expect(paddle.getDeviceInfo().backend).toBe('wasm');
    paddle.seed(2024);

    const transform = new Compose([new Normalize({ mean: [127.5], std: [127.5], dataFormat: 'CHW' })]);
    const trainDataset = new paddle.vision.datasets.MNIST({ mode: 'train', transform, ...trainFiles });
    const testDataset = new paddle.vision.datasets.MNIST({ mode: 'test', transform, ...testFiles });

    class LeNet extends paddle.nn.Layer {
      conv1: paddle.nn.Conv2D;
      maxPool1: paddle.nn.MaxPool2D;
      conv2: paddle.nn.Conv2D;
      maxPool2: paddle.nn.MaxPool2D;
      linear1: paddle.nn.Linear;
      linear2: paddle.nn.Linear;
      linear3: paddle.nn.Linear;
      constructor() {
        super();
        this.conv1 = new paddle.nn.Conv2D({ inChannels: 1, outChannels: 6, kernelSize: 5, stride: 1, padding: 2 });
        this.maxPool1 = new paddle.nn.MaxPool2D({ kernelSize: 2, stride: 2 });
        this.conv2 = new paddle.nn.Conv2D({ inChannels: 6, outChannels: 16, kernelSize: 5, stride: 1 });
        this.maxPool2 = new paddle.nn.MaxPool2D({ kernelSize: 2, stride: 2 });
        this.linear1 = new paddle.nn.Linear({ inFeatures: 16 * 5 * 5, outFeatures: 120 });
        this.linear2 = new paddle.nn.Linear({ inFeatures: 120, outFeatures: 84 });
        this.linear3 = new paddle.nn.Linear({ inFeatures: 84, outFeatures: 10 });
      }
      forward(x: tf.Tensor): tf.Tensor {
        x = this.conv1.call(x); x = F.relu(x); x = this.maxPool1.call(x); x = F.relu(x);
        x = this.conv2.call(x); x = this.maxPool2.call(x);
        x = paddle.flatten(x, { startAxis: 1, stopAxis: -1 });
        x = this.linear1.call(x); x = F.relu(x); x = this.linear2.call(x); x = F.relu(x); x = this.linear3.call(x);
        return x;
      }
    }

    const model = new paddle.Model(new LeNet());
    const optim = new paddle.optimizer.Adam({ learningRate: 0.001, parameters: model.parameters() });
    model.prepare(optim, new paddle.nn.CrossEntropyLoss(), new paddle.metric.Accuracy());
    const { printed } = await captureStdout(() => model.fit(trainDataset, { epochs: 2, batchSize: 64, verbose: 1 }));
    expect(printed).toMatch(/Epoch 2\/2/);
    const { result } = await captureStdout(() => model.evaluate(testDataset, { batchSize: 64, verbose: 1 }));
    expect(result.acc as number).toBeGreaterThan(0.5);
  });
});
