import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../../errors';
import type { HWCImage } from '../../../framework/image';
import { checkImage, imageShape, type ImageInput, type ImageOutput, isTensor } from './image-input';
import { checkDataFormat, type DataFormat } from './to-tensor';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { isHWCImage } from '../../../framework/image';

/** Per-channel float32 values from a number or a list of 1 or `channels` numbers. */
export function perChannel(v: number | readonly number[], channels: number, name: string, where: string): Float32Array {
  const list = typeof v === 'number' ? [v] : v;
  if (!Array.isArray(list) || !list.every((x) => typeof x === 'number' && Number.isFinite(x)) || (list.length !== 1 && list.length !== channels)) {
    throw new InvalidArgumentError(name, `a number or a list of 1 or ${channels} numbers (one per channel)`, v, where);
  }
  return Float32Array.from({ length: channels }, (_, c) => list[list.length === 1 ? 0 : c]);
}

/** `(x - mean) / std` per channel over float32 values, channels-first (planes) or channels-last. */
export function normalizeValues(v: Float32Array, mean: Float32Array, std: Float32Array, channelsFirst: boolean): Float32Array {
  const C = mean.length;
  const out = new Float32Array(v.length);
  const f32 = Math.fround;
  if (channelsFirst) {
    const plane = v.length / C;
    for (let c = 0; c < C; c++) {
      const m = mean[c];
      const s = std[c];
      for (let i = c * plane, end = i + plane; i < end; i++) out[i] = f32(v[i] - m) / s;
    }
  } else {
    for (let i = 0; i < v.length; i += C) for (let c = 0; c < C; c++) out[i + c] = f32(v[i + c] - mean[c]) / std[c];
  }
  return out;
}

/** `(x - mean) / std` per channel on an HWCImage, in float32 like numpy; the result is float32. */
export function normalizeHWC(img: HWCImage, mean: Float32Array, std: Float32Array, toRgb: boolean): HWCImage {
  const { data, channels: C } = img;
  const out = new Float32Array(data.length);
  const f32 = Math.fround;
  for (let p = 0; p < data.length; p += C) {
    for (let c = 0; c < C; c++) {
      const x = data[p + (toRgb ? C - 1 - c : c)];
      out[p + c] = f32(x - mean[c]) / std[c];
    }
  }
  return { data: out, width: img.width, height: img.height, channels: C };
}

/**
 * All of {@link normalize}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * paddle.vision.transforms.functional.normalize({ img, mean: 127.5, std: 127.5, dataFormat: 'HWC' }); // Paddle: F.normalize(img, mean=127.5, std=127.5, data_format='HWC')
 * ```
 * @category Vision
 */
export interface NormalizeArgs<T extends ImageInput = ImageInput> {
  img: T;
  mean: number | readonly number[];
  std: number | readonly number[];
  dataFormat?: DataFormat;
  toRgb?: boolean;
}

const NORMALIZE_SIGNATURE = defineSignature('vision.transforms.functional.normalize', ['img', 'mean', 'std', 'dataFormat', 'toRgb'], { required: 3, records: { img: isHWCImage } });

/**
 * Normalizes an image per channel, `(x - mean) / std` (Paddle's `F.normalize`). Tensors use
 * `dataFormat` to find the channel axis; HWCImages always have channels last, are computed in
 * float32 like numpy and come back as float32 HWCImages — except a one-channel HWCImage with
 * `dataFormat: 'CHW'`, which comes back as a float32 CHW tensor `[1, H, W]`, as numpy's broadcasting
 * of Paddle's 2-D grayscale arrays gives (the Paddle course normalizes MNIST this way, without
 * `ToTensor`). `toRgb` reverses the channel order first (BGR → RGB) and, as in Paddle, is ignored
 * for tensors.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link NormalizeArgs})
 * @defaultValue dataFormat `'CHW'`, toRgb `false`
 * @returns the normalized image (a new float32 tensor for a tensor)
 * @throws InvalidArgumentError if mean/std do not match the channel count
 * @example
 * ```ts
 * const t = paddle.vision.transforms.functional.normalize(tensor, [0.485, 0.456, 0.406], [0.229, 0.224, 0.225]);
 * paddle.vision.transforms.functional.normalize({ img, mean: 127.5, std: 127.5, dataFormat: 'HWC' }); // Paddle: F.normalize(img, mean=127.5, std=127.5, data_format='HWC')
 * ```
 * @category Vision
 */
export function normalize<T extends ImageInput>(args: NormalizeArgs<T>): ImageOutput<T>;
export function normalize<T extends ImageInput>(img: T, args: Omit<NormalizeArgs<T>, 'img'>): ImageOutput<T>;
export function normalize<T extends ImageInput>(img: T, mean: number | readonly number[], std: number | readonly number[], options?: Omit<NormalizeArgs<T>, 'img' | 'mean' | 'std'>): ImageOutput<T>;
/**
 * Positional form, in Paddle's order.
 *
 * @param img - an HWCImage, a tensor or a browser image
 * @param mean - a number, or one per channel
 * @param std - a number, or one per channel
 * @param dataFormat - layout of a tensor input
 * @param toRgb - reverse the channels of an HWCImage before normalizing
 */
export function normalize<T extends ImageInput>(img: T, mean: number | readonly number[], std: number | readonly number[], dataFormat?: DataFormat, toRgb?: boolean): ImageOutput<T>;
export function normalize(...args: unknown[]): unknown {
  const o = resolveArgs<NormalizeArgs>(NORMALIZE_SIGNATURE, args);
  return normalizeImpl(o.img, o.mean, o.std, o.dataFormat, o.toRgb);
}

function normalizeImpl<T extends ImageInput>(
  img: T,
  mean: number | readonly number[],
  std: number | readonly number[],
  dataFormat: DataFormat = 'CHW',
  toRgb = false,
): ImageOutput<T> {
  const where = NORMALIZE_SIGNATURE.where;
  const fmt = checkDataFormat(dataFormat, where);
  const checked = checkImage(img, where);
  if (isTensor(checked)) {
    const dims = checked.shape as number[];
    const C = checked.rank === 2 ? 1 : fmt === 'CHW' ? dims[0] : dims[2];
    const m = perChannel(mean, C, 'mean', where);
    const s = perChannel(std, C, 'std', where);
    const backend = tf.getBackend();
    if ((backend === 'cpu' || backend === 'wasm') && checked.dtype === 'float32') {
      // On CPU backends a typed-array pass beats broadcasting kernels by far (cpu's generic
      // broadcast is ~50x slower); GPU backends keep the data on the device.
      return tf.tensor(normalizeValues(checked.dataSync() as Float32Array, m, s, fmt === 'CHW' || checked.rank === 2), checked.shape, 'float32') as ImageOutput<T>;
    }
    const shape = checked.rank === 2 ? [1, 1] : fmt === 'CHW' ? [C, 1, 1] : [1, 1, C];
    return tf.tidy(() => tf.div(tf.sub(tf.cast(checked, 'float32'), tf.tensor(m, shape)), tf.tensor(s, shape))) as ImageOutput<T>;
  }
  const [H, W, C] = imageShape(checked);
  const out = normalizeHWC(checked, perChannel(mean, C, 'mean', where), perChannel(std, C, 'std', where), toRgb);
  // Paddle's grayscale images are 2-D arrays, and numpy broadcasts them against the CHW-shaped
  // mean into [1, H, W]: `Normalize(..., data_format='CHW')` with no ToTensor (the course's MNIST
  // transform) hands the network CHW images. One channel laid out HWC is the same memory as CHW.
  if (C === 1 && fmt === 'CHW') return tf.tensor3d(out.data as Float32Array, [1, H, W], 'float32') as unknown as ImageOutput<T>;
  return out as ImageOutput<T>;
}
