import { Gunzip } from 'fflate';
import { CorruptFileError } from '../../errors';

/**
 * Options of {@link gunzip}.
 *
 * @example
 * ```ts
 * const options: paddle.vision.datasets.GunzipOptions = { file: 'labels.gz', maxBytes: 64 * 1024 * 1024 };
 * const raw = paddle.vision.datasets.gunzip(bytes, options);
 * ```
 * @category Datasets
 */
export interface GunzipOptions {
  /** Names the file in error messages. @defaultValue `'gzip data'` */
  file?: string;
  /** Largest decompressed size accepted. @defaultValue 1 GiB */
  maxBytes?: number;
  /**
   * Largest ratio of decompressed to compressed size, checked once the output passes 64 MiB
   * (real dataset files stay far below it; a gzip bomb does not). @defaultValue 200
   */
  maxRatio?: number;
}

const RATIO_FLOOR = 64 * 1024 * 1024;

/**
 * Whether `bytes` start with the gzip magic number (`1f 8b`), so `.gz` and plain files can be
 * told apart whatever their names.
 * @param bytes - the file's bytes (only the first two are read)
 * @returns true for gzip data
 *
 * @example
 * ```ts
 * paddle.vision.datasets.isGzip(Uint8Array.of(0x1f, 0x8b, 8, 0)); // true
 * ```
 * @category Datasets
 */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Decompresses gzip data with fflate, stopping as soon as the output grows past `maxBytes` or
 * an absurd compression ratio (a gzip bomb), instead of filling memory first.
 *
 * @param bytes - gzip data (one or more members)
 * @param options - see {@link GunzipOptions}
 * @returns the decompressed bytes
 * @throws CorruptFileError for data that is not gzip, is truncated, or exceeds the limits
 * @example
 * ```ts
 * const idx = gunzip(fs.readFileSync('train-labels-idx1-ubyte.gz'), { file: 'train-labels-idx1-ubyte.gz' });
 * ```
 * @category Datasets
 */
export function gunzip(bytes: Uint8Array, options: GunzipOptions = {}): Uint8Array {
  const file = options.file ?? 'gzip data';
  const maxBytes = options.maxBytes ?? 2 ** 30;
  const maxRatio = options.maxRatio ?? 200;
  if (!isGzip(bytes)) throw new CorruptFileError(file, 'not gzip data (wrong magic number).');
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const g = new Gunzip((chunk, final) => {
    total += chunk.length;
    if (total > maxBytes) throw new CorruptFileError(file, `decompresses to more than ${maxBytes} bytes; refused.`);
    if (total > RATIO_FLOOR && total > maxRatio * bytes.length) {
      throw new CorruptFileError(file, `decompresses more than ${maxRatio} times its size (${bytes.length} bytes); refused as a gzip bomb.`);
    }
    chunks.push(chunk);
    if (final) ended = true;
  });
  const STEP = 1 << 16;
  try {
    for (let i = 0; i < bytes.length; i += STEP) g.push(bytes.subarray(i, i + STEP), i + STEP >= bytes.length);
  } catch (e) {
    if (e instanceof CorruptFileError) throw e;
    if (/unexpected EOF/i.test((e as Error).message)) throw new CorruptFileError(file, 'gzip data ends early (truncated).');
    throw new CorruptFileError(file, `corrupt gzip data (${(e as Error).message}).`, { cause: e });
  }
  if (!ended) throw new CorruptFileError(file, 'gzip data ends early (truncated).');
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}
