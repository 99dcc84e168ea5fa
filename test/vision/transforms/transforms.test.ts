import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { NODE_BACKENDS, useBackend } from '../../helpers/backend';
import { expectNoLeak } from '../../helpers/tensors';
import { type Encoded, expectPixelsClose, type Fixtures, loadFixtures, toImage } from './fixtures';

const T = paddle.vision.transforms;
type HWCImage = paddle.vision.HWCImage;

interface ClassCase {
  cls: keyof typeof T;
  ctor: unknown[];
  input: string;
  params: unknown;
  expected: Encoded;
}

const fx = loadFixtures<Fixtures & { classes: ClassCase[] }>('transforms.json');
const inputs = Object.fromEntries(Object.entries(fx.inputs).map(([k, v]) => [k, toImage(v)])) as Record<string, HWCImage>;
const rgb = inputs.rgb;

beforeAll(async () => {
  await useBackend('cpu');
});

describe('transform classes: pure apply with fixed params against Pillow / numpy', () => {
  it.each(fx.classes.map((c) => [`${c.cls}(${JSON.stringify(c.ctor)}) ${JSON.stringify(c.params).slice(0, 80)}`, c] as const))('%s', (_n, c) => {
    const Ctor = T[c.cls] as unknown as new (...a: unknown[]) => paddle.vision.transforms.BaseTransform<unknown>;
    const t = new Ctor(...c.ctor);
    const out = t.apply(inputs[c.input], c.params) as HWCImage;
    expect([out.height, out.width, out.channels]).toEqual(c.expected.shape);
    expectPixelsClose(out.data, toImage(c.expected).data, 1, c.cls);
  });
});

describe('deterministic transforms', () => {
  it('Resize, CenterCrop, Pad, Grayscale equal their functional ops', () => {
    const F = T.functional;
    const cases: [paddle.vision.transforms.BaseTransform<unknown>, HWCImage][] = [
      [new T.Resize(12, 'bicubic'), F.resize(rgb, 12, 'bicubic')],
      [new T.Resize([9, 31], { interpolation: 'nearest' }), F.resize(rgb, [9, 31], 'nearest')],
      [new T.CenterCrop(10), F.centerCrop(rgb, 10)],
      [new T.Pad([1, 2, 3, 4], { fill: [9, 8, 7] }), F.pad(rgb, [1, 2, 3, 4], [9, 8, 7])],
      [new T.Grayscale(3), F.toGrayscale(rgb, 3)],
    ];
    for (const [t, want] of cases) expect((t.call(rgb) as HWCImage).data).toEqual(want.data);
  });

  it('ToTensor + Normalize gives CHW float32 (x / 255 - mean) / std', () => {
    const img: HWCImage = { data: Uint8Array.from([0, 51, 102, 153, 204, 255]), width: 2, height: 1, channels: 3 };
    const t = new T.Compose([new T.ToTensor(), new T.Normalize([0.5, 0.5, 0.5], [0.5, 0.5, 0.5])]);
    const out = t.call(img) as tf.Tensor;
    expect(out.shape).toEqual([3, 1, 2]);
    expect(out.dtype).toBe('float32');
    // channel c of pixel p is data[p * 3 + c]
    const want = [0, 153, 51, 204, 102, 255].map((v) => (v / 255 - 0.5) / 0.5);
    expectPixelsClose(out.dataSync(), want, 1e-6, 'normalized');
    out.dispose();
  });

  it('Compose fuses ToTensor + Normalize with exactly the values of running them apart', () => {
    const mean = [0.485, 0.456, 0.406];
    const std = [0.229, 0.224, 0.225];
    const fused = new T.Compose([new T.ToTensor(), new T.Normalize(mean, std)]).call(rgb) as tf.Tensor;
    const apart = new T.Compose([new T.ToTensor(), (x: tf.Tensor) => x, new T.Normalize(mean, std)]).call(rgb) as tf.Tensor;
    const x = T.toTensor(rgb);
    const byOps = tf.tidy(() => tf.div(tf.sub(x, tf.tensor(mean, [3, 1, 1])), tf.tensor(std, [3, 1, 1])));
    expect(Array.from(fused.dataSync())).toEqual(Array.from(apart.dataSync()));
    expectPixelsClose(fused.dataSync(), byOps.dataSync(), 1e-6, 'typed-array normalize vs tf ops');
    tf.dispose([fused, apart, x, byOps]);
  });

  it('Normalize on an HWCImage returns float32 HWC, with dataFormat HWC tensors normalized on the last axis', () => {
    const out = new T.Normalize(127.5, 127.5, 'HWC').call(rgb) as HWCImage;
    expect(out.data).toBeInstanceOf(Float32Array);
    expect(out.data[0]).toBeCloseTo((rgb.data[0] - 127.5) / 127.5, 6);
    const hwc = tf.tensor3d([0, 10, 20, 30, 40, 50], [1, 2, 3]);
    const n = new T.Normalize([0, 10, 20], [1, 2, 4], { dataFormat: 'HWC' }).call(hwc) as tf.Tensor;
    expect(Array.from(n.dataSync())).toEqual([0, 0, 0, 30, 15, 7.5]);
    tf.dispose([hwc, n]);
  });

  it('Transpose permutes without scaling; uint8 becomes int32, float stays float32', () => {
    const t = new T.Transpose();
    const a = t.call(rgb) as tf.Tensor;
    expect(a.shape).toEqual([3, 17, 23]);
    expect(a.dtype).toBe('int32');
    expect(a.dataSync()[1]).toBe(rgb.data[3]);
    const b = new T.Transpose([1, 0, 2]).call(inputs.float) as tf.Tensor;
    expect(b.shape).toEqual([23, 17, 3]);
    expect(b.dtype).toBe('float32');
    tf.dispose([a, b]);
  });
});

describe('randomness', () => {
  const random = (): paddle.vision.transforms.BaseTransform<unknown>[] => [
    new T.RandomResizedCrop(8),
    new T.RandomCrop(10, { padding: 2 }),
    new T.RandomHorizontalFlip(),
    new T.RandomVerticalFlip(),
    new T.ColorJitter(0.4, 0.4, 0.4, 0.1),
    new T.RandomRotation(30),
    new T.RandomAffine(20, { translate: [0.1, 0.2], scale: [0.8, 1.2], shear: [-5, 5, -3, 3] }),
    new T.RandomPerspective(0.7),
    new T.RandomErasing({ prob: 0.7, value: 'random' }),
  ];

  it('paddle.seed makes every random transform reproducible', () => {
    const run = (s: number) => {
      paddle.seed(s);
      return random().map((t) => JSON.stringify(Array.from((t.call(rgb) as HWCImage).data)));
    };
    const a = run(7);
    expect(run(7)).toEqual(a);
    const b = run(8);
    expect(b.filter((v, i) => v !== a[i]).length).toBeGreaterThan(4);
  });

  it('getParams draws, apply is pure: the same params give the same output', () => {
    for (const t of random()) {
      const p = t.getParams(rgb, new paddle.Generator(3));
      const x = JSON.stringify(Array.from((t.apply(rgb, p) as HWCImage).data));
      expect(JSON.stringify(Array.from((t.apply(rgb, p) as HWCImage).data))).toBe(x);
      expect(t.getParams(rgb, new paddle.Generator(3))).toEqual(p);
    }
  });

  it('draws stay inside their ranges', () => {
    const g = new paddle.Generator(11);
    const rrc = new T.RandomResizedCrop(8, { scale: [0.2, 0.9] });
    const rot = new T.RandomRotation([-10, 25]);
    let flips = 0;
    const flip = new T.RandomHorizontalFlip(0.25);
    for (let i = 0; i < 400; i++) {
      const p = rrc.getParams(rgb, g);
      expect(p.top >= 0 && p.left >= 0 && p.top + p.height <= 17 && p.left + p.width <= 23).toBe(true);
      const a = rot.getParams(rgb, g).angle;
      expect(a >= -10 && a < 25).toBe(true);
      if (flip.getParams(rgb, g).flip) flips++;
    }
    expect(flips).toBeGreaterThan(60);
    expect(flips).toBeLessThan(140);
  });
});

describe('keys', () => {
  it('applies the same random flip to image, coords, boxes and mask, and passes extra positions through', () => {
    const t = new T.RandomHorizontalFlip(1, ['image', 'coords', 'boxes', 'mask']);
    const mask = inputs.gray;
    const [img, coords, boxes, m, extra] = t.call([rgb, [[1, 2]], [[2, 3, 10, 8]], mask, 'label']);
    expect((img as HWCImage).data).toEqual(T.hflip(rgb).data);
    expect(coords).toEqual([[22, 2]]);
    expect(boxes).toEqual([[13, 3, 21, 8]]);
    expect((m as HWCImage).data).toEqual(T.hflip(mask).data);
    expect(extra).toBe('label');
  });

  it('crops image and mask with one draw and shifts boxes', () => {
    paddle.seed(3);
    const t = new T.RandomCrop(9, { keys: ['image', 'mask', 'boxes'] });
    const both = { ...rgb, channels: 3 };
    const [img, mask, boxes] = t.call([both, both, [[10, 10, 12, 12]]]);
    expect((img as HWCImage).data).toEqual((mask as HWCImage).data);
    paddle.seed(3);
    const p = t.getParams([both, both]);
    expect(boxes).toEqual([[10 - p.left, 10 - p.top, 12 - p.left, 12 - p.top]]);
  });

  it('scales and shifts coords and boxes with Resize, Pad, CenterCrop and RandomResizedCrop', () => {
    const pts = [[4, 6]];
    const box = [[2, 2, 10, 8]];
    expect(new T.Resize([34, 46], { keys: ['image', 'coords', 'boxes'] }).call([rgb, pts, box]).slice(1)).toEqual([[[8, 12]], [[4, 4, 20, 16]]]);
    expect(new T.Pad([1, 2], { keys: ['image', 'coords'] }).call([rgb, pts])[1]).toEqual([[5, 8]]);
    expect(new T.CenterCrop([9, 11], ['image', 'boxes']).call([rgb, box])[1]).toEqual([[-4, -2, 4, 4]]);
    const rrc = new T.RandomResizedCrop([10, 10], { keys: ['image', 'coords', 'mask'] });
    const p = { top: 2, left: 4, height: 5, width: 20 };
    const [img, c, m] = rrc.apply([rgb, [[14, 7]], inputs.gray], p);
    expect(c).toEqual([[5, 10]]);
    expect([(img as HWCImage).width, (m as HWCImage).width, (m as HWCImage).channels]).toEqual([10, 10, 1]);
  });

  it('reads int32 tensors as clamped uint8 images', () => {
    const x = tf.tensor3d([-5, 300, 128, 7], [1, 2, 2], 'int32');
    const y = T.hflip(x) as tf.Tensor;
    const z = T.adjustBrightness(x, 1.0) as tf.Tensor;
    expect(y.dtype).toBe('int32');
    expect(Array.from(y.dataSync())).toEqual([300, -5, 7, 128]);
    expect(Array.from(z.dataSync())).toEqual([0, 255, 128, 7]);
    tf.dispose([x, y, z]);
  });

  it('rejects keys the transform cannot apply', () => {
    expect(() => new T.ColorJitter({ keys: ['image', 'boxes'] })).toThrowError(paddle.InvalidArgumentError);
    expect(() => new T.Normalize(0, 1, 'CHW', false, ['image', 'coords'])).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: Normalize: argument 'keys' expected keys this transform handles ('image'), but received "coords".]`,
    );
  });
});

describe.each(NODE_BACKENDS)('tensors on %s', (backend) => {
  beforeAll(async () => {
    await useBackend(backend);
  });

  it('tensor in, tensor out, with no leaked tensors', async () => {
    const x = tf.randomUniform([3, 17, 23]);
    const pipeline = new T.Compose([
      new T.RandomResizedCrop(12),
      new T.RandomHorizontalFlip(),
      new T.ColorJitter(0.3, 0.3, 0.3, 0.05),
      new T.RandomRotation(10, 'bilinear'),
      new T.Normalize([0.5, 0.5, 0.5], [0.2, 0.2, 0.2]),
      new T.RandomErasing(1),
    ]);
    paddle.seed(1);
    await expectNoLeak(() => {
      const y = pipeline.call(x) as tf.Tensor;
      expect(y.shape).toEqual([3, 12, 12]);
      return y;
    }, 4);
    x.dispose();
  });

  it('uint8 HWCImage pipeline: Resize + flip + ToTensor + Normalize leaks nothing', async () => {
    const t = new T.Compose([new T.Resize(32), new T.RandomHorizontalFlip(), new T.ToTensor(), new T.Normalize(0.5, 0.25)]);
    await expectNoLeak(() => t.call(rgb), 3);
  });

  it('matches the HWCImage path on the same float data', () => {
    const img = inputs.float;
    const chw = tf.tidy(() => tf.transpose(tf.tensor3d(img.data as Float32Array, [17, 23, 3]), [2, 0, 1]));
    const ops: [string, (x: HWCImage | tf.Tensor) => unknown][] = [
      ['resize', (x) => T.resize(x, [9, 12], 'bicubic')],
      ['rotate', (x) => T.rotate(x, 21, { interpolation: 'bilinear' })],
      ['hue', (x) => T.adjustHue(x, 0.2)],
      ['crop', (x) => T.crop(x, 2, 3, 5, 7)],
      ['vflip', (x) => T.vflip(x)],
    ];
    for (const [name, op] of ops) {
      const a = op(img) as HWCImage;
      const b = op(chw) as tf.Tensor;
      const hwc = tf.transpose(b, [1, 2, 0]);
      expectPixelsClose(hwc.dataSync(), a.data, 1e-6, name);
      tf.dispose([b, hwc]);
    }
    chw.dispose();
  });
});

describe('browser inputs', () => {
  it('reads an ImageData (feature-detected through globalThis) as an RGB HWCImage', () => {
    class FakeImageData {
      constructor(
        readonly data: Uint8ClampedArray,
        readonly width: number,
        readonly height: number,
      ) {}
    }
    const g = globalThis as Record<string, unknown>;
    const saved = g.ImageData;
    g.ImageData = FakeImageData;
    try {
      const rgba = new Uint8ClampedArray([10, 20, 30, 255, 40, 50, 60, 0]);
      const img = new FakeImageData(rgba, 2, 1);
      const out = new T.RandomHorizontalFlip(1).call(img) as HWCImage;
      expect(out.channels).toBe(3);
      expect(Array.from(out.data)).toEqual([40, 50, 60, 10, 20, 30]);
      const t = new T.ToTensor().call(img) as tf.Tensor;
      expect(t.shape).toEqual([3, 1, 2]);
      t.dispose();
    } finally {
      g.ImageData = saved;
    }
  });
});

describe('errors', () => {
  it('names the argument and what was received', () => {
    expect(() => new T.Resize(-3)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: vision.transforms.Resize: argument 'size' expected a positive integer or an [height, width] pair of positive integers, but received -3.]`,
    );
    expect(() => T.resize(rgb, 10, 'cubic' as 'bicubic')).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: vision.transforms.functional.resize: argument 'interpolation' expected one of 'nearest', 'bilinear', 'bicubic', 'box', 'lanczos', 'hamming', but received "cubic".]`,
    );
    expect(() => new T.ToTensor().call([1, 2, 3])).toThrowError(/argument 'img' expected an HWCImage/);
    expect(() => T.normalize(rgb, [1, 2], [1, 2])).toThrowError(/argument 'mean' expected a number or a list of 1 or 3 numbers/);
    expect(() => new T.RandomCrop(40).call(rgb)).toThrowError(/argument 'size' expected at most the \(padded\) image size 17 × 23/);
    expect(() => T.adjustHue(rgb, 0.7)).toThrowError(paddle.InvalidArgumentError);
    expect(() => new T.HueTransform(0.6)).toThrowError(/argument 'value' expected a number in \[0, 0.5\]/);
    expect(() => T.toTensor({ data: new Uint8Array(5), width: 2, height: 2, channels: 1 })).toThrowError(/width \* height \* channels = 4/);
  });

  it('call is bound, so a transform can be passed as a function', () => {
    const f = new T.RandomCrop(5).call;
    const out = [rgb, inputs.gray].map(f) as HWCImage[];
    expect(out.map((o) => [o.width, o.height, o.channels])).toEqual([
      [5, 5, 3],
      [5, 5, 1],
    ]);
  });
});
