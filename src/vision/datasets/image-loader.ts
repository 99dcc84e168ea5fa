import { decode as decodePng, convertIndexedToRgb } from 'fast-png';
import { decode as decodeJpeg } from 'jpeg-js';
import { CorruptFileError, UnsupportedError } from '../../errors';
import type { HWCImage } from '../image';
import { node } from './runtime';

/**
 * Decodes a PNG or JPEG file to an RGB `uint8` {@link HWCImage} — what Paddle's default loader
 * (`pil_loader`: `Image.open(path).convert('RGB')`) gives: grey is replicated, alpha dropped.
 */
export function decodeToRgb(bytes: Uint8Array, file: string): HWCImage {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return pngToRgb(bytes, file);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    try {
      const img = decodeJpeg(bytes, { useTArray: true, formatAsRGBA: false, maxMemoryUsageInMB: 1024 });
      return { data: img.data, width: img.width, height: img.height, channels: 3 };
    } catch (e) {
      throw new CorruptFileError(file, `cannot decode JPEG (${(e as Error).message}).`, { cause: e });
    }
  }
  throw new CorruptFileError(file, 'not a PNG or JPEG file; pass a `loader` that decodes this format.');
}

function pngToRgb(bytes: Uint8Array, file: string): HWCImage {
  let png;
  try {
    png = decodePng(bytes);
  } catch (e) {
    throw new CorruptFileError(file, `cannot decode PNG (${(e as Error).message}).`, { cause: e });
  }
  const { width, height } = png;
  let src: ArrayLike<number> = png.data;
  let channels = png.channels;
  let max = 2 ** png.depth - 1;
  if (png.palette) {
    src = convertIndexedToRgb(png);
    channels = png.palette[0].length;
    max = 255;
  }
  const out = new Uint8Array(width * height * 3);
  const colour = channels >= 3;
  for (let p = 0; p < width * height; p++) {
    for (let c = 0; c < 3; c++) {
      const v = src[p * channels + (colour ? c : 0)];
      out[p * 3 + c] = max === 255 ? v : Math.round((v * 255) / max);
    }
  }
  return { data: out, width, height, channels: 3 };
}

/**
 * Paddle's default folder loader: reads an image file (Node) and decodes it to RGB.
 * @throws CorruptFileError for a file that is not a decodable PNG/JPEG
 */
export function defaultLoader(path: string): HWCImage {
  const n = node();
  if (!n) throw new UnsupportedError('DatasetFolder reads files from disk, which needs Node.');
  return decodeToRgb(new Uint8Array(n.fs.readFileSync(path)), path);
}
