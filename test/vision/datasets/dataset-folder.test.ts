import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError, ResourceNotFoundError, seed } from 'tfjs-hapi';
import { DatasetFolder, FakeData, ImageFolder } from '../../../src/vision/datasets';
import type { HWCImage } from '../../../src/framework/image';
import { FIXTURES, expected, fromB64 } from './fixtures';

const root = `${FIXTURES}folder`;
const tmp = mkdtempSync(join(tmpdir(), 'hapi-folder-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function expectPillowPixels(img: HWCImage, rel: string, maxDiff: number): void {
  const want = expected.folder[rel];
  expect(img).toMatchObject({ width: want.width, height: want.height, channels: 3 });
  const ref = fromB64(want.rgb);
  let worst = 0;
  for (let i = 0; i < ref.length; i++) worst = Math.max(worst, Math.abs(img.data[i] - ref[i]));
  expect(worst, rel).toBeLessThanOrEqual(maxDiff);
}

describe('DatasetFolder on PNG and JPEG files written by Pillow', () => {
  it("finds classes, samples and targets in Paddle's order", () => {
    const ds = new DatasetFolder(root);
    expect(ds.classes).toEqual(['class_a', 'class_b', 'class_c']);
    expect(ds.classToIdx).toEqual({ class_a: 0, class_b: 1, class_c: 2 });
    expect(ds.samples.map(([p, t]) => [p.slice(root.length + 1), t])).toEqual([
      ['class_a/a1.png', 0],
      ['class_a/a2.jpg', 0],
      ['class_b/b1.png', 1],
      ['class_b/b3.PNG', 1],
      ['class_b/sub/b2.jpeg', 1],
    ]);
    expect(ds.targets).toEqual([0, 0, 1, 1, 1]);
    expect(ds.len()).toBe(5);
  });

  it('decodes like Pillow convert("RGB"): PNG exactly (RGB, grey, RGBA), JPEG within the decoders\' rounding', () => {
    const ds = new DatasetFolder(root);
    ds.samples.forEach(([p], i) => {
      const rel = p.slice(root.length + 1);
      const [img, target] = ds.getItem(i) as [HWCImage, number];
      expect(target).toBe(ds.targets[i]);
      expectPillowPixels(img, rel, rel.toLowerCase().endsWith('png') ? 0 : 3);
    });
  });

  it('takes a loader, extensions, isValidFile and a transform, positionally or as options', () => {
    const names: string[] = [];
    const ds = new DatasetFolder(root, (p: string) => p.length, ['.JPG', '.jpeg'], (n: number) => n * 2);
    expect(ds.samples.map((s) => s[0].split('/').pop())).toEqual(['a2.jpg', 'b2.jpeg']);
    expect(ds.getItem(0)).toEqual([ds.samples[0][0].length * 2, 0]);
    const txt = new DatasetFolder(root, { isValidFile: (p) => (names.push(p), p.endsWith('.txt')), loader: async (p) => p });
    expect(txt.classes).toEqual(['class_a', 'class_b', 'class_c']);
    expect(txt.targets).toEqual([2]);
    return expect(txt.getItem(0)).resolves.toEqual([join(root, 'class_c', 'readme.txt'), 2]);
  });

  it('fails clearly on an empty folder, a missing root and contradictory options', () => {
    const empty = join(tmp, 'empty');
    mkdirSync(join(empty, 'cls'), { recursive: true });
    writeFileSync(join(empty, 'cls', 'notes.txt'), 'x');
    expect(() => new DatasetFolder(empty)).toThrow(ResourceNotFoundError);
    expect(() => new DatasetFolder(empty)).toThrow(/found no files ending in \.jpg,.*in the class sub-folders of .*empty \(classes: cls\)/);
    expect(() => new ImageFolder(empty)).toThrow(/ImageFolder: found no files ending/);
    expect(() => new DatasetFolder(join(tmp, 'missing'))).toThrow(/is not a folder/);
    expect(() => new DatasetFolder(root, { extensions: ['.png'], isValidFile: () => true })).toThrow(InvalidArgumentError);
  });
});

describe('ImageFolder', () => {
  it('lists every image under root in Paddle\'s order and returns [sample]', () => {
    const ds = new ImageFolder(root);
    expect(ds.samples.map((p) => p.slice(root.length + 1))).toEqual([
      'top.png',
      'class_a/a1.png',
      'class_a/a2.jpg',
      'class_b/b1.png',
      'class_b/b3.PNG',
      'class_b/sub/b2.jpeg',
    ]);
    const [img] = ds.getItem(0) as [HWCImage];
    expectPillowPixels(img, 'top.png', 0);
  });
});

describe('FakeData', () => {
  it('gives seeded random images of the requested shape and labels below numClasses', () => {
    const a = new FakeData({ size: 20, imageSize: [3, 8, 5], numClasses: 4, seed: 7 });
    const b = new FakeData({ size: 20, imageSize: [3, 8, 5], numClasses: 4, seed: 7 });
    const c = new FakeData({ size: 20, imageSize: [3, 8, 5], numClasses: 4, seed: 8 });
    const [img, label] = a.getItem(3);
    expect(img).toMatchObject({ width: 5, height: 8, channels: 3 });
    expect(img.data).toHaveLength(120);
    expect(label).toBe(a.getItem(3)[1]);
    expect(b.getItem(3)).toEqual(a.getItem(3));
    expect(a.getItem(3)).toEqual(a.getItem(3));
    expect(c.getItem(3)[0].data).not.toEqual(img.data);
    const labels = Array.from({ length: 20 }, (_, i) => a.getItem(i)[1]);
    expect(labels.every((l) => Number.isInteger(l) && l >= 0 && l < 4)).toBe(true);
    expect(new Set(labels).size).toBeGreaterThan(1);
    expect(a.len()).toBe(20);
    seed(3);
    const s1 = new FakeData({ size: 2 }).seed;
    seed(3);
    expect(new FakeData({ size: 2 }).seed).toBe(s1);
    expect(() => new FakeData({ imageSize: [2, 4, 4] })).toThrow(/imageSize/);
    expect(() => a.getItem(20)).toThrow(/index/);
  });
});
