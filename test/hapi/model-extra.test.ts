import * as tf from '@tensorflow/tfjs-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { useBackend } from '../helpers/backend';
import { expectClose } from '../helpers/tensors';

const dir = mkdtempSync(join(tmpdir(), 'hapi-extra-'));

function sgdModel(lr: number) {
  paddle.seed(21);
  const net = new paddle.nn.Linear(4, 3);
  const model = new paddle.Model(net);
  model.prepare(new paddle.optimizer.SGD({ learningRate: lr, parameters: net.parameters() }), new paddle.nn.CrossEntropyLoss());
  return { net, model };
}

beforeAll(() => useBackend('cpu'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  tf.disposeVariables();
});

describe('accumulateGradBatches', () => {
  it('sums the gradients of k batches into one update (SGD: two equal batches at lr = one batch at 2 lr)', async () => {
    const x = tf.randomNormal([5, 4], 0, 1, 'float32', 3);
    const y = tf.tensor2d([[0], [1], [2], [1], [0]], [5, 1], 'int32');
    const a = sgdModel(0.1);
    await a.model.fit([[x, y], [x, y]], null, { epochs: 1, accumulateGradBatches: 2, verbose: 0 });
    const b = sgdModel(0.2);
    await b.model.fit([[x, y]], null, { epochs: 1, verbose: 0 });
    const sa = a.net.stateDict();
    const sb = b.net.stateDict();
    for (const k of Object.keys(sa)) expectClose(sa[k], sb[k], { atol: 1e-6, label: k });
    tf.dispose([x, y]);
    a.net.dispose();
    b.net.dispose();
  });
});

describe('checkpoint targets', () => {
  it('Model.save(path, false) is unsupported (Paddle would write an inference program)', async () => {
    const { model, net } = sgdModel(0.1);
    await expect(model.save(join(dir, 'x'), false)).rejects.toThrow(paddle.UnsupportedError);
    net.dispose();
  });

  it('loads from a URL with fetch (.pdopt optional) and from bytes', async () => {
    const src = sgdModel(0.1);
    await src.model.save(join(dir, 'web'));
    const bytes = new Uint8Array(readFileSync(join(dir, 'web.pdparams')));
    const requested: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (url: string) => {
      requested.push(String(url));
      return String(url).endsWith('.pdparams') ? new Response(bytes) : new Response('missing', { status: 404 });
    }) as typeof fetch;
    try {
      paddle.seed(99);
      const dst = sgdModel(0.1);
      tf.tidy(() => dst.net.weight.assign(tf.zerosLike(dst.net.weight)));
      await dst.model.load('https://example.test/ckpt/web');
      expect(requested).toEqual(['https://example.test/ckpt/web.pdparams', 'https://example.test/ckpt/web.pdopt']);
      expectClose(dst.net.weight, src.net.weight);
      tf.tidy(() => dst.net.weight.assign(tf.zerosLike(dst.net.weight)));
      await dst.model.load(bytes);
      expectClose(dst.net.weight, src.net.weight);
      dst.net.dispose();
    } finally {
      globalThis.fetch = realFetch;
    }
    src.net.dispose();
  });

  it('indexeddb:// and downloads:// need a browser', async () => {
    const { model, net } = sgdModel(0.1);
    await expect(model.save('indexeddb://lenet')).rejects.toThrow(/IndexedDB/);
    await expect(model.save('downloads://lenet')).rejects.toThrow(/browser/);
    await expect(model.load('downloads://lenet')).rejects.toThrow(paddle.UnsupportedError);
    net.dispose();
  });
});
