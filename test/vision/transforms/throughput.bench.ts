// Per-sample cost of common pipelines, beside a peer doing related work in the same process.
// Run: npx vitest bench test/vision/transforms --run   (not part of `vitest run`; timings are
// machine-dependent, so compare the rows of one run, not runs across machines.)
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, bench, describe } from 'vitest';
import * as paddle from 'tfjs-hapi';
import '../../helpers/backend';

const T = paddle.vision.transforms;
const mnist: paddle.vision.HWCImage = { data: new Uint8Array(28 * 28).map((_, i) => (i * 37) % 256), width: 28, height: 28, channels: 1 };
const photo: paddle.vision.HWCImage = { data: new Uint8Array(500 * 375 * 3).map((_, i) => (i * 31) % 256), width: 500, height: 375, channels: 3 };

beforeAll(async () => {
  await tf.setBackend('wasm');
});

describe('MNIST sample: ToTensor + Normalize', () => {
  const t = new T.Compose([new T.ToTensor(), new T.Normalize([0.5], [0.5])]);
  bench('tfjs-hapi Compose([ToTensor, Normalize])', () => {
    tf.dispose(t.call(mnist) as tf.Tensor);
  });
  bench('peer: tf.tensor3d of the raw bytes only', () => {
    tf.dispose(tf.tensor3d(mnist.data, [1, 28, 28], 'int32'));
  });
});

describe('500×375 photo: Resize(224) + RandomHorizontalFlip + ToTensor + Normalize', () => {
  const t = new T.Compose([new T.Resize(224), new T.RandomHorizontalFlip(), new T.ToTensor(), new T.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])]);
  bench('tfjs-hapi pipeline (Pillow-exact antialiased bilinear)', () => {
    tf.dispose(t.call(photo) as tf.Tensor);
  });
  bench('peer: tf.image.resizeBilinear (2 taps, no antialias) + reverse + sub/div', () => {
    tf.tidy(() => {
      const x = tf.tensor3d(photo.data, [375, 500, 3], 'int32');
      const y = tf.image.resizeBilinear(x, [224, 298]);
      return tf.div(tf.sub(tf.div(tf.reverse(y, 1), 255), tf.tensor1d([0.485, 0.456, 0.406])), tf.tensor1d([0.229, 0.224, 0.225]));
    }).dataSync();
  });
});

describe('224×224 augmentations', () => {
  const img = T.resize(photo, [224, 224]);
  const rot = new T.RandomRotation(30, 'bilinear');
  const jitter = new T.ColorJitter(0.4, 0.4, 0.4, 0.1);
  const rrc = new T.RandomResizedCrop(224);
  bench('RandomRotation bilinear', () => void rot.call(img));
  bench('ColorJitter(0.4, 0.4, 0.4, 0.1)', () => void jitter.call(img));
  bench('RandomResizedCrop(224)', () => void rrc.call(photo));
});
