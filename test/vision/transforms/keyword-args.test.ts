import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { useBackend } from '../../helpers/backend';

// Paddle's keyword form (API.md rule 2) through the one resolver: the same results by name and by
// position, strict option keys, and HWCImages given positionally never read as options.
const T = paddle.vision.transforms;
const F = paddle.vision.transforms.functional;
type HWCImage = paddle.vision.HWCImage;

function image(width: number, height: number, channels: number): HWCImage {
  const data = new Uint8Array(width * height * channels);
  for (let i = 0; i < data.length; i++) data[i] = (i * 37) % 251;
  return { data, width, height, channels };
}

const rgb = image(13, 9, 3);

beforeAll(async () => {
  await useBackend('cpu');
});

function pixels(x: unknown): number[] {
  if (x instanceof tf.Tensor) {
    const v = Array.from(x.dataSync());
    x.dispose();
    return v;
  }
  return Array.from((x as HWCImage).data);
}

describe('transform classes by keyword', () => {
  it('give the positional results', () => {
    const pairs: [paddle.vision.transforms.BaseTransform<unknown>, paddle.vision.transforms.BaseTransform<unknown>][] = [
      [new T.Normalize([1, 2, 3], [2, 4, 8], 'HWC', true), new T.Normalize({ mean: [1, 2, 3], std: [2, 4, 8], dataFormat: 'HWC', toRgb: true })],
      [new T.Normalize([1, 2, 3], [2, 4, 8], 'HWC'), new T.Normalize([1, 2, 3], { std: [2, 4, 8], dataFormat: 'HWC' })],
      [new T.Resize([5, 7], 'nearest'), new T.Resize({ size: [5, 7], interpolation: 'nearest' })],
      [new T.Pad([1, 2], 7, 'reflect'), new T.Pad({ padding: [1, 2], fill: 7, paddingMode: 'reflect' })],
      [new T.CenterCrop([4, 6]), new T.CenterCrop({ size: [4, 6] })],
      [new T.Grayscale(3), new T.Grayscale({ numOutputChannels: 3 })],
      [new T.ToTensor('HWC'), new T.ToTensor({ dataFormat: 'HWC' })],
      [new T.BrightnessTransform(0.3), new T.BrightnessTransform({ value: 0.3 })],
    ];
    for (const [a, b] of pairs) {
      paddle.seed(3);
      const x = pixels(a.call(rgb));
      paddle.seed(3);
      expect(pixels(b.call(rgb))).toEqual(x);
    }
  });

  it('draw the same random parameters by keyword as by position', () => {
    const pairs: [paddle.vision.transforms.BaseTransform<unknown>, paddle.vision.transforms.BaseTransform<unknown>][] = [
      [new T.RandomCrop(8, 2, false, 5, 'edge'), new T.RandomCrop({ size: 8, padding: 2, fill: 5, paddingMode: 'edge' })],
      [new T.RandomHorizontalFlip(0.5), new T.RandomHorizontalFlip({ prob: 0.5 })],
      [new T.RandomRotation(40, 'bilinear', true), new T.RandomRotation(40, { interpolation: 'bilinear', expand: true })],
      [new T.RandomResizedCrop(6, [0.3, 1]), new T.RandomResizedCrop({ size: 6, scale: [0.3, 1] })],
      [new T.ColorJitter(0.4, 0.4, 0.4, 0.1), new T.ColorJitter({ brightness: 0.4, contrast: 0.4, saturation: 0.4, hue: 0.1 })],
      [new T.RandomErasing(1, [0.1, 0.2]), new T.RandomErasing({ prob: 1, scale: [0.1, 0.2] })],
    ];
    for (const [a, b] of pairs) {
      for (let s = 0; s < 4; s++) {
        paddle.seed(s);
        const x = pixels(a.call(rgb));
        paddle.seed(s);
        expect(pixels(b.call(rgb))).toEqual(x);
      }
    }
  });

  it('Compose takes its transforms by name', () => {
    const out = new T.Compose({ transforms: [new T.ToTensor()] }).call(rgb) as tf.Tensor;
    expect(out.shape).toEqual([3, 9, 13]);
    out.dispose();
  });
});

describe('strict options', () => {
  it('an unknown key names the nearest valid one (RandomCrop used to pad nothing silently)', () => {
    expect(() => new T.RandomCrop(32, { paddding: 4 } as never)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: vision.transforms.RandomCrop: argument 'paddding' expected one of the options 'size', 'padding', 'padIfNeeded', 'fill', 'paddingMode', 'keys' (did you mean 'padding'?), but received 4.]`,
    );
    expect(() => new T.Normalize({ mean: 0.5, sdt: 0.5 } as never)).toThrowError(/did you mean 'std'\?/);
    expect(() => new T.Resize(8, { data_format: 'HWC' } as never)).toThrowError(paddle.InvalidArgumentError);
    expect(() => F.resize(rgb, 8, { interpolaton: 'nearest' } as never)).toThrowError(/vision.transforms.functional.resize: argument 'interpolaton'.*did you mean 'interpolation'/);
  });

  it('a value given twice, or a missing required one, is an error', () => {
    expect(() => new T.Resize(8, { size: 9 } as never)).toThrowError(/argument 'size' expected to be given once/);
    expect(() => new T.Resize({ interpolation: 'nearest' } as never)).toThrowError(/vision.transforms.Resize: argument 'size' expected a value/);
  });

  it('Normalize checks mean and std when built, not when the first sample is read', () => {
    expect(() => new T.Normalize([0.5, 0.5, 0.5], [0.5, 0.5])).toThrowError(/Normalize: argument 'std' expected 3 values, as many as mean/);
    expect(() => new T.Normalize([0.5, NaN, 0.5], 0.5)).toThrowError(/argument 'mean' expected a finite number/);
    expect(() => new T.Normalize(['0.5'] as never, 0.5)).toThrowError(/argument 'mean'/);
    expect(() => new T.Normalize(0.5, 0)).toThrowError(/argument 'std' expected a non-zero finite number/);
    expect(() => new T.Normalize(0.5, [0.2, 0, 0.2])).toThrowError(/argument 'std'/);
    expect(() => new T.Normalize(0.5, 0.5, 'HWC', 'yes' as never)).toThrowError(/argument 'toRgb' expected true or false/);
  });

  it('other constructors check every argument at once', () => {
    expect(() => new T.Resize(0)).toThrowError(/argument 'size'/);
    expect(() => new T.RandomCrop(8, { padding: -1 })).toThrowError(/argument 'padding'/);
    expect(() => new T.RandomCrop(8, { fill: 'white' as never })).toThrowError(/argument 'fill'/);
    expect(() => new T.RandomHorizontalFlip(1.5)).toThrowError(/vision.transforms.RandomHorizontalFlip: argument 'prob' expected a number in \[0, 1\]/);
    expect(() => new T.RandomVerticalFlip({ prob: -0.1 })).toThrowError(/vision.transforms.RandomVerticalFlip: argument 'prob'/);
    expect(() => new T.RandomErasing({ inplace: 1 as never })).toThrowError(/argument 'inplace'/);
    expect(() => new T.RandomRotation(10, { center: [1] as never })).toThrowError(/argument 'center'/);
    expect(() => new T.RandomPerspective({ distortionScale: 2 })).toThrowError(/argument 'distortionScale'/);
  });
});

describe('functional by keyword', () => {
  it('an HWCImage given positionally is the image, not options', () => {
    expect(pixels(F.hflip(rgb))).toEqual(pixels(F.hflip({ img: rgb })));
    const a = F.resize(rgb, [4, 5], 'bicubic');
    expect(pixels(F.resize(rgb, { size: [4, 5], interpolation: 'bicubic' }))).toEqual(pixels(a));
    expect(pixels(F.resize({ img: rgb, size: [4, 5], interpolation: 'bicubic' }))).toEqual(pixels(a));
    expect(pixels(F.crop({ img: rgb, top: 1, left: 2, height: 3, width: 4 }))).toEqual(pixels(F.crop(rgb, 1, 2, 3, 4)));
    expect(pixels(F.rotate(rgb, { angle: 30, expand: true }))).toEqual(pixels(F.rotate(rgb, 30, 'nearest', true)));
    expect(pixels(F.normalize(rgb, { mean: 1, std: 2, dataFormat: 'HWC' }))).toEqual(pixels(F.normalize(rgb, 1, 2, 'HWC')));
  });

  it('the image is required', () => {
    expect(() => F.toGrayscale({ numOutputChannels: 3 } as never)).toThrowError(/toGrayscale: argument 'img' expected a value/);
  });
});
