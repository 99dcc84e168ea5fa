import { CorruptFileError } from '../../errors';
import { NdArray, type NumpyDType, itemSize } from './pickle/ndarray';
import { gunzip, isGzip } from './gzip';

const IDX_TYPES: Readonly<Record<number, NumpyDType>> = { 0x08: 'uint8', 0x09: 'int8', 0x0b: 'int16', 0x0c: 'int32', 0x0d: 'float32', 0x0e: 'float64' };

/**
 * Parses an IDX file (LeCun's format of the MNIST files: magic `0x0000`, a type byte, the number
 * of dimensions, big-endian 32-bit sizes, then big-endian data), gzipped or not.
 *
 * @param bytes - the file's bytes
 * @param file - names the file in error messages
 * @returns the array, in native byte order
 * @throws CorruptFileError for a wrong magic number, an unknown type, or a size that does not
 *   match the data (truncated or padded files)
 * @example
 * ```ts
 * const labels = parseIdx(fs.readFileSync('t10k-labels-idx1-ubyte.gz')); // uint8, shape [10000]
 * ```
 * @category Datasets
 */
export function parseIdx(bytes: Uint8Array, file = 'IDX file'): NdArray {
  const raw = isGzip(bytes) ? gunzip(bytes, { file }) : bytes;
  if (raw.length < 4 || raw[0] !== 0 || raw[1] !== 0) {
    throw new CorruptFileError(file, `not an IDX file: it starts with ${hex(raw.subarray(0, 4))}, expected 00 00 <type> <ndim>.`);
  }
  const dtype = IDX_TYPES[raw[2]];
  if (!dtype) throw new CorruptFileError(file, `unknown IDX element type 0x${raw[2].toString(16)}.`);
  const ndim = raw[3];
  if (ndim === 0) throw new CorruptFileError(file, 'IDX file with 0 dimensions.');
  const headerLen = 4 + 4 * ndim;
  if (raw.length < headerLen) throw new CorruptFileError(file, 'IDX header is truncated.');
  const dv = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const shape = Array.from({ length: ndim }, (_, i) => dv.getUint32(4 + 4 * i, false));
  const size = shape.reduce((a, b) => a * b, 1);
  const need = size * itemSize(dtype);
  const have = raw.length - headerLen;
  if (have !== need) {
    throw new CorruptFileError(file, `IDX header promises shape [${shape.join(', ')}] (${need} bytes of ${dtype}) but ${have} bytes follow${have < need ? ' (truncated)' : ''}.`);
  }
  return NdArray.fromBytes(dtype, shape, raw.subarray(headerLen), true, file);
}

/**
 * Writes an array as an IDX file (uncompressed), the inverse of {@link parseIdx}.
 *
 * @param array - a uint8, int8, int16, int32, float32 or float64 array
 * @returns the file's bytes
 * @throws CorruptFileError for a dtype IDX cannot hold
 * @example
 * ```ts
 * fs.writeFileSync('labels-idx1-ubyte', writeIdx(new NdArray('uint8', [3], new Uint8Array([7, 2, 1]))));
 * ```
 * @category Datasets
 */
export function writeIdx(array: NdArray): Uint8Array {
  const code = Object.entries(IDX_TYPES).find(([, d]) => d === array.dtype)?.[0];
  if (code === undefined) throw new CorruptFileError('IDX', `dtype ${array.dtype} cannot be stored in an IDX file.`);
  const headerLen = 4 + 4 * array.shape.length;
  const out = new Uint8Array(headerLen + array.data.byteLength);
  const dv = new DataView(out.buffer);
  out[2] = Number(code);
  out[3] = array.shape.length;
  array.shape.forEach((d, i) => dv.setUint32(4 + 4 * i, d, false));
  const body = out.subarray(headerLen);
  body.set(array.bytes());
  const k = itemSize(array.dtype);
  if (k > 1) for (let i = 0; i < body.length; i += k) body.subarray(i, i + k).reverse();
  return out;
}

function hex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(' ') || '(nothing)';
}
