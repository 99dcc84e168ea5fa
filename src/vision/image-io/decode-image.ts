import { convertIndexedToRgb, decode as decodePng } from 'fast-png';
import * as jpeg from 'jpeg-js';
import { CorruptFileError, InvalidArgumentError } from '../../errors';
import type { HWCImage } from '../../framework/image';
import { checkMode, convertImageMode, type ImageMode } from './convert-mode';
import { decodeTruncatedJpeg } from './decode-truncated-jpeg';

/** Options of {@link decodeImage}. */
export interface DecodeImageOptions {
  /** Layout of the result. @defaultValue `'unchanged'` */
  mode?: ImageMode;
  /** Name of the file, for error messages. @defaultValue `'<image bytes>'` */
  name?: string;
  /**
   * Decode what a damaged file holds instead of failing, as Pillow's `ImageFile.LOAD_TRUNCATED_IMAGES`:
   * a truncated JPEG keeps its decoded rows and is gray (128) from the first damaged 16-row band
   * on (libjpeg keeps the blocks left of the break in that band too); a PNG is
   * read without CRC checks (fast-png cannot continue past missing data, which stays an error).
   * @defaultValue false
   */
  truncated?: boolean;
}

/**
 * The container format of `bytes`, from its signature.
 *
 * @param bytes - the start of a file
 * @returns `'png'`, `'jpeg'`, or `null` for anything else
 * @example
 * ```ts
 * paddle.vision.sniffImageFormat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])); // 'jpeg'
 * ```
 * @category Vision
 */
export function sniffImageFormat(bytes: Uint8Array): 'png' | 'jpeg' | null {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return null;
}

function toBytes(data: unknown, where: string): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new InvalidArgumentError('bytes', 'a Uint8Array, ArrayBuffer or Buffer of a PNG or JPEG file', data, where);
}

/** Number of components in a JPEG's frame header (1 for grayscale), or 0 if not found. */
function jpegComponents(b: Uint8Array): number {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return 0;
    const marker = b[i + 1];
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2;
      continue;
    }
    const len = (b[i + 2] << 8) | b[i + 3];
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return b[i + 9];
    i += 2 + len;
  }
  return 0;
}

function decodeJpeg(bytes: Uint8Array, truncated: boolean): HWCImage {
  const comps = jpegComponents(bytes);
  // tolerantDecoding: false makes a truncated scan an error instead of a gray lower half.
  let out: jpeg.UintArrRet;
  try {
    out = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: false, tolerantDecoding: false });
  } catch (err) {
    if (!truncated) throw err;
    out = decodeTruncatedJpeg(bytes);
  }
  const img: HWCImage = { data: out.data, width: out.width, height: out.height, channels: 3 };
  if (out.data.length !== out.width * out.height * 3) throw new Error(`decoded ${out.data.length} bytes for ${out.width} × ${out.height}`);
  // jpeg-js expands grayscale to R = G = B; keep one channel, as Pillow's mode 'L'.
  return comps === 1 ? convertImageMode(img, 'L') : img;
}

function decodePngBytes(bytes: Uint8Array, truncated: boolean): HWCImage {
  const png = decodePng(bytes, { checkCrc: !truncated });
  const { width, height } = png;
  let channels = png.channels;
  let data: Uint8Array;
  if (png.palette) {
    // Indexed: expand through the palette (with tRNS alpha when present), as Pillow's P → RGB(A).
    channels = png.palette[0]?.length ?? 3;
    data = convertIndexedToRgb(png);
  } else if (png.depth === 16) {
    // 16-bit samples keep their high byte (Pillow does the same for RGB(A); for gray it clips).
    const src = png.data as Uint16Array;
    data = new Uint8Array(src.length);
    for (let i = 0; i < src.length; i++) data[i] = src[i] >>> 8;
  } else if (png.depth < 8) {
    // Gray at 1, 2 or 4 bits is packed per row; unpack and scale to 0..255 as Pillow does.
    const depth = png.depth;
    const mask = (1 << depth) - 1;
    const stride = Math.ceil((width * depth) / 8);
    const src = png.data as Uint8Array;
    data = new Uint8Array(width * height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const bit = x * depth;
        const v = (src[y * stride + (bit >> 3)] >> (8 - depth - (bit & 7))) & mask;
        data[y * width + x] = (v * 255) / mask;
      }
    }
  } else {
    data = png.data instanceof Uint8Array ? png.data : new Uint8Array(png.data);
  }
  if (data.length !== width * height * channels) throw new Error(`decoded ${data.length} samples for ${width} × ${height} × ${channels}`);
  return { data, width, height, channels };
}

/**
 * Decodes a PNG or JPEG file's bytes into an {@link HWCImage} (uint8), in Node and browsers,
 * with `fast-png` and `jpeg-js`. PNG pixels equal Pillow's exactly (16-bit samples are scaled to
 * 8 bits, palette images expanded); JPEG pixels are within a few levels of libjpeg's (see the
 * image-I/O tests for the measured difference).
 *
 * @param bytes - the file's contents
 * @param options - `mode` (layout of the result), `name` (for error messages), `truncated`
 *   (decode damaged files as far as they go)
 * @returns the decoded image
 * @throws CorruptFileError naming the file if it is truncated, malformed, or neither PNG nor JPEG
 * @throws InvalidArgumentError if `bytes` is not binary data or `mode` is unknown
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * const img = paddle.vision.decodeImage(readFileSync('cat.jpg'), { mode: 'RGB', name: 'cat.jpg' });
 * ```
 * @category Vision
 */
export function decodeImage(bytes: Uint8Array | ArrayBuffer, options: DecodeImageOptions = {}): HWCImage {
  const where = 'decodeImage';
  const mode = checkMode(options.mode ?? 'unchanged', where);
  const name = options.name ?? '<image bytes>';
  const b = toBytes(bytes, where);
  const format = sniffImageFormat(b);
  if (!format) {
    const head = Array.from(b.subarray(0, 8), (v) => v.toString(16).padStart(2, '0')).join(' ');
    throw new CorruptFileError(name, b.length === 0 ? 'the file is empty' : `not a PNG or JPEG file (starts with ${head})`);
  }
  let img: HWCImage;
  try {
    const truncated = options.truncated ?? false;
    img = format === 'png' ? decodePngBytes(b, truncated) : decodeJpeg(b, truncated);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    throw new CorruptFileError(name, `cannot decode ${format.toUpperCase()} (truncated or corrupt): ${msg}`, { cause: err });
  }
  return convertImageMode(img, mode);
}
