import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { type Encoded, decodeArray, loadFixtures } from '../transforms/fixtures';

const { decodeImage, readImage, encodeImage, convertImageMode, imageLoad } = paddle.vision;

interface ImageEntry {
  mode: string;
  pixels: Encoded;
  rgb: Encoded;
  l?: Encoded;
}
const fx = loadFixtures<{ files: Record<string, ImageEntry>; corrupt: Record<string, string> }>('images.json');
const dir = fileURLToPath(new URL('../../fixtures/vision/images/', import.meta.url));
const bytes = (name: string) => readFileSync(dir + name);

/**
 * jpeg-js and Pillow's libjpeg-turbo 2.1 use different IDCTs, and jpeg-js upsamples chroma by
 * replication where libjpeg-turbo interpolates ("fancy upsampling"). Measured on these files
 * (max / mean |diff| in levels): grayscale 1 / 0.07, 4:4:4 baseline and progressive 3 / 0.55,
 * 4:2:0 9 / 1.8 (2 / 0.52 after conversion to L, since luma is not subsampled).
 */
const JPEG_TOLERANCE: Record<string, { max: number; mean: number }> = {
  'rgb444.jpg': { max: 3, mean: 0.6 },
  'progressive.jpg': { max: 3, mean: 0.6 },
  'gray.jpg': { max: 1, mean: 0.1 },
  'rgb420.jpg': { max: 10, mean: 2 },
};

function diff(a: ArrayLike<number>, b: ArrayLike<number>) {
  let max = 0;
  let sum = 0;
  for (let i = 0; i < b.length; i++) {
    const d = Math.abs(a[i] - b[i]);
    max = Math.max(max, d);
    sum += d;
  }
  return { max, mean: sum / b.length };
}

function expectPixels(img: paddle.vision.HWCImage, want: Encoded, file: string) {
  const [h, w, c] = want.shape;
  expect([img.height, img.width, img.channels], file).toEqual([h, w, c]);
  expect(img.data).toBeInstanceOf(Uint8Array);
  const d = diff(img.data, decodeArray(want));
  const tol = JPEG_TOLERANCE[file] ?? { max: 0, mean: 0 };
  expect(d.max, `${file}: max |diff|`).toBeLessThanOrEqual(tol.max);
  expect(d.mean, `${file}: mean |diff|`).toBeLessThanOrEqual(tol.mean);
}

describe('decodeImage against Pillow', () => {
  for (const [file, entry] of Object.entries(fx.files)) {
    it(`${file} (Pillow mode ${entry.mode}): unchanged, RGB and L`, () => {
      expectPixels(decodeImage(bytes(file), { name: file }), entry.pixels, file);
      expectPixels(decodeImage(bytes(file), { mode: 'RGB' }), entry.rgb, file);
      if (entry.l) expectPixels(decodeImage(bytes(file), { mode: 'L' }), entry.l, file);
    });
  }

  it('keeps the channel count of the file in mode unchanged', () => {
    const channels = Object.fromEntries(Object.keys(fx.files).map((f) => [f, decodeImage(bytes(f)).channels]));
    expect(channels).toEqual({
      'rgb.png': 3,
      'gray.png': 1,
      'rgba.png': 4,
      'la.png': 2,
      'palette.png': 3,
      'gray16.png': 1,
      'rgb444.jpg': 3,
      'rgb420.jpg': 3,
      'gray.jpg': 1,
      'progressive.jpg': 3,
    });
  });

  it('accepts ArrayBuffer and Buffer views at an offset', () => {
    const b = bytes('rgb.png');
    const padded = new Uint8Array(b.length + 5);
    padded.set(b, 5);
    const a = decodeImage(padded.subarray(5));
    const c = decodeImage(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
    expect(a.data).toEqual(c.data);
  });
});

describe('corrupt files', () => {
  for (const [file, what] of Object.entries(fx.corrupt)) {
    it(`${file} (${what}) is a CorruptFileError naming the file`, async () => {
      expect(() => decodeImage(bytes(file), { name: file })).toThrowError(paddle.CorruptFileError);
      const err = await readImage(dir + file).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(paddle.CorruptFileError);
      expect((err as paddle.CorruptFileError).file).toBe(dir + file);
      expect((err as Error).message).toContain(file);
      expect((err as paddle.CorruptFileError).code).toBe('CORRUPT_FILE');
    });
  }

  it('says what was wrong', () => {
    expect(() => decodeImage(bytes('text.jpg'), { name: 'text.jpg' })).toThrowErrorMatchingInlineSnapshot(
      `[CorruptFileError: text.jpg: not a PNG or JPEG file (starts with 74 68 69 73 20 69 73 20)]`,
    );
    expect(() => decodeImage(bytes('garbled.png'), { name: 'garbled.png' })).toThrowError(/garbled.png: cannot decode PNG \(truncated or corrupt\): CRC mismatch/);
  });

  it('a missing file is a ResourceNotFoundError; non-bytes an InvalidArgumentError', async () => {
    await expect(readImage(dir + 'nope.png')).rejects.toThrowError(paddle.ResourceNotFoundError);
    expect(() => decodeImage('cat.png' as unknown as Uint8Array)).toThrowError(paddle.InvalidArgumentError);
    expect(() => decodeImage(bytes('rgb.png'), { mode: 'BGR' as 'RGB' })).toThrowError(/argument 'mode' expected one of 'unchanged', 'L', 'RGB', 'RGBA'/);
  });
});

describe('readImage, imageLoad, encodeImage, convertImageMode', () => {
  it('readImage reads a path or file: URL like decodeImage', async () => {
    const want = decodeImage(bytes('rgba.png'), { mode: 'RGB' });
    expect((await readImage(dir + 'rgba.png', { mode: 'RGB' })).data).toEqual(want.data);
    expect((await readImage(new URL(`file://${dir}rgba.png`), { mode: 'RGB' })).data).toEqual(want.data);
  });

  it("imageLoad with 'cv2' gives BGR, like cv2.imread", async () => {
    const rgb = decodeImage(bytes('rgb.png'));
    const bgr = await imageLoad(dir + 'rgb.png', 'cv2');
    expect([bgr.data[0], bgr.data[1], bgr.data[2]]).toEqual([rgb.data[2], rgb.data[1], rgb.data[0]]);
    expect(paddle.vision.getImageBackend()).toBe('pil');
  });

  it('PNG encoding round-trips exactly; JPEG at quality 95 stays close', () => {
    for (const f of ['rgb.png', 'gray.png', 'rgba.png']) {
      const img = decodeImage(bytes(f));
      expect(decodeImage(encodeImage(img, 'png')).data).toEqual(img.data);
    }
    const img = decodeImage(bytes('rgb.png'));
    const back = decodeImage(encodeImage(img, 'jpeg', { quality: 95 }));
    expect(diff(back.data, img.data).mean).toBeLessThan(4);
  });

  it('converts modes like Pillow: L from RGB by ITU-R 601 weights, alpha dropped, not composited', () => {
    const rgba: paddle.vision.HWCImage = { data: Uint8Array.from([255, 0, 0, 10, 0, 255, 0, 255]), width: 2, height: 1, channels: 4 };
    expect(Array.from(convertImageMode(rgba, 'L').data)).toEqual([76, 150]);
    expect(Array.from(convertImageMode(rgba, 'RGB').data)).toEqual([255, 0, 0, 0, 255, 0]);
    const gray: paddle.vision.HWCImage = { data: Uint8Array.from([7]), width: 1, height: 1, channels: 1 };
    expect(Array.from(convertImageMode(gray, 'RGBA').data)).toEqual([7, 7, 7, 255]);
  });
});
