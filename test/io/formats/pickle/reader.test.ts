import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe as suite, expect, it } from 'vitest';
import { CorruptFileError } from 'tfjs-hapi';
import { NdArray, dictToRecord, isTuple, readPickle } from '../../../../src/io/formats/pickle';
import { describe, normalizeExpected } from './describe';

const dir = fileURLToPath(new URL('../../../fixtures/pickle/', import.meta.url));
const read = (name: string) => new Uint8Array(readFileSync(dir + name));
const expected = JSON.parse(readFileSync(dir + 'expected.json', 'utf8'));

suite('readPickle: pickles written by Python + numpy', () => {
  for (const proto of [2, 3, 4, 5]) {
    it(`reads numpy arrays of every dtype, Fortran and big-endian order, protocol ${proto}`, () => {
      const v = readPickle(read(`arrays_p${proto}.pkl`));
      expect(describe(v)).toEqual(expected.arrays);
    });
    it(`reads builtin values (ints, big ints, floats, str, bytes, containers, numpy scalars), protocol ${proto}`, () => {
      const v = readPickle(read(`values_p${proto}.pkl`));
      expect(describe(v)).toEqual(normalizeExpected(expected.values));
    });
  }

  it("reads numpy 2's numpy._core names", () => {
    expect(describe(readPickle(read('arrays_numpy2_p2.pkl')))).toEqual(expected.arrays);
  });

  it('gives arrays the typed array of their dtype', () => {
    const m = dictToRecord(readPickle(read('arrays_p4.pkl')))!;
    expect((m.f32 as NdArray).data).toBeInstanceOf(Float32Array);
    expect((m.i64 as NdArray).data).toBeInstanceOf(BigInt64Array);
    expect((m.bool as NdArray).data).toBeInstanceOf(Uint8Array);
    expect((m.zerod as NdArray).shape).toEqual([]);
    expect((m.i32 as NdArray).toInt32()).toEqual(new Int32Array([-5, 0, 2 ** 31 - 1]));
    expect(() => (m.i64 as NdArray).toInt32('i64')).toThrow(CorruptFileError);
  });

  it('reads a paddle.save state dict (protocol 4 and 2) with its name table', () => {
    for (const f of ['paddle_state_p4.pdparams', 'paddle_state_p2.pdparams']) {
      const s = dictToRecord(readPickle(read(f)))!;
      expect(describe(s['fc.weight'])).toEqual(expected.paddle.w);
      expect(describe(s['fc.bias'])).toEqual(expected.paddle.b);
      expect(dictToRecord(s['StructuredToParameterName@@'])).toEqual({ 'fc.weight': 'linear_0.w_0', 'fc.bias': 'linear_0.b_0' });
    }
  });

  it("reads Paddle 2.1's (name, ndarray) tuples and eval('data', …) LoDTensors without evaluating anything", () => {
    const s = dictToRecord(readPickle(read('paddle_legacy_p2.pdparams')))!;
    const w = s['fc.weight'];
    expect(isTuple(w)).toBe(true);
    expect((w as unknown[])[0]).toBe('linear_0.w_0');
    expect(describe((w as NdArray[])[1])).toEqual(expected.paddle.w);
    expect(describe(s['fc.bias'])).toEqual(expected.paddle.b);
  });
});

suite('readPickle: Python 2 byte strings', () => {
  it('reads them as latin1 text, or bytes on request; ones over 64 KiB stay bytes', () => {
    const short = new Uint8Array([0x80, 2, 0x55, 2, 0x61, 0xe9, 0x2e]); // SHORT_BINSTRING 'a\xe9'
    expect(readPickle(short)).toBe('aé');
    expect(readPickle(short, { encoding: 'bytes' })).toEqual(new Uint8Array([0x61, 0xe9]));
    const n = 70000;
    const long = new Uint8Array(2 + 5 + n + 1);
    long.set([0x80, 2, 0x54, n & 0xff, (n >> 8) & 0xff, n >> 16, 0]);
    long.fill(0xff, 7, 7 + n);
    long[long.length - 1] = 0x2e;
    const v = readPickle(long);
    expect(v).toBeInstanceOf(Uint8Array);
    expect((v as Uint8Array).length).toBe(n);
  });
});

suite('readPickle: refuses what is not data', () => {
  for (const f of ['evil_os_system_p2.pkl', 'evil_os_system_p4.pkl']) {
    it(`refuses os.system (${f}) with a CorruptFileError naming the global`, () => {
      expect(() => readPickle(read(f), { file: f })).toThrow(CorruptFileError);
      expect(() => readPickle(read(f), { file: f })).toThrow(/'posix\.system'|'os\.system'/);
    });
  }
  it('refuses eval of anything but Paddle\'s LoDTensor form, and getattr', () => {
    expect(() => readPickle(read('evil_eval_p4.pkl'))).toThrow(/eval/);
    expect(() => readPickle(read('evil_getattr_p2.pkl'))).toThrow(/__builtin__\.getattr/);
  });

  it('refuses truncated pickles at every cut point', () => {
    const full = read('arrays_p4.pkl');
    for (let cut = 0; cut < full.length; cut += 37) {
      expect(() => readPickle(full.subarray(0, cut))).toThrow(CorruptFileError);
    }
  });

  it('refuses files that are not pickles', () => {
    expect(() => readPickle(new TextEncoder().encode('hello world'))).toThrow(CorruptFileError);
    expect(() => readPickle(new Uint8Array([0x80, 9, 0x4e, 0x2e]))).toThrow(/protocol 9/);
  });

  it('enforces the depth limit and refuses persistent ids and huge ints', () => {
    const deep = new Uint8Array([0x80, 2, ...new Array(2000).fill(0x28), 0x4e, 0x2e]);
    expect(() => readPickle(deep)).toThrow(/nesting deeper than 1000/);
    expect(() => readPickle(new Uint8Array([0x80, 2, 0x4e, 0x51, 0x2e]))).toThrow(/persistent/);
    const bigLong = new Uint8Array([0x80, 2, 0x8b, 0xff, 0xff, 0xff, 0x7f, 0x2e]);
    expect(() => readPickle(bigLong)).toThrow(CorruptFileError);
  });

  it('refuses a numpy array whose claimed shape does not match its data', () => {
    const ok = read('paddle_state_p2.pdparams');
    // fc.weight is (3, 2): claim (3, 3) by patching the BININT1 2 that follows BININT1 3 in the shape tuple.
    const bad = ok.slice();
    const at = findSeq(bad, [0x4b, 3, 0x4b, 2, 0x86]);
    expect(at).toBeGreaterThan(0);
    bad[at + 3] = 3;
    expect(() => readPickle(bad)).toThrow(/needs 36 bytes of data, but the pickle holds 24/);
  });
});

function findSeq(a: Uint8Array, seq: number[]): number {
  outer: for (let i = 0; i + seq.length <= a.length; i++) {
    for (let j = 0; j < seq.length; j++) if (a[i + j] !== seq[j]) continue outer;
    return i;
  }
  return -1;
}
