import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as jpeg from 'jpeg-js';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { CorruptFileError, InvalidArgumentError } from 'tfjs-hapi';
import { Cifar10, DatasetFolder, FakeData, ImageFolder, MNIST } from '../../../src/vision/datasets';
import { getImageBackend, imageLoad, setImageBackend } from '../../../src/vision/image-io';
import { decodeImage } from '../../../src/vision/image-io/decode-image';
import type { HWCImage } from '../../../src/framework/image';
import { FIXTURES } from './fixtures';

// Damaged files written here: a JPEG encoded by jpeg-js and cut short, as a download that stopped.
const tmp = mkdtempSync(join(tmpdir(), 'hapi-corrupt-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const W = 48;
const H = 64;
function encoded(seed: number): Uint8Array {
  const data = new Uint8Array(W * H * 4);
  for (let i = 0; i < W * H; i++) data.set([(i * seed) % 256, (i >> 4) % 256, 90, 255], i * 4);
  return jpeg.encode({ data, width: W, height: H }, 90).data;
}
const good = encoded(7);
const whole = encoded(11);
const cut = whole.subarray(0, Math.floor(whole.length * 0.7));
const root = join(tmp, 'root');
mkdirSync(join(root, 'a'), { recursive: true });
mkdirSync(join(root, 'b'), { recursive: true });
writeFileSync(join(root, 'a', '1-good.jpg'), good);
writeFileSync(join(root, 'a', '2-cut.jpg'), cut);
writeFileSync(join(root, 'b', '3-good.jpg'), good);

describe("folder datasets' onCorrupt", () => {
  it("'error' (the default) keeps today's CorruptFileError naming the file", () => {
    const ds = new DatasetFolder(root);
    expect(() => ds.getItem(1)).toThrow(CorruptFileError);
    expect(() => ds.getItem(1)).toThrow(/2-cut\.jpg/);
  });

  it("'truncated' decodes the rows the file holds and leaves the rest gray, as Pillow's LOAD_TRUNCATED_IMAGES", () => {
    const ds = new DatasetFolder(root, { onCorrupt: 'truncated' });
    const [img, target] = ds.getItem(1) as [HWCImage, number];
    expect(target).toBe(0);
    expect([img.width, img.height, img.channels]).toEqual([W, H, 3]);
    const ref = decodeImage(whole, { mode: 'RGB' });
    const row = (im: HWCImage, y: number) => Array.from(im.data.subarray(y * W * 3, (y + 1) * W * 3));
    expect(row(img, 0)).toEqual(row(ref, 0)); // decoded from the file's bytes, exactly
    expect(row(img, H - 1).every((v) => v === 128)).toBe(true); // missing: gray
    let goodRows = 0;
    while (goodRows < H && row(img, goodRows).join() === row(ref, goodRows).join()) goodRows++;
    expect(goodRows).toBeGreaterThanOrEqual(16);
    expect(goodRows % 16).toBe(0);
    for (let y = goodRows; y < H; y++) expect(row(img, y).every((v) => v === 128)).toBe(true);
    // A file that is whole decodes as always.
    expect((ds.getItem(0) as [HWCImage, number])[0].data).toEqual(decodeImage(good, { mode: 'RGB' }).data);
  });

  it("'skip' warns once naming the file and reads the next good sample; len() stays the file count", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const ds = new DatasetFolder({ root, onCorrupt: 'skip' });
    expect(ds.len()).toBe(3);
    const [img, target] = ds.getItem(1) as [HWCImage, number];
    expect(target).toBe(1); // the sample of b/3-good.jpg, with its own class
    expect(img.data).toEqual(decodeImage(good, { mode: 'RGB' }).data);
    ds.getItem(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/vision\.datasets\.DatasetFolder: skipping the damaged file .*2-cut\.jpg/);
    const images = new ImageFolder(root, { onCorrupt: 'skip' });
    expect(images.len()).toBe(3);
    expect((images.getItem(1) as [HWCImage])[0].width).toBe(W);
  });

  it("'skip' fails when no file is good, and applies to async loaders", async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bad = join(tmp, 'bad');
    mkdirSync(join(bad, 'x'), { recursive: true });
    writeFileSync(join(bad, 'x', 'only.jpg'), cut);
    expect(() => new ImageFolder(bad, { onCorrupt: 'skip' }).getItem(0)).toThrow(/every one of the 1 files is damaged/);
    const loader = async (p: string) => {
      if (p.includes('cut')) throw new CorruptFileError(p, 'damaged');
      return p;
    };
    const ds = new DatasetFolder(root, { loader, onCorrupt: 'skip' });
    expect(await ds.getItem(1)).toEqual([join(root, 'b', '3-good.jpg'), 1]);
  });
});

describe('dataset constructors by keyword', () => {
  it('give the positional results', () => {
    const a = new DatasetFolder(root, null, ['.jpg'], null, null);
    const b = new DatasetFolder({ root, extensions: ['.jpg'] });
    expect(b.samples).toEqual(a.samples);
    const m1 = new MNIST(`${FIXTURES}mnist-images-idx3-ubyte.gz`, `${FIXTURES}mnist-labels-idx1-ubyte.gz`, 'test', null, false, 'cv2');
    const m2 = new MNIST({ imagePath: `${FIXTURES}mnist-images-idx3-ubyte.gz`, labelPath: `${FIXTURES}mnist-labels-idx1-ubyte.gz`, mode: 'test', download: false, backend: 'cv2' });
    expect(m2.len()).toBe(m1.len());
    expect(m2.getItem(3)).toEqual(m1.getItem(3));
  });

  it('reject unknown keys, naming the nearest, and check every argument when built', () => {
    expect(() => new DatasetFolder(root, { on_corrupt: 'skip' } as never)).toThrow(/did you mean 'onCorrupt'\?/);
    expect(() => new DatasetFolder(root, { onCorrupt: 'ignore' as never })).toThrow(/argument 'onCorrupt' expected 'error', 'truncated' or 'skip'/);
    expect(() => new ImageFolder({ root, transfrom: (x: unknown) => x } as never)).toThrow(/vision\.datasets\.ImageFolder: argument 'transfrom'.*did you mean 'transform'\?/);
    expect(() => new MNIST({ mode: 'test', downlaod: false } as never)).toThrow(/vision\.datasets\.MNIST: argument 'downlaod'.*did you mean 'download'\?/);
    expect(() => new Cifar10({ dataFile: `${FIXTURES}cifar-10-python.tar.gz`, transform: 5 as never })).toThrow(InvalidArgumentError);
    expect(() => new Cifar10({ dataFile: `${FIXTURES}cifar-10-python.tar.gz`, download: 'no' as never })).toThrow(/argument 'download' expected true or false/);
    expect(() => new Cifar10({ dataFile: `${FIXTURES}cifar-10-python.tar.gz`, mode: 'valid' as never })).toThrow(/vision\.datasets\.Cifar10: argument 'mode'/);
  });

  it('FakeData and the image-backend functions take Paddle\'s keyword form', async () => {
    expect(new FakeData(6, { imageSize: [1, 4, 4], numClasses: 3, seed: 2 }).getItem(5)).toEqual(new FakeData({ size: 6, imageSize: [1, 4, 4], numClasses: 3, seed: 2 }).getItem(5));
    expect(() => new FakeData({ sise: 4 } as never)).toThrow(/did you mean 'size'\?/);
    const file = join(root, 'b', '3-good.jpg');
    expect(await imageLoad({ path: file, backend: 'cv2' })).toEqual(await imageLoad(file, 'cv2'));
    await expect(imageLoad(file, { backed: 'cv2' } as never)).rejects.toThrow(/vision\.imageLoad: argument 'backed'.*did you mean 'backend'\?/);
    setImageBackend({ backend: 'cv2' });
    expect(getImageBackend()).toBe('cv2');
    setImageBackend('pil');
    expect(() => setImageBackend({ backend: 'opencv' } as never)).toThrow(/vision\.setImageBackend: argument 'backend'/);
  });
});
