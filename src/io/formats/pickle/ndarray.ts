import { CorruptFileError, InvalidArgumentError } from '../../../errors';

/**
 * The numpy dtypes a pickle may carry that tfjs-hapi reads and writes.
 * @category Checkpoint
 */
export type NumpyDType =
  | 'bool'
  | 'int8'
  | 'uint8'
  | 'int16'
  | 'uint16'
  | 'int32'
  | 'uint32'
  | 'int64'
  | 'uint64'
  | 'float16'
  | 'float32'
  | 'float64';

/**
 * The typed array holding each dtype's elements. `int64`/`uint64` keep their full range in
 * `BigInt64Array`/`BigUint64Array`; `float16` keeps its raw bits in a `Uint16Array` (use
 * {@link NdArray.toFloat32}); `bool` is one byte per element, 0 or 1.
 * @category Checkpoint
 */
export type NdArrayData =
  | Uint8Array
  | Int8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | BigInt64Array
  | BigUint64Array
  | Float32Array
  | Float64Array;

interface DTypeInfo {
  readonly kind: 'b' | 'i' | 'u' | 'f';
  readonly itemsize: number;
  readonly make: (buffer: ArrayBuffer, length: number) => NdArrayData;
}

const DTYPES: Readonly<Record<NumpyDType, DTypeInfo>> = Object.freeze({
  bool: { kind: 'b', itemsize: 1, make: (b, n) => new Uint8Array(b, 0, n) },
  int8: { kind: 'i', itemsize: 1, make: (b, n) => new Int8Array(b, 0, n) },
  uint8: { kind: 'u', itemsize: 1, make: (b, n) => new Uint8Array(b, 0, n) },
  int16: { kind: 'i', itemsize: 2, make: (b, n) => new Int16Array(b, 0, n) },
  uint16: { kind: 'u', itemsize: 2, make: (b, n) => new Uint16Array(b, 0, n) },
  int32: { kind: 'i', itemsize: 4, make: (b, n) => new Int32Array(b, 0, n) },
  uint32: { kind: 'u', itemsize: 4, make: (b, n) => new Uint32Array(b, 0, n) },
  int64: { kind: 'i', itemsize: 8, make: (b, n) => new BigInt64Array(b, 0, n) },
  uint64: { kind: 'u', itemsize: 8, make: (b, n) => new BigUint64Array(b, 0, n) },
  float16: { kind: 'f', itemsize: 2, make: (b, n) => new Uint16Array(b, 0, n) },
  float32: { kind: 'f', itemsize: 4, make: (b, n) => new Float32Array(b, 0, n) },
  float64: { kind: 'f', itemsize: 8, make: (b, n) => new Float64Array(b, 0, n) },
});

/** Size in bytes of one element of `dtype`. */
export function itemSize(dtype: NumpyDType): number {
  return DTYPES[dtype].itemsize;
}

/**
 * Parses a numpy type string (`'f4'`, `'<i8'`, `'u1'`, `'b1'`, `'?'`) into a dtype and byte order.
 * Returns `null` for anything tfjs-hapi does not handle (objects, strings, structured types).
 */
export function parseDescr(descr: string): { dtype: NumpyDType; bigEndian: boolean } | null {
  const m = /^([<>|=]?)([biuf?])(\d*)$/.exec(descr);
  if (!m) return null;
  const kind = m[2] === '?' ? 'b' : m[2];
  const size = m[3] === '' ? (kind === 'b' ? 1 : NaN) : Number(m[3]);
  for (const [name, info] of Object.entries(DTYPES) as [NumpyDType, DTypeInfo][]) {
    if (info.kind === kind && info.itemsize === size) return { dtype: name, bigEndian: m[1] === '>' };
  }
  return null;
}

/** The numpy type string of `dtype` in little-endian order, as numpy pickles it (`'f4'`, `'i8'`, `'b1'`). */
export function descrOf(dtype: NumpyDType): string {
  const info = DTYPES[dtype];
  return `${info.kind}${info.itemsize}`;
}

/** The byte-order character numpy stores in a dtype's pickled state. */
export function byteOrderOf(dtype: NumpyDType): '<' | '|' {
  return DTYPES[dtype].itemsize === 1 ? '|' : '<';
}

/** The dtype numpy would give a typed array's elements. */
export function dtypeOfTypedArray(data: NdArrayData): NumpyDType {
  if (data instanceof Float32Array) return 'float32';
  if (data instanceof Float64Array) return 'float64';
  if (data instanceof Int32Array) return 'int32';
  if (data instanceof BigInt64Array) return 'int64';
  if (data instanceof BigUint64Array) return 'uint64';
  if (data instanceof Uint8Array) return 'uint8';
  if (data instanceof Int8Array) return 'int8';
  if (data instanceof Int16Array) return 'int16';
  if (data instanceof Uint16Array) return 'uint16';
  if (data instanceof Uint32Array) return 'uint32';
  throw new InvalidArgumentError('data', 'a numeric typed array', data, 'NdArray');
}

/**
 * A numpy array as read from or written to a pickle: a dtype, a shape and its elements in C
 * (row-major) order, little-endian.
 *
 * @example
 * ```ts
 * const w = new NdArray('float32', [2, 3], new Float32Array([1, 2, 3, 4, 5, 6]));
 * const bytes = writePickle({ 'fc.weight': w });   // what Python's numpy unpickles
 * ```
 * @category Checkpoint
 */
export class NdArray {
  readonly dtype: NumpyDType;
  readonly shape: readonly number[];
  readonly data: NdArrayData;

  /**
   * @param dtype - the numpy dtype; `data` must be the typed array {@link NdArrayData} names for it
   * @param shape - dimensions; `[]` is a 0-d array (a numpy scalar)
   * @param data - the elements in row-major order
   * @throws InvalidArgumentError when `data` does not fit `dtype` or `shape`
   */
  constructor(dtype: NumpyDType, shape: readonly number[], data: NdArrayData) {
    if (!(dtype in DTYPES)) throw new InvalidArgumentError('dtype', `one of ${Object.keys(DTYPES).join(', ')}`, dtype, 'NdArray');
    if (!shape.every((d) => Number.isSafeInteger(d) && d >= 0)) {
      throw new InvalidArgumentError('shape', 'non-negative integers', shape, 'NdArray');
    }
    const size = shape.reduce((a, b) => a * b, 1);
    const expected = DTYPES[dtype].make(new ArrayBuffer(0), 0).constructor;
    if (!(data instanceof expected)) {
      throw new InvalidArgumentError('data', `a ${expected.name} for dtype ${dtype}`, data, 'NdArray');
    }
    if (data.length !== size) {
      throw new InvalidArgumentError('data', `${size} elements for shape [${shape.join(', ')}]`, data, 'NdArray');
    }
    this.dtype = dtype;
    this.shape = Object.freeze([...shape]);
    this.data = data;
  }

  /**
   * An array over `data` with the dtype numpy gives its elements (Float32Array → float32,
   * BigInt64Array → int64, Uint8Array → uint8, …): how tensor data become numpy arrays.
   * @example
   * ```ts
   * NdArray.from(await t.data() as Float32Array, t.shape); // float32 array of t's shape
   * ```
   */
  static from(data: NdArrayData, shape: readonly number[]): NdArray {
    return new NdArray(dtypeOfTypedArray(data), shape, data);
  }

  /** Number of elements. */
  get size(): number {
    return this.data.length;
  }

  /**
   * Builds an array from raw little- or big-endian bytes, copying them (so the result is aligned).
   * @throws CorruptFileError when the byte count does not match the shape
   */
  static fromBytes(dtype: NumpyDType, shape: readonly number[], bytes: Uint8Array, bigEndian = false, file = 'pickle'): NdArray {
    const info = DTYPES[dtype];
    const size = shape.reduce((a, b) => a * b, 1);
    if (!Number.isSafeInteger(size) || size * info.itemsize !== bytes.length) {
      throw new CorruptFileError(file, `numpy array of shape [${shape.join(', ')}] and dtype ${dtype} needs ${size * info.itemsize} bytes of data, but the pickle holds ${bytes.length}.`);
    }
    const copy = bytes.slice();
    if (bigEndian && info.itemsize > 1) {
      for (let i = 0; i < copy.length; i += info.itemsize) copy.subarray(i, i + info.itemsize).reverse();
    }
    return new NdArray(dtype, shape, info.make(copy.buffer, size));
  }

  /** The elements as little-endian bytes (a view when possible). */
  bytes(): Uint8Array {
    return new Uint8Array(this.data.buffer, this.data.byteOffset, this.data.byteLength);
  }

  /** The elements as a `Float32Array` (float16 decoded, int64 converted exactly up to 2^24). */
  toFloat32(): Float32Array {
    if (this.data instanceof Float32Array) return this.data;
    if (this.dtype === 'float16') return Float32Array.from(this.data as Uint16Array, halfToFloat);
    const out = new Float32Array(this.size);
    for (let i = 0; i < out.length; i++) out[i] = Number(this.data[i]);
    return out;
  }

  /**
   * The elements as an `Int32Array`, the integer type tfjs tensors hold.
   * @throws CorruptFileError when an element (e.g. of an int64 array) does not fit in 32 bits
   */
  toInt32(name = 'array'): Int32Array {
    if (this.data instanceof Int32Array) return this.data;
    const out = new Int32Array(this.size);
    for (let i = 0; i < out.length; i++) {
      const v = Number(this.data[i]);
      if (!Number.isInteger(v) || v < -2147483648 || v > 2147483647) {
        throw new CorruptFileError(name, `element ${i} (${String(this.data[i])}) of a ${this.dtype} array does not fit in int32.`);
      }
      out[i] = v;
    }
    return out;
  }
}

function halfToFloat(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0) return s * 2 ** -14 * (f / 1024);
  if (e === 31) return f ? NaN : s * Infinity;
  return s * 2 ** (e - 15) * (1 + f / 1024);
}
