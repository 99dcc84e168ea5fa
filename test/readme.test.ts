import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, describe, expect, it, vi } from 'vitest';
import * as paddle from 'tfjs-hapi';

// The README's tour, run as written except for the data (MNIST would download; FakeData has the
// same item shape) and the size of the run. If this test needs changing, the README does too.
describe('README tour', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readme-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('trains, summarizes, logs and saves as the README shows', async () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain('new nn.Conv2D({ inChannels: 1, outChannels: 8, kernelSize: 3, padding: 1 })');
    expect(readme).toContain("new callbacks.EarlyStopping({ monitor: 'acc_top1', patience: 2 })");

    const { nn, io, vision, optimizer, metric, callbacks } = paddle;
    await paddle.setDevice('cpu');
    expect(paddle.getDeviceInfo().backend).toBe('wasm');
    paddle.seed(2024);

    class Net extends nn.Layer {
      conv: paddle.nn.Conv2D = new nn.Conv2D({ inChannels: 1, outChannels: 8, kernelSize: 3, padding: 1 });
      pool = new nn.MaxPool2D({ kernelSize: 2, stride: 2 });
      fc = new nn.Linear({ inFeatures: 8 * 14 * 14, outFeatures: 10 });
      forward(x: tf.Tensor) {
        x = this.pool.call(nn.functional.relu(this.conv.call(x)));
        return this.fc.call(paddle.flatten(x, 1));
      }
    }

    const transform = new vision.transforms.Compose([
      new vision.transforms.ToTensor(),
      new vision.transforms.Normalize({ mean: [0.5], std: [0.5] }),
    ]);
    const train = new vision.datasets.FakeData({ size: 128, imageSize: [1, 28, 28], numClasses: 10, transform, seed: 1 });
    expect(train).toBeInstanceOf(io.Dataset);

    const model = new paddle.Model(new Net());
    const scheduler = new optimizer.lr.CosineAnnealingDecay({ learningRate: 1e-3, tMax: 10 });
    model.prepare({
      optimizer: new optimizer.Adam({ learningRate: scheduler, parameters: model.parameters(), weightDecay: 1e-4 }),
      loss: new nn.CrossEntropyLoss(),
      metrics: new metric.Accuracy({ topk: [1, 5] }),
    });
    const write = process.stdout.write;
    let printed = '';
    process.stdout.write = ((chunk: string) => ((printed += String(chunk)), true)) as typeof process.stdout.write;
    let counts;
    try {
      counts = model.summary({ inputSize: [1, 1, 28, 28] });
    } finally {
      process.stdout.write = write;
    }
    expect(counts.totalParams).toBe(8 * 9 + 8 + 8 * 14 * 14 * 10 + 10);
    expect(printed).toContain('Total params: 15,770');
    const warn = vi.spyOn(console, 'warn');
    const history = await model.fit(train, {
      epochs: 2, batchSize: 64, verbose: 0,
      callbacks: [new callbacks.VisualDL({ logDir: join(dir, 'runs') }), new callbacks.EarlyStopping({ monitor: 'acc_top1', patience: 2 })],
    });
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    expect(history.history.loss).toHaveLength(2);
    await model.save(join(dir, 'checkpoints/final'));
    expect(existsSync(join(dir, 'checkpoints/final.pdparams'))).toBe(true);
    expect(existsSync(join(dir, 'checkpoints/final.pdopt'))).toBe(true);
    expect(existsSync(join(dir, 'runs'))).toBe(true);
  });

  it('runs the custom loop as the README writes it, leaking nothing', async () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain('for await (const [x, y] of trainLoader)');
    const { nn, io, metric, optimizer } = paddle;
    await paddle.setDevice('cpu');
    paddle.seed(1);
    const net = new nn.Linear(4, 3);
    const opt = new optimizer.SGD({ learningRate: 0.1, parameters: net.parameters() });
    const data = new io.TensorDataset([tf.randomNormal([32, 4], 0, 1, 'float32', 1), tf.tensor2d(Array.from({ length: 32 }, (_, i) => [i % 3]), [32, 1], 'int32')]);
    const trainLoader = new io.DataLoader(data, { batchSize: 8 });
    const counts: number[] = [];
    const losses: number[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((loss: number) => void losses.push(loss));
    for (let epoch = 0; epoch < 3; epoch++) {
      for await (const [x, y] of trainLoader) {
        const loss = opt.minimize(() => paddle.mean(nn.functional.crossEntropy(net.call(x), y)));
        const acc = metric.accuracy(net.call(x), y);
        console.log(paddle.item(loss), paddle.item(acc));
        net.clearGradients();
      }
      counts.push(tf.memory().numTensors);
    }
    log.mockRestore();
    expect(losses).toHaveLength(12);
    expect(losses[11]).toBeLessThan(losses[0]);
    expect(counts[2]).toBe(counts[0]);
    expect(counts[1]).toBe(counts[0]);
  });
});
