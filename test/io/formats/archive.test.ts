import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { CorruptFileError } from 'tfjs-hapi';
import { NdArray } from '../../../src/io/formats/pickle';
import { gunzip } from '../../../src/io/formats/gzip';
import { parseIdx, writeIdx } from '../../../src/io/formats/idx';
import { extractTar, readTar } from '../../../src/io/formats/tar';
import { fixture } from '../../vision/datasets/fixtures';

const tmp = mkdtempSync(join(tmpdir(), 'hapi-archive-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('readTar / extractTar', () => {
  it('lists the regular files of a tar written by Python', () => {
    const entries = readTar(gunzip(fixture('cifar-10-binary.tar.gz')));
    expect(entries.map((e) => e.name)).toEqual([
      ...[1, 2, 3, 4, 5].map((i) => `cifar-10-batches-bin/data_batch_${i}.bin`),
      'cifar-10-batches-bin/test_batch.bin',
      'cifar-10-batches-bin/batches.meta.txt',
    ]);
    expect(new TextDecoder().decode(entries[6].data)).toBe('airplane\nautomobile\n');
  });

  for (const f of ['evil-dotdot.tar.gz', 'evil-absolute.tar.gz', 'evil-nested.tar.gz']) {
    it(`refuses ${f} and writes nothing outside (or inside) the target folder`, () => {
      const target = join(tmp, f, 'out');
      expect(() => readTar(gunzip(fixture(f)))).toThrow(/outside the target folder/);
      expect(() => extractTar(gunzip(fixture(f)), target)).toThrow(CorruptFileError);
      expect(existsSync(join(tmp, f, 'evil.txt'))).toBe(false);
      expect(existsSync('/tmp/hapi-evil.txt')).toBe(false);
      expect(existsSync(target) ? readdirSync(target) : []).toEqual([]);
    });
  }

  it('extracts a well-formed archive inside the target folder', () => {
    const target = join(tmp, 'good');
    const written = extractTar(gunzip(fixture('cifar-100-binary.tar.gz')), target);
    expect(written).toHaveLength(3);
    expect(readFileSync(join(target, 'cifar-100-binary/fine_label_names.txt'), 'utf8')).toBe('apple\n');
  });

  it('refuses a header with a bad checksum and an archive cut short', () => {
    const tar = gunzip(fixture('cifar-10-binary.tar.gz')).slice();
    const cut = tar.subarray(0, 4000);
    expect(() => readTar(cut)).toThrow(/truncated/);
    tar[10] ^= 0xff;
    expect(() => readTar(tar)).toThrow(/bad checksum/);
  });
});

describe('gunzip', () => {
  it('round-trips and refuses gzip bombs before filling memory', () => {
    const data = new Uint8Array(300000).map((_, i) => (i * 7) % 251);
    expect(gunzip(gzipSync(data))).toEqual(data);
    const bomb = gzipSync(new Uint8Array(80 * 2 ** 20), { level: 1 });
    expect(() => gunzip(bomb, { file: 'bomb.gz' })).toThrow(/bomb\.gz: decompresses more than 200 times its size/);
    expect(() => gunzip(gzipSync(data), { maxBytes: 1000 })).toThrow(/more than 1000 bytes/);
    expect(() => gunzip(new Uint8Array([1, 2, 3]))).toThrow(/wrong magic/);
  });
});

describe('parseIdx / writeIdx', () => {
  it('round-trips every IDX type, big-endian on disk', () => {
    for (const a of [
      new NdArray('uint8', [2, 3], new Uint8Array([1, 2, 3, 4, 5, 255])),
      new NdArray('int16', [2], new Int16Array([-300, 300])),
      new NdArray('int32', [1, 2], new Int32Array([-5, 70000])),
      new NdArray('float32', [3], new Float32Array([1.5, -2, 1e-3])),
      new NdArray('float64', [1], new Float64Array([Math.PI])),
    ]) {
      const bytes = writeIdx(a);
      const back = parseIdx(bytes);
      expect(back.dtype).toBe(a.dtype);
      expect(back.shape).toEqual(a.shape);
      expect(back.data).toEqual(a.data);
    }
    const f = writeIdx(new NdArray('float32', [1], new Float32Array([1])));
    expect(Array.from(f.subarray(8))).toEqual([0x3f, 0x80, 0, 0]);
    expect(() => parseIdx(Uint8Array.from([0, 0, 0x42, 1, 0, 0, 0, 0]))).toThrow(/unknown IDX element type 0x42/);
  });
});
