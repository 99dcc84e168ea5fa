import { InvalidArgumentError } from '../../errors';
import type { HWCImage } from '../../framework/image';

/**
 * Pixel layout to convert a decoded image to, named as Pillow's modes: `'L'` (1 channel), `'RGB'`,
 * `'RGBA'`, or `'unchanged'` (what the file holds: 1 gray, 2 gray+alpha, 3 RGB, 4 RGBA).
 * @category Vision
 */
export type ImageMode = 'unchanged' | 'L' | 'RGB' | 'RGBA';

const MODES: readonly ImageMode[] = ['unchanged', 'L', 'RGB', 'RGBA'];

/** Checks an image mode name. */
export function checkMode(mode: unknown, where: string): ImageMode {
  if (!MODES.includes(mode as ImageMode)) throw new InvalidArgumentError('mode', `one of ${MODES.map((m) => `'${m}'`).join(', ')}`, mode, where);
  return mode as ImageMode;
}

const CHANNELS: Readonly<Record<Exclude<ImageMode, 'unchanged'>, number>> = { L: 1, RGB: 3, RGBA: 4 };

/**
 * Converts a uint8 image between gray, gray+alpha, RGB and RGBA the way Pillow's `convert` does:
 * RGB → L is `(19595 R + 38470 G + 7471 B + 32768) >> 16`, alpha is dropped (not composited),
 * and added alpha is 255.
 *
 * @param img - a uint8 HWCImage with 1 to 4 channels
 * @param mode - the target layout
 * @returns `img` itself when nothing changes, else a new image
 * @throws InvalidArgumentError for an unknown mode or a channel count outside 1–4
 * @example
 * ```ts
 * const rgb = paddle.vision.convertImageMode(grayImage, 'RGB'); // 3 equal channels
 * ```
 * @category Vision
 */
export function convertImageMode(img: HWCImage, mode: ImageMode): HWCImage {
  checkMode(mode, 'convertImageMode');
  const C = img.channels;
  if (C < 1 || C > 4) throw new InvalidArgumentError('img', 'an image with 1 to 4 channels', C, 'convertImageMode');
  if (mode === 'unchanged') return img;
  const target = CHANNELS[mode];
  if (target === C) return img;
  const n = img.width * img.height;
  const s = img.data;
  const out = new Uint8Array(n * target);
  const gray = C <= 2;
  for (let i = 0; i < n; i++) {
    const p = i * C;
    const q = i * target;
    const r = s[p];
    const g = gray ? r : s[p + 1];
    const b = gray ? r : s[p + 2];
    const a = C === 2 ? s[p + 1] : C === 4 ? s[p + 3] : 255;
    if (target === 1) out[q] = gray ? r : (r * 19595 + g * 38470 + b * 7471 + 0x8000) >>> 16;
    else {
      out[q] = r;
      out[q + 1] = g;
      out[q + 2] = b;
      if (target === 4) out[q + 3] = a;
    }
  }
  return { data: out, width: img.width, height: img.height, channels: target };
}
