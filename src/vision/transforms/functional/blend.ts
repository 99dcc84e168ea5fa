// Image blending as the two reference implementations do it: Pillow's `Image.blend` (float32
// arithmetic, truncation, clipping only when extrapolating) for uint8 images, and Paddle's tensor
// `_blend_images` (clip to [0, 1]) for float images.
import type { HWCImage } from '../../../framework/image';
import { newImage } from './image-input';

/** `degenerate + factor * (img - degenerate)`, where `degenerate` is one value per channel or an image. */
export function blend(degenerate: HWCImage | readonly number[], img: HWCImage, factor: number): HWCImage {
  const out = newImage(img, img.width, img.height);
  const s = img.data;
  const d = out.data;
  const C = img.channels;
  const perChannel = Array.isArray(degenerate);
  const dc = perChannel ? (degenerate as readonly number[]) : null;
  const di = perChannel ? null : (degenerate as HWCImage).data;
  if (s instanceof Uint8Array) {
    const a = Math.fround(factor);
    // Pillow copies instead of blending at exactly 0 and 1.
    if (a === 1) {
      d.set(s);
      return out;
    }
    const inside = a >= 0 && a <= 1;
    for (let p = 0; p < d.length; p += C) {
      for (let c = 0; c < C; c++) {
        const i = p + c;
        const base = dc ? dc[c] : di![i];
        if (a === 0) {
          d[i] = base;
          continue;
        }
        const v = Math.fround(base + Math.fround(a * (s[i] - base)));
        d[i] = inside ? Math.trunc(v) : v <= 0 ? 0 : v >= 255 ? 255 : Math.trunc(v);
      }
    }
    return out;
  }
  for (let p = 0; p < d.length; p += C) {
    for (let c = 0; c < C; c++) {
      const i = p + c;
      const v = factor * s[i] + (1 - factor) * (dc ? dc[c] : di![i]);
      d[i] = v < 0 ? 0 : v > 1 ? 1 : v;
    }
  }
  return out;
}
