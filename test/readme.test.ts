import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';

// The README's tour, run as written except for the data (MNIST would download; FakeData has the
// same item shape) and the size of the run. If this test needs changing, the README does too.
describe('README tour', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readme-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('trains, summarizes, logs and saves as the README shows', async () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain("new nn.Conv2D(1, 8, 3, { padding: 1 })");
    expect(readme).toContain('new metric.Accuracy({ topk: [1, 5] })');

    const { nn, io, vision, optimizer, metric, callbacks } = paddle;
    await paddle.setDevice('auto');
    paddle.seed(2024);

    class Net extends nn.Layer {
      conv = new nn.Conv2D(1, 8, 3, { padding: 1 });
      pool = new nn.MaxPool2D(2, 2);
      fc = new nn.Linear(8 * 14 * 14, 10);
      forward(x: tf.Tensor) {
        return this.fc.call(nn.functional.flatten(this.pool.call(nn.functional.relu(this.conv.call(x))), 1));
      }
    }

    const transform = new vision.transforms.Compose([
      new vision.transforms.ToTensor(),
      new vision.transforms.Normalize([0.5], [0.5]),
    ]);
    const train = new vision.datasets.FakeData({ size: 128, imageSize: [1, 28, 28], numClasses: 10, transform, seed: 1 });
    expect(train).toBeInstanceOf(io.Dataset);

    const model = new paddle.Model(new Net());
    const scheduler = new optimizer.lr.CosineAnnealingDecay(1e-3, 10);
    model.prepare(
      new optimizer.Adam({ learningRate: scheduler, parameters: model.parameters(), weightDecay: 1e-4 }),
      new nn.CrossEntropyLoss(),
      new metric.Accuracy({ topk: [1, 5] }),
    );
    const write = process.stdout.write;
    let printed = '';
    process.stdout.write = ((chunk: string) => ((printed += String(chunk)), true)) as typeof process.stdout.write;
    let counts;
    try {
      counts = model.summary([1, 1, 28, 28]);
    } finally {
      process.stdout.write = write;
    }
    expect(counts.totalParams).toBe(8 * 9 + 8 + 8 * 14 * 14 * 10 + 10);
    expect(printed).toContain('Total params: 15,770');
    const history = await model.fit(train, undefined, {
      epochs: 2, batchSize: 64, verbose: 0,
      callbacks: [new callbacks.VisualDL({ logDir: join(dir, 'runs') }), new callbacks.EarlyStopping({ monitor: 'acc', patience: 2 })],
    });
    expect(history.history.loss).toHaveLength(2);
    await model.save(join(dir, 'checkpoints/final'));
    expect(existsSync(join(dir, 'checkpoints/final.pdparams'))).toBe(true);
    expect(existsSync(join(dir, 'checkpoints/final.pdopt'))).toBe(true);
    expect(existsSync(join(dir, 'runs'))).toBe(true);
  });
});
