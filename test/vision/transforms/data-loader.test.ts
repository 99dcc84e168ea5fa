import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { useBackend } from '../../helpers/backend';
import { expectNoLeak } from '../../helpers/tensors';

const T = paddle.vision.transforms;

/** 28×28 gray digits with a label, transformed per sample as Paddle's MNIST does. */
class Digits extends paddle.io.Dataset<[tf.Tensor | paddle.vision.HWCImage, number]> {
  constructor(
    readonly n: number,
    readonly transform: paddle.vision.transforms.Compose,
  ) {
    super();
  }
  getItem(i: number): [tf.Tensor | paddle.vision.HWCImage, number] {
    const img: paddle.vision.HWCImage = { data: new Uint8Array(28 * 28).fill(i % 256), width: 28, height: 28, channels: 1 };
    return [this.transform.call(img) as tf.Tensor, i % 10];
  }
  len() {
    return this.n;
  }
}

beforeAll(async () => {
  await useBackend('wasm');
});

describe('transforms inside a DataLoader', () => {
  it('ToTensor + Normalize samples batch into [N, 1, 28, 28] float32, without leaks', async () => {
    const ds = new Digits(10, new T.Compose([new T.ToTensor(), new T.Normalize([0.5], [0.5])]));
    const loader = new paddle.io.DataLoader(ds, { batchSize: 4 });
    await expectNoLeak(async () => {
      const shapes: number[][] = [];
      let first = NaN;
      for await (const [x, y] of loader) {
        shapes.push((x as tf.Tensor).shape);
        if (Number.isNaN(first)) first = (x as tf.Tensor).dataSync()[28 * 28];
        tf.dispose([x, y] as tf.Tensor[]);
      }
      expect(shapes).toEqual([
        [4, 1, 28, 28],
        [4, 1, 28, 28],
        [2, 1, 28, 28],
      ]);
      expect(first).toBeCloseTo((1 / 255 - 0.5) / 0.5, 6);
    });
  });

  it('seeded random augmentation gives the same epoch twice', async () => {
    const ds = new Digits(6, new T.Compose([new T.RandomCrop(24, { padding: 2 }), new T.RandomHorizontalFlip(), new T.ToTensor()]));
    const epoch = async () => {
      paddle.seed(42);
      const out: number[] = [];
      for await (const [x, y] of new paddle.io.DataLoader(ds, { batchSize: 3, shuffle: true })) {
        out.push(...Array.from((x as tf.Tensor).dataSync()).slice(0, 50));
        tf.dispose([x, y] as tf.Tensor[]);
      }
      return out;
    };
    expect(await epoch()).toEqual(await epoch());
  });
});
