import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../../errors';
import type { HWCImage } from '../../../framework/image';
import { checkImage, isTensor } from './image-input';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { isHWCImage } from '../../../framework/image';

/** Layout of a tensor image. */
export type DataFormat = 'CHW' | 'HWC';

const INV255 = (() => {
  const t = new Float32Array(256);
  for (let i = 0; i < 256; i++) t[i] = i / 255;
  return t;
})();

/** Checks a `dataFormat` argument. */
export function checkDataFormat(v: unknown, where: string): DataFormat {
  if (v !== 'CHW' && v !== 'HWC') throw new InvalidArgumentError('dataFormat', "'CHW' or 'HWC'", v, where);
  return v;
}

/** The float32 values of an HWCImage in `dataFormat` order, uint8 scaled to [0, 1]. */
export function imageValues(img: HWCImage, dataFormat: DataFormat): Float32Array {
  const { data, width, height, channels: C } = img;
  const out = new Float32Array(data.length);
  const scale = data instanceof Uint8Array;
  if (dataFormat === 'HWC' || C === 1) {
    if (scale) for (let i = 0; i < data.length; i++) out[i] = INV255[data[i]];
    else out.set(data);
    return out;
  }
  const plane = width * height;
  for (let c = 0; c < C; c++) {
    const base = c * plane;
    if (scale) for (let p = 0; p < plane; p++) out[base + p] = INV255[data[p * C + c]];
    else for (let p = 0; p < plane; p++) out[base + p] = data[p * C + c];
  }
  return out;
}

/**
 * All of {@link toTensor}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * paddle.vision.transforms.functional.toTensor({ pic: img, dataFormat: 'HWC' }); // Paddle: F.to_tensor(pic=img, data_format='HWC')
 * ```
 * @category Vision
 */
export interface ToTensorArgs {
  pic: unknown;
  dataFormat?: DataFormat;
}

const TOTENSOR_SIGNATURE = defineSignature('vision.transforms.functional.toTensor', ['pic', 'dataFormat'], { required: 1, records: { pic: isHWCImage } });

/**
 * Converts an image to a float32 tensor (Paddle's `F.to_tensor`): HWC uint8 becomes CHW in
 * [0, 1] (`/ 255`); float images keep their values; a tensor is assumed CHW and is returned as a
 * copy (transposed for `'HWC'`).
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link ToTensorArgs})
 * @defaultValue dataFormat `'CHW'`
 * @returns a new float32 tensor `[C, H, W]` (or `[H, W, C]`) owned by the caller
 * @throws InvalidArgumentError for a bad image or data format
 * @example
 * ```ts
 * const img = { data: new Uint8Array(28 * 28).fill(255), width: 28, height: 28, channels: 1 };
 * paddle.vision.transforms.functional.toTensor(img).shape; // [1, 28, 28], all 1
 * paddle.vision.transforms.functional.toTensor({ pic: img, dataFormat: 'HWC' }); // Paddle: F.to_tensor(pic=img, data_format='HWC')
 * ```
 * @category Vision
 */
export function toTensor(args: ToTensorArgs): tf.Tensor3D;
export function toTensor(pic: unknown, options?: Omit<ToTensorArgs, 'pic'>): tf.Tensor3D;
/**
 * Positional form, in Paddle's order.
 *
 * @param pic - an HWCImage, a CHW tensor or a browser image
 * @param dataFormat - layout of the result
 */
export function toTensor(pic: unknown, dataFormat?: DataFormat): tf.Tensor3D;
export function toTensor(...args: unknown[]): unknown {
  const o = resolveArgs<ToTensorArgs>(TOTENSOR_SIGNATURE, args);
  return toTensorImpl(o.pic, o.dataFormat);
}

function toTensorImpl(pic: unknown, dataFormat: DataFormat = 'CHW'): tf.Tensor3D {
  const fmt = checkDataFormat(dataFormat, TOTENSOR_SIGNATURE.where);
  const img = checkImage(pic, TOTENSOR_SIGNATURE.where);
  if (isTensor(img)) {
    const chw = img.rank === 2 ? tf.expandDims(img, 0) : tf.clone(img);
    if (fmt === 'CHW') return chw as tf.Tensor3D;
    const out = tf.transpose(chw, [1, 2, 0]) as tf.Tensor3D;
    chw.dispose();
    return out;
  }
  const shape: [number, number, number] = fmt === 'CHW' ? [img.channels, img.height, img.width] : [img.height, img.width, img.channels];
  return tf.tensor3d(imageValues(img, fmt), shape, 'float32');
}
