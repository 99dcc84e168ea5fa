// Pillow resamples and warps RGBA / LA images in premultiplied form ('RGBa' / 'La') so that
// transparent pixels do not bleed their color into their neighbours; these are its conversions
// (libImaging/Convert.c rgbA2rgba / rgba2rgbA, MULDIV255 from ImagingUtils.h).
import type { HWCImage } from '../../../framework/image';

function premultiply(img: HWCImage): HWCImage {
  const C = img.channels;
  const s = img.data;
  const d = new Uint8Array(s.length);
  for (let p = 0; p < s.length; p += C) {
    const a = s[p + C - 1];
    for (let c = 0; c < C - 1; c++) {
      const t = s[p + c] * a + 128;
      d[p + c] = ((t >> 8) + t) >> 8;
    }
    d[p + C - 1] = a;
  }
  return { ...img, data: d };
}

function unpremultiply(img: HWCImage): HWCImage {
  const C = img.channels;
  const d = img.data;
  for (let p = 0; p < d.length; p += C) {
    const a = d[p + C - 1];
    if (a === 255 || a === 0) continue;
    for (let c = 0; c < C - 1; c++) {
      const v = Math.trunc((255 * d[p + c]) / a);
      d[p + c] = v > 255 ? 255 : v;
    }
  }
  return img;
}

/** Runs `fn` on the premultiplied image when `img` is uint8 with alpha (2 or 4 channels), as Pillow does. */
export function withPremultipliedAlpha(img: HWCImage, fn: (img: HWCImage) => HWCImage): HWCImage {
  if (!(img.data instanceof Uint8Array) || (img.channels !== 2 && img.channels !== 4)) return fn(img);
  return unpremultiply(fn(premultiply(img)));
}
