import { encode as encodePng } from 'fast-png';
import * as jpeg from 'jpeg-js';
import { InvalidArgumentError } from '../../errors';
import type { HWCImage } from '../../framework/image';
import { convertImageMode } from './convert-mode';

/** Options of {@link encodeImage}. */
export interface EncodeImageOptions {
  /** JPEG quality, 1–100. @defaultValue `75` (Pillow's default) */
  quality?: number;
}

/**
 * Encodes a uint8 {@link HWCImage} as a PNG (lossless; 1–4 channels) or JPEG (RGB; gray is
 * expanded, alpha dropped) file.
 *
 * @param img - a uint8 image
 * @param format - `'png'` or `'jpeg'`
 * @param options - `quality` for JPEG
 * @returns the file's bytes
 * @throws InvalidArgumentError for a float image, an unknown format or a quality outside 1–100
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('out.png', paddle.vision.encodeImage(img, 'png'));
 * ```
 * @category Vision
 */
export function encodeImage(img: HWCImage, format: 'png' | 'jpeg', options: EncodeImageOptions = {}): Uint8Array {
  const where = 'encodeImage';
  if (!(img.data instanceof Uint8Array)) throw new InvalidArgumentError('img', 'a uint8 HWCImage (convert float images first)', img.data, where);
  if (format === 'png') {
    return encodePng({ width: img.width, height: img.height, data: img.data, channels: img.channels, depth: 8 });
  }
  if (format !== 'jpeg') throw new InvalidArgumentError('format', "'png' or 'jpeg'", format, where);
  const quality = options.quality ?? 75;
  if (!Number.isInteger(quality) || quality < 1 || quality > 100) throw new InvalidArgumentError('quality', 'an integer in [1, 100]', quality, where);
  const rgba = convertImageMode(img, 'RGBA');
  return new Uint8Array(jpeg.encode({ width: img.width, height: img.height, data: rgba.data }, quality).data);
}
