import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { useBackend } from '../../helpers/backend';
import { FIXTURES, expected, fromB64 } from './fixtures';

beforeAll(() => useBackend('cpu'));

describe('paddle.vision.datasets through paddle.io.DataLoader', () => {
  it('MNIST batches collate to an image tensor and int32 [N, 1] labels, as Paddle\'s int64 [N, 1]', async () => {
    const ds = new paddle.vision.datasets.MNIST({
      imagePath: `${FIXTURES}mnist-images-idx3-ubyte.gz`,
      labelPath: `${FIXTURES}mnist-labels-idx1-ubyte.gz`,
      mode: 'test',
      transform: new paddle.vision.transforms.ToTensor(),
    });
    expect(ds).toBeInstanceOf(paddle.io.Dataset);
    const before = tf.memory().numTensors;
    const loader = new paddle.io.DataLoader(ds, { batchSize: 4 });
    const shapes: number[][][] = [];
    for await (const batch of loader) {
      const [x, y] = batch as tf.Tensor[];
      shapes.push([x.shape, y.shape]);
      expect(x.dtype).toBe('float32');
      expect(y.dtype).toBe('int32');
      if (shapes.length === 1) {
        const first = fromB64(expected.mnist.images[0]);
        const got = x.dataSync().slice(0, 784);
        expect(Array.from(got, (v) => Math.round(v * 255))).toEqual(Array.from(first));
        expect(Array.from(y.dataSync())).toEqual(expected.mnist.labels.slice(0, 4));
      }
      tf.dispose([x, y]);
    }
    expect(shapes).toEqual([
      [[4, 1, 28, 28], [4, 1]],
      [[3, 1, 28, 28], [3, 1]],
    ]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('Cifar10 labels collate to int32 [N], as Paddle\'s 0-d int64 labels to [N]', async () => {
    const ds = new paddle.vision.datasets.Cifar10({ dataFile: `${FIXTURES}cifar-10-python.tar.gz`, mode: 'train' });
    const loader = new paddle.io.DataLoader(ds, { batchSize: 10 });
    for await (const batch of loader) {
      const [x, y] = batch as tf.Tensor[];
      expect(x.shape).toEqual([10, 32, 32, 3]);
      expect(y.shape).toEqual([10]);
      expect(y.dtype).toBe('int32');
      expect(Array.from(y.dataSync())).toEqual(expected.cifar10.train.map((e: [number, string]) => e[0]));
      tf.dispose([x, y]);
    }
  });

  it("follows paddle.vision.setImageBackend when no backend is given, as Paddle", () => {
    const make = () =>
      new paddle.vision.datasets.MNIST({ imagePath: `${FIXTURES}mnist-images-idx3-ubyte`, labelPath: `${FIXTURES}mnist-labels-idx1-ubyte` });
    paddle.vision.setImageBackend('cv2');
    try {
      expect(make().backend).toBe('cv2');
      expect(make().getItem(0)[0].data).toBeInstanceOf(Float32Array);
    } finally {
      paddle.vision.setImageBackend('pil');
    }
    expect(make().getItem(0)[0].data).toBeInstanceOf(Uint8Array);
  });

  it('FakeData feeds a DataLoader', async () => {
    const ds = new paddle.vision.datasets.FakeData({ size: 6, imageSize: [1, 4, 4], numClasses: 3, seed: 1 });
    const batches = [];
    for await (const batch of new paddle.io.DataLoader(ds, { batchSize: 6 })) {
      const [x, y] = batch as tf.Tensor[];
      batches.push([x.shape, y.shape]);
      tf.dispose([x, y]);
    }
    expect(batches).toEqual([[[6, 4, 4, 1], [6]]]);
  });
});
