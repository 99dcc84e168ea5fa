import { describe, expect, it } from 'vitest';
import { CorruptFileError } from 'tfjs-hapi';
import { Cifar10, Cifar100 } from '../../../src/vision/datasets';
import { FIXTURES, expected, fixture, fromB64 } from './fixtures';

const cases = [
  { Cls: Cifar10, file: 'cifar-10-python.tar.gz', exp: () => expected.cifar10 },
  { Cls: Cifar10, file: 'cifar-10-binary.tar.gz', exp: () => expected.cifar10 },
  { Cls: Cifar100, file: 'cifar-100-python.tar.gz', exp: () => expected.cifar100 },
  { Cls: Cifar100, file: 'cifar-100-binary.tar.gz', exp: () => expected.cifar100 },
] as const;

describe('Cifar10 / Cifar100 on archives built by Python (pickle + numpy) and the binary layout', () => {
  for (const { Cls, file, exp } of cases) {
    for (const mode of ['train', 'test'] as const) {
      it(`${Cls.name} reads ${file} (${mode}) exactly, images HWC`, () => {
        const ds = new (Cls as typeof Cifar10)({ dataFile: FIXTURES + file, mode, download: false });
        const want = exp()[mode] as [number, string][];
        expect(ds.len()).toBe(want.length);
        want.forEach(([label, pixels], i) => {
          const [image, l] = ds.getItem(i);
          expect(image).toMatchObject({ width: 32, height: 32, channels: 3 });
          expect(image.data).toEqual(fromB64(pixels));
          expect(l).toBe(label);
        });
      });
    }
  }

  it('gives float32 images with the cv2 backend and applies the transform; takes bytes', () => {
    const ds = new Cifar10(fixture('cifar-10-python.tar.gz'), 'test', (im: { data: Float32Array }) => im.data, false, 'cv2');
    const [data, label] = ds.getItem(1) as unknown as [Float32Array, number];
    expect(data).toBeInstanceOf(Float32Array);
    expect(Array.from(data)).toEqual(Array.from(fromB64(expected.cifar10.test[1][1])));
    expect(label).toBe(expected.cifar10.test[1][0]);
  });

  it('refuses a batch pickle that calls os.system, without running it', () => {
    expect(() => new Cifar10({ dataFile: FIXTURES + 'cifar-10-evil.tar.gz' })).toThrow(CorruptFileError);
    expect(() => new Cifar10({ dataFile: FIXTURES + 'cifar-10-evil.tar.gz' })).toThrow(/data_batch_2: the Python global 'posix.system' is not allowed/);
  });

  it('refuses truncated archives, wrong archives and non-archives', () => {
    const full = fixture('cifar-10-python.tar.gz');
    expect(() => new Cifar10({ dataFile: full.subarray(0, 20000) })).toThrow(/truncated/);
    expect(() => new Cifar100({ dataFile: FIXTURES + 'cifar-10-python.tar.gz' })).toThrow(/not a CIFAR-100 archive/);
    expect(() => new Cifar10({ dataFile: fixture('mnist-labels-idx1-ubyte') })).toThrow(CorruptFileError);
    expect(() => new Cifar10({ dataFile: FIXTURES + 'evil-dotdot.tar.gz' })).toThrow(/outside the target folder/);
  });
});
