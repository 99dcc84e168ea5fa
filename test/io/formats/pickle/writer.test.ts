import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe as suite, expect, it } from 'vitest';
import { InvalidArgumentError } from 'tfjs-hapi';
import { NdArray, type PickleInput, pyFloat, readPickle, tuple, writePickle } from '../../../../src/io/formats/pickle';
import { describe } from './describe';

const fixtures = fileURLToPath(new URL('../../../fixtures/pickle/', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'hapi-pickle-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function sample(): Record<string, PickleInput> {
  return {
    'fc.weight': new NdArray('float32', [2, 3], new Float32Array([1.5, -2, 3.25, 0, 1e-7, -1e30])),
    f64: new NdArray('float64', [2], new Float64Array([Math.PI, -0.1])),
    i64: new NdArray('int64', [3], new BigInt64Array([-(2n ** 40n), 7n, 2n ** 62n])),
    i32: new NdArray('int32', [1, 2], new Int32Array([-5, 2 ** 31 - 1])),
    u8: new NdArray('uint8', [2, 2], new Uint8Array([0, 255, 128, 7])),
    bool: new NdArray('bool', [2], new Uint8Array([1, 0])),
    empty: new NdArray('float32', [0, 4], new Float32Array(0)),
    zerod: new NdArray('float32', [], new Float32Array([2.5])),
    big: new NdArray('float32', [300, 300], Float32Array.from({ length: 90000 }, (_, i) => Math.sin(i))),
    nested: {
      list: [1, 2.5, 'x', null, [true, false]],
      tuple: tuple<PickleInput>('linear_0.w_0', 3),
      lr: pyFloat(1),
      ints: [255, 256, 65535, 65536, -1, -(2 ** 31), 2 ** 31, 2 ** 53 - 1, -(2 ** 53) + 1],
      bigint: 2n ** 70n,
      negbig: -(2n ** 70n),
      map: new Map<PickleInput, PickleInput>([[1, 'one'], ['b', 'two']]),
      str: 'héllo ✓ '.repeat(40),
    },
    many: Array.from({ length: 2100 }, (_, i) => i),
  };
}

/** Loads a pickle in Python (Debian's python3 + numpy) and prints make_pickles.py's description of it. */
function describeInPython(file: string): unknown {
  const code = [
    'import sys, json, pickle',
    `sys.path.insert(0, ${JSON.stringify(fixtures)})`,
    'from make_pickles import describe',
    `print(json.dumps(describe(pickle.load(open(${JSON.stringify(file)}, 'rb')))))`,
  ].join('\n');
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', code], { encoding: 'utf8', maxBuffer: 1 << 26 }));
}

/** What Python's description of `sample()` must be: floats stay numbers, ints stay ints. */
function expectedPython(v: PickleInput): unknown {
  return describe(readPickle(writePickle(v)));
}

function pyNormalize(e: unknown): unknown {
  if (Array.isArray(e)) return e.map(pyNormalize);
  if (e && typeof e === 'object') {
    const o = e as Record<string, unknown>;
    if ('float' in o && Object.keys(o).length === 1) return o.float;
    if ('ndarray' in o) return o;
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, pyNormalize(x)]));
  }
  return e;
}

suite('writePickle', () => {
  for (const protocol of [2, 4] as const) {
    it(`writes protocol ${protocol} that Python's pickle + numpy load to the same values`, () => {
      const file = join(tmp, `ours_p${protocol}.pkl`);
      writeFileSync(file, writePickle(sample(), { protocol }));
      expect(pyNormalize(describeInPython(file))).toEqual(expectedPython(sample()));
    });

    it(`round-trips through our reader, protocol ${protocol}`, () => {
      const back = readPickle(writePickle(sample(), { protocol }));
      const w = (back as Map<string, unknown>).get('fc.weight') as NdArray;
      expect(w.shape).toEqual([2, 3]);
      expect(Array.from(w.data as Float32Array)).toEqual(Array.from(new Float32Array([1.5, -2, 3.25, 0, 1e-7, -1e30])));
      expect(((back as Map<string, unknown>).get('i64') as NdArray).data).toEqual(new BigInt64Array([-(2n ** 40n), 7n, 2n ** 62n]));
    });
  }

  it('writes whole numbers as ints and pyFloat values as floats, as Python sees them', () => {
    const file = join(tmp, 'kinds.pkl');
    writeFileSync(file, writePickle({ epoch: 3, lr: pyFloat(1), decay: 0.5 }));
    expect(describeInPython(file)).toEqual({ dict: [['epoch', 3], ['lr', { float: 1 }], ['decay', { float: 0.5 }]] });
  });

  it('refuses values Python has no counterpart for', () => {
    expect(() => writePickle({ f: (() => 1) as unknown as PickleInput })).toThrow(InvalidArgumentError);
    expect(() => writePickle({ t: new Float32Array(2) as unknown as PickleInput })).toThrow(/wrap typed arrays in an NdArray/);
    const cyclic: Record<string, PickleInput> = {};
    cyclic.self = cyclic;
    expect(() => writePickle(cyclic)).toThrow(/without cycles/);
    expect(() => writePickle(1, { protocol: 3 as 4 })).toThrow(InvalidArgumentError);
  });
});
