import { BaseTransform } from './base-transform';
import { checkDataFormat, type DataFormat, toTensor } from './functional/to-tensor';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Options of {@link ToTensor}. */
export interface ToTensorOptions {
  /** Layout of the output. @defaultValue `'CHW'` */
  dataFormat?: DataFormat;
  /** See {@link BaseTransform}. @defaultValue `['image']` */
  keys?: readonly string[];
}

/**
 * All of {@link ToTensor}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.vision.transforms.ToTensor({ dataFormat: 'HWC' }); // Paddle: ToTensor(data_format='HWC')
 * ```
 * @category Vision
 */
export type ToTensorArgs = ToTensorOptions;

const SIGNATURE = defineSignature('vision.transforms.ToTensor', ['dataFormat', 'keys']);

/**
 * Converts an HWC uint8 image to a float32 CHW tensor in [0, 1] (Paddle's `ToTensor`); float
 * images keep their values; tensors pass through as copies.
 *
 * @example
 * ```ts
 * const img = { data: new Uint8Array(28 * 28), width: 28, height: 28, channels: 1 };
 * new paddle.vision.transforms.ToTensor().call(img).shape; // [1, 28, 28]
 * new paddle.vision.transforms.ToTensor({ dataFormat: 'HWC' }); // Paddle: ToTensor(data_format='HWC')
 * ```
 * @category Vision
 */
export class ToTensor extends BaseTransform {
  /** Layout of the output tensor. */
  readonly dataFormat: DataFormat;

  constructor(args?: ToTensorArgs);
  constructor(dataFormat?: DataFormat, keys?: readonly string[]);
  constructor(...args: unknown[]) {
    const o = resolveArgs<ToTensorArgs>(SIGNATURE, args);
    super(o.keys);
    this.dataFormat = checkDataFormat(o.dataFormat ?? 'CHW', SIGNATURE.where);
  }

  protected applyImage(img: unknown) {
    return toTensor(img, this.dataFormat);
  }
}
