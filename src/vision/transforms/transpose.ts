import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { BaseTransform } from './base-transform';
import { checkImage, isTensor } from './functional/image-input';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Options of {@link Transpose}. */
export interface TransposeOptions {
  /** Axis permutation. @defaultValue `[2, 0, 1]` (HWC → CHW) */
  order?: readonly number[];
  /** See {@link BaseTransform}. @defaultValue `['image']` */
  keys?: readonly string[];
}

/**
 * All of {@link Transpose}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new Transpose({ order: [2, 0, 1] }); // Paddle: Transpose(order=(2, 0, 1))
 * ```
 * @category Vision
 */
export type TransposeArgs = TransposeOptions;

const SIGNATURE = defineSignature('vision.transforms.Transpose', ['order', 'keys']);

/**
 * Permutes the axes of an image without scaling (Paddle's `Transpose`), HWC → CHW by default.
 * An HWCImage becomes a tensor of its HWC array permuted — float32 for float images, int32 for
 * uint8 ones (tfjs has no uint8 tensors); a tensor is permuted as it is.
 *
 * @example
 * ```ts
 * const { Compose, Normalize, Transpose } = paddle.vision.transforms;
 * new Compose([new Normalize(127.5, 127.5, 'HWC'), new Transpose()]).call(img); // float32 [C, H, W]
 * new Transpose({ order: [2, 0, 1] }); // Paddle: Transpose(order=(2, 0, 1))
 * ```
 * @category Vision
 */
export class Transpose extends BaseTransform {
  readonly order: readonly number[];

  constructor(args?: TransposeArgs);
  constructor(order?: readonly number[], keys?: readonly string[]);
  constructor(...args: unknown[]) {
    const o = resolveArgs<TransposeArgs>(SIGNATURE, args);
    super(o.keys);
    const order = o.order ?? [2, 0, 1];
    if (!Array.isArray(order) || order.length !== 3 || [...order].sort().join() !== '0,1,2') {
      throw new InvalidArgumentError('order', 'a permutation of [0, 1, 2]', order, SIGNATURE.where);
    }
    this.order = Object.freeze([...order]);
  }

  protected applyImage(img: unknown): tf.Tensor {
    const checked = checkImage(img, 'Transpose');
    if (isTensor(checked)) return tf.transpose(checked, [...this.order]);
    const { data, height, width, channels } = checked;
    const values = data instanceof Uint8Array ? Int32Array.from(data) : data;
    return tf.tidy(() => tf.transpose(tf.tensor3d(values, [height, width, channels], data instanceof Uint8Array ? 'int32' : 'float32'), [...this.order]));
  }
}
