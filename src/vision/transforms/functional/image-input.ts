import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../../errors';
import { type HWCImage, isHWCImage } from '../../../framework/image';

/**
 * A browser image source that transforms accept. Each is read once into an RGB {@link HWCImage}
 * (alpha dropped, as Paddle's loaders do with `.convert('RGB')`).
 * @category Vision
 */
export type BrowserImage = ImageData | ImageBitmap | HTMLImageElement | HTMLCanvasElement | OffscreenCanvas;

/**
 * Anything a transform accepts as an image: an {@link HWCImage} (uint8 or float32), a CHW
 * tensor (`[C, H, W]` or `[H, W]`), or a browser image.
 * @category Vision
 */
export type ImageInput = HWCImage | tf.Tensor | BrowserImage;

/** What an image-to-image function returns for input `T`: a tensor for a tensor, else an {@link HWCImage}. */
export type ImageOutput<T> = T extends tf.Tensor ? tf.Tensor : HWCImage;

const EXPECTED = 'an HWCImage ({ data, width, height, channels }), a [C, H, W] tensor, or a browser image';

/** Whether `x` is a tfjs tensor. */
export function isTensor(x: unknown): x is tf.Tensor {
  return x instanceof tf.Tensor;
}

function isInstance(x: unknown, ctorName: string): boolean {
  const ctor = (globalThis as Record<string, unknown>)[ctorName];
  return typeof ctor === 'function' && x instanceof (ctor as new () => unknown);
}

/** Whether `x` is one of the browser image types (feature-detected; always false in Node). */
export function isBrowserImage(x: unknown): x is BrowserImage {
  return ['ImageData', 'ImageBitmap', 'HTMLImageElement', 'HTMLCanvasElement', 'OffscreenCanvas'].some((n) =>
    isInstance(x, n),
  );
}

/** Converts RGBA bytes (ImageData layout) to an RGB {@link HWCImage}. */
export function rgbaToRgb(rgba: ArrayLike<number>, width: number, height: number): HWCImage {
  const n = width * height;
  const data = new Uint8Array(n * 3);
  for (let i = 0, j = 0; i < n; i++, j += 4) {
    data[i * 3] = rgba[j];
    data[i * 3 + 1] = rgba[j + 1];
    data[i * 3 + 2] = rgba[j + 2];
  }
  return { data, width, height, channels: 3 };
}

function browserToHWC(x: BrowserImage): HWCImage {
  if (isInstance(x, 'ImageData')) {
    const d = x as ImageData;
    return rgbaToRgb(d.data, d.width, d.height);
  }
  const src = x as HTMLImageElement | HTMLCanvasElement | ImageBitmap | OffscreenCanvas;
  const width = 'naturalWidth' in src && src.naturalWidth ? src.naturalWidth : src.width;
  const height = 'naturalHeight' in src && src.naturalHeight ? src.naturalHeight : src.height;
  let ctx: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
  if (typeof OffscreenCanvas !== 'undefined') {
    ctx = new OffscreenCanvas(width, height).getContext('2d');
  } else {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    ctx = canvas.getContext('2d');
  }
  if (!ctx) throw new InvalidArgumentError('img', 'a browser image that can be drawn on a 2D canvas', x);
  ctx.drawImage(src as CanvasImageSource, 0, 0);
  return rgbaToRgb(ctx.getImageData(0, 0, width, height).data, width, height);
}

/**
 * Checks that `img` is an image input and returns it as an {@link HWCImage} when it is not a
 * tensor (browser images are read into RGB bytes).
 *
 * @throws InvalidArgumentError if `img` is none of the accepted kinds or its data has the wrong length
 */
export function checkImage(img: unknown, where: string): HWCImage | tf.Tensor {
  if (isTensor(img)) {
    if (img.rank !== 2 && img.rank !== 3) {
      throw new InvalidArgumentError('img', 'a tensor of shape [C, H, W] or [H, W]', img, where);
    }
    return img;
  }
  if (isHWCImage(img)) {
    if (img.data.length !== img.width * img.height * img.channels || img.channels < 1) {
      throw new InvalidArgumentError(
        'img',
        `data of length width * height * channels = ${img.width * img.height * img.channels}`,
        img.data,
        where,
      );
    }
    return img;
  }
  if (isBrowserImage(img)) return browserToHWC(img);
  throw new InvalidArgumentError('img', EXPECTED, img, where);
}

/** `[height, width, channels]` of an image input (CHW for tensors). */
export function imageShape(img: HWCImage | tf.Tensor): [number, number, number] {
  if (isTensor(img)) {
    const s = img.shape as number[];
    return img.rank === 2 ? [s[0], s[1], 1] : [s[1], s[2], s[0]];
  }
  return [img.height, img.width, img.channels];
}

/**
 * Reads a CHW tensor into an {@link HWCImage}: int32 tensors become uint8 images (values clamped
 * to [0, 255], so Pillow's integer arithmetic applies), float tensors float32 images.
 */
export function tensorToImage(t: tf.Tensor): HWCImage {
  const [height, width, channels] = imageShape(t);
  const src = t.dataSync();
  const isInt = t.dtype === 'int32' || t.dtype === 'bool';
  const data = isInt ? new Uint8Array(src.length) : new Float32Array(src.length);
  const plane = height * width;
  for (let c = 0; c < channels; c++) {
    for (let p = 0; p < plane; p++) {
      const v = src[c * plane + p] as number;
      // Uint8Array stores wrap modulo 256; clamp first so 300 reads as 255, not 44.
      data[p * channels + c] = isInt ? (v < 0 ? 0 : v > 255 ? 255 : v) : v;
    }
  }
  return { data, width, height, channels };
}

/** Writes an {@link HWCImage} back into a CHW tensor of `dtype` (rank 2 if `rank2`). */
export function imageToTensor(img: HWCImage, dtype: tf.DataType, rank2 = false): tf.Tensor {
  const { width, height, channels, data } = img;
  const plane = height * width;
  const out = dtype === 'int32' ? new Int32Array(data.length) : new Float32Array(data.length);
  for (let c = 0; c < channels; c++) {
    for (let p = 0; p < plane; p++) out[c * plane + p] = data[p * channels + c];
  }
  if (rank2 && channels === 1) return tf.tensor2d(out, [height, width], dtype === 'int32' ? 'int32' : 'float32');
  return tf.tensor3d(out, [channels, height, width], dtype === 'int32' ? 'int32' : 'float32');
}

/**
 * Runs a pixel function on any image input: HWCImages directly, tensors through a CHW↔HWC copy
 * (the result is a new tensor of the input's dtype; the input is not disposed).
 */
export function mapImage<T>(img: T, where: string, fn: (img: HWCImage) => HWCImage): ImageOutput<T> {
  const checked = checkImage(img, where);
  if (isTensor(checked)) {
    const out = fn(tensorToImage(checked));
    return imageToTensor(out, checked.dtype, checked.rank === 2) as ImageOutput<T>;
  }
  return fn(checked) as ImageOutput<T>;
}

/** An empty image of the same kind (uint8 or float32) as `like`. */
export function newImage(like: HWCImage, width: number, height: number, channels = like.channels): HWCImage {
  const n = width * height * channels;
  const data = like.data instanceof Uint8Array ? new Uint8Array(n) : new Float32Array(n);
  return { data, width, height, channels };
}

/** Per-channel fill values from a number or a per-channel list. */
export function fillValues(fill: number | readonly number[], channels: number, where: string): number[] {
  if (typeof fill === 'number') return new Array<number>(channels).fill(fill);
  if (Array.isArray(fill) && fill.every((v) => typeof v === 'number')) {
    if (fill.length === channels) return [...fill];
    if (fill.length === 1) return new Array<number>(channels).fill(fill[0]);
    // Paddle passes a 3-tuple fill to grayscale images too; Pillow then uses the first value.
    if (channels === 1) return [fill[0]];
  }
  throw new InvalidArgumentError('fill', `a number or a list of ${channels} numbers`, fill, where);
}

/** Python's `round()` (half to even), used where Paddle computes offsets with it. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
