// "AlexNet on CIFAR-100 with top-1/top-5", ported line by line from its Python text. The archive is the
// committed CIFAR-100 python fixture (real format, made by test/fixtures/datasets/make_datasets.py).
//
// import paddle
// import paddle.vision.transforms as T
// paddle.set_device('cpu')
// transform = T.Compose([T.Resize(size=(224, 224)), T.RandomHorizontalFlip(prob=0.5), T.ToTensor(),
//                        T.Normalize(mean=[0.5071, 0.4865, 0.4409], std=[0.2673, 0.2564, 0.2762], data_format='CHW')])
// train_dataset = paddle.vision.datasets.Cifar100(data_file=path, mode='train', transform=transform)
// test_dataset = paddle.vision.datasets.Cifar100(data_file=path, mode='test', transform=transform)
// net = paddle.vision.models.alexnet(pretrained=False, num_classes=100)
// model = paddle.Model(net)
// model.summary(input_size=(1, 3, 224, 224))
// model.prepare(optimizer=paddle.optimizer.Momentum(learning_rate=0.01, momentum=0.9, parameters=model.parameters()),
//               loss=paddle.nn.CrossEntropyLoss(), metrics=paddle.metric.Accuracy(topk=(1, 5)))
// model.fit(train_data=train_dataset, eval_data=test_dataset, epochs=1, batch_size=4, verbose=1)
// result = model.evaluate(eval_data=test_dataset, batch_size=8, verbose=0)
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { captureStdout } from './support';

const CIFAR100 = fileURLToPath(new URL('../fixtures/datasets/cifar-100-python.tar.gz', import.meta.url));

describe('ported: AlexNet on CIFAR-100 with top-1/top-5', () => {
  it('runs as written', async () => {
    const T = paddle.vision.transforms;
    await paddle.setDevice('cpu');
    paddle.seed(1);
    const transform = new T.Compose([
      new T.Resize({ size: [224, 224] }),
      new T.RandomHorizontalFlip({ prob: 0.5 }),
      new T.ToTensor(),
      new T.Normalize({ mean: [0.5071, 0.4865, 0.4409], std: [0.2673, 0.2564, 0.2762], dataFormat: 'CHW' }),
    ]);
    const trainDataset = new paddle.vision.datasets.Cifar100({ dataFile: CIFAR100, mode: 'train', transform });
    const testDataset = new paddle.vision.datasets.Cifar100({ dataFile: CIFAR100, mode: 'test', transform });
    const net: paddle.nn.Layer = paddle.vision.models.alexnet({ pretrained: false, numClasses: 100 });
    const model = new paddle.Model(net);
    const { result: counts } = await captureStdout(() => model.summary({ inputSize: [1, 3, 224, 224] }));
    expect(counts.totalParams).toBe(57_413_540);
    model.prepare({
      optimizer: new paddle.optimizer.Momentum({ learningRate: 0.01, momentum: 0.9, parameters: model.parameters() }),
      loss: new paddle.nn.CrossEntropyLoss(),
      metrics: new paddle.metric.Accuracy({ topk: [1, 5] }),
    });
    const { printed } = await captureStdout(() =>
      model.fit({ trainData: trainDataset, evalData: testDataset, epochs: 1, batchSize: 4, verbose: 1 }));
    expect(printed).toMatch(/acc_top1/);
    expect(printed).toMatch(/acc_top5/);
    const result = await model.evaluate({ evalData: testDataset, batchSize: 8, verbose: 0 });
    expect(Object.keys(result).sort()).toEqual(['acc_top1', 'acc_top5', 'loss']);
    expect(result.acc_top5 as number).toBeGreaterThanOrEqual(result.acc_top1 as number);
  });
});
