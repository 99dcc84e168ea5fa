// A 12-class image-folder tutorial, ported line by line: a Dataset subclass reading a tab-separated list
// file, Pillow with LOAD_TRUNCATED_IMAGES (one JPEG in the folder is cut in half), an AlexNet with a
// 96-wide LocalResponseNorm at batch 8, summary/prepare/fit/evaluate/predict. Images are generated.
//
// import paddle, numpy as np
// from PIL import Image, ImageFile
// import paddle.nn as nn
// import paddle.vision.transforms as T
// ImageFile.LOAD_TRUNCATED_IMAGES = True
// paddle.set_device('cpu')
// class MyDataset(paddle.io.Dataset):
//     def __init__(self, list_file, transform=None):
//         super().__init__()
//         self.transform = transform
//         self.samples = [(p, int(l)) for p, l in (line.strip().split('\t') for line in open(list_file))]
//     def __getitem__(self, index):
//         path, label = self.samples[index]
//         img = Image.open(path).convert('RGB')
//         return self.transform(img), np.array([label], dtype='int64')
//     def __len__(self):
//         return len(self.samples)
// class AlexNet(nn.Layer):
//     def __init__(self, num_classes=12):
//         super().__init__()
//         self.features = nn.Sequential(
//             nn.Conv2D(in_channels=3, out_channels=96, kernel_size=11, stride=4, padding=2), nn.ReLU(),
//             nn.LocalResponseNorm(size=96), nn.MaxPool2D(kernel_size=3, stride=2),
//             nn.Conv2D(in_channels=96, out_channels=256, kernel_size=5, padding=2), nn.ReLU(),
//             nn.LocalResponseNorm(size=5), nn.MaxPool2D(kernel_size=3, stride=2),
//             nn.Conv2D(in_channels=256, out_channels=384, kernel_size=3, padding=1), nn.ReLU(),
//             nn.Conv2D(in_channels=384, out_channels=256, kernel_size=3, padding=1), nn.ReLU(),
//             nn.MaxPool2D(kernel_size=3, stride=2))
//         self.classifier = nn.Sequential(
//             nn.Dropout(p=0.5), nn.Linear(in_features=256*6*6, out_features=1024), nn.ReLU(),
//             nn.Linear(in_features=1024, out_features=num_classes))
//     def forward(self, x):
//         x = self.features(x)
//         x = paddle.flatten(x, 1)
//         return self.classifier(x)
// transform = T.Compose([T.Resize(size=(224, 224)), T.ToTensor(), T.Normalize(mean=[0.5, 0.5, 0.5], std=[0.5, 0.5, 0.5])])
// train_dataset = MyDataset('train_list.txt', transform=transform)
// model = paddle.Model(AlexNet(num_classes=12))
// model.summary(input_size=(8, 3, 224, 224))
// model.prepare(paddle.optimizer.Adam(learning_rate=0.0001, parameters=model.parameters()),
//               nn.CrossEntropyLoss(), paddle.metric.Accuracy())
// model.fit(train_dataset, epochs=1, batch_size=8, verbose=1)
// model.evaluate(train_dataset, batch_size=8, verbose=0)
// result = model.predict(train_dataset, batch_size=8)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as tf from '@tensorflow/tfjs-core';
import { afterAll, describe, expect, it, vi } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { captureStdout, writeImageFolder } from './support';

const nn = paddle.nn;
const T = paddle.vision.transforms;

class MyDataset extends paddle.io.Dataset<[tf.Tensor, Int32Array]> {
  readonly samples: [string, number][];
  constructor(listFile: string, readonly transform: paddle.vision.transforms.Compose) {
    super();
    this.samples = readFileSync(listFile, 'utf8').trim().split('\n')
      .map((line) => line.split('\t'))
      .map(([p, l]) => [p, Number(l)]);
  }
  override async getItem(index: number): Promise<[tf.Tensor, Int32Array]> {
    const [path, label] = this.samples[index];
    const img = paddle.vision.convertImageMode(await paddle.vision.imageLoad(path, { truncated: true }), 'RGB');
    return [this.transform.call(img) as tf.Tensor, Int32Array.of(label)];
  }
  override len(): number {
    return this.samples.length;
  }
}

class AlexNet extends nn.Layer {
  features: paddle.nn.Sequential;
  classifier: paddle.nn.Sequential;
  constructor(numClasses = 12) {
    super();
    this.features = new nn.Sequential(
      new nn.Conv2D({ inChannels: 3, outChannels: 96, kernelSize: 11, stride: 4, padding: 2 }), new nn.ReLU(),
      new nn.LocalResponseNorm({ size: 96 }), new nn.MaxPool2D({ kernelSize: 3, stride: 2 }),
      new nn.Conv2D({ inChannels: 96, outChannels: 256, kernelSize: 5, padding: 2 }), new nn.ReLU(),
      new nn.LocalResponseNorm({ size: 5 }), new nn.MaxPool2D({ kernelSize: 3, stride: 2 }),
      new nn.Conv2D({ inChannels: 256, outChannels: 384, kernelSize: 3, padding: 1 }), new nn.ReLU(),
      new nn.Conv2D({ inChannels: 384, outChannels: 256, kernelSize: 3, padding: 1 }), new nn.ReLU(),
      new nn.MaxPool2D({ kernelSize: 3, stride: 2 }),
    );
    this.classifier = new nn.Sequential(
      new nn.Dropout({ p: 0.5 }), new nn.Linear({ inFeatures: 256 * 6 * 6, outFeatures: 1024 }), new nn.ReLU(),
      new nn.Linear({ inFeatures: 1024, outFeatures: numClasses }),
    );
  }
  forward(x: tf.Tensor): tf.Tensor {
    x = this.features.call(x);
    x = paddle.flatten(x, 1);
    return this.classifier.call(x);
  }
}

describe('ported: AlexNet with LocalResponseNorm(96) on a 12-class image folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'port-folder-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs as written, decoding the damaged JPEG', async () => {
    const listFile = writeImageFolder(dir, 12, 2, 48);
    await paddle.setDevice('cpu');
    paddle.seed(3);
    const transform = new T.Compose([
      new T.Resize({ size: [224, 224] }), new T.ToTensor(), new T.Normalize({ mean: [0.5, 0.5, 0.5], std: [0.5, 0.5, 0.5] }),
    ]);
    const trainDataset = new MyDataset(listFile, transform);
    const model = new paddle.Model(new AlexNet(12));
    const { printed: table } = await captureStdout(() => model.summary({ inputSize: [8, 3, 224, 224] }));
    expect(table).toContain('LocalResponseNorm');
    model.prepare(
      new paddle.optimizer.Adam({ learningRate: 0.0001, parameters: model.parameters() }),
      new nn.CrossEntropyLoss(), new paddle.metric.Accuracy(),
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { printed } = await captureStdout(() => model.fit(trainDataset, { epochs: 1, batchSize: 8, verbose: 1 }));
    warn.mockRestore();
    expect(printed).toMatch(/step 3\/3/);
    const evaluated = await model.evaluate(trainDataset, { batchSize: 8, verbose: 0 });
    expect(Number.isFinite((evaluated.loss as number[])[0])).toBe(true);
    const predicted = await model.predict(trainDataset, { batchSize: 8 });
    expect(predicted[0]).toHaveLength(3);
    expect((predicted[0][0] as tf.Tensor).shape).toEqual([8, 12]);
  });
});
