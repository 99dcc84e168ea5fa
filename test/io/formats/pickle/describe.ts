import { NdArray, isTuple, type PickleValue } from '../../../../src/io/formats/pickle';

/** The JSON shape `make_pickles.py`'s describe() writes, built from what the TS reader returned. */
export function describe(v: PickleValue | undefined): unknown {
  if (v instanceof NdArray) {
    const vals =
      v.dtype === 'int64' || v.dtype === 'uint64'
        ? Array.from(v.data as BigInt64Array, (x) => x.toString())
        : v.dtype === 'float16'
          ? Array.from(v.toFloat32())
          : Array.from(v.data as Float64Array, Number);
    return { ndarray: v.dtype, shape: [...v.shape], values: vals };
  }
  if (v === null || typeof v === 'boolean' || typeof v === 'string' || typeof v === 'number') return v;
  if (typeof v === 'bigint') return { bigint: v.toString() };
  if (v instanceof Uint8Array) return { bytes: [...v] };
  if (isTuple(v)) return { tuple: v.map(describe) };
  if (Array.isArray(v)) return v.map(describe);
  if (v instanceof Set) return { set: [...v].map(describe) };
  if (v instanceof Map) return { dict: [...v].map(([k, x]) => [describe(k), describe(x)]) };
  throw new Error(`unexpected value ${String(v)}`);
}

/** Python floats are written as {float: v}; JS has one number type, so they compare as numbers. */
export function normalizeExpected(e: unknown): unknown {
  if (Array.isArray(e)) return e.map(normalizeExpected);
  if (e && typeof e === 'object') {
    const o = e as Record<string, unknown>;
    if ('float' in o && Object.keys(o).length === 1) return o.float;
    if ('ndarray' in o) return o;
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, normalizeExpected(x)]));
  }
  return e;
}
