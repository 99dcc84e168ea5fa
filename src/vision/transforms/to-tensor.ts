import { BaseTransform } from './base-transform';
import { checkDataFormat, type DataFormat, toTensor } from './functional/to-tensor';
import { trailingArgs } from './trailing-args';

/** Options of {@link ToTensor}. */
export interface ToTensorOptions {
  /** Layout of the output. @defaultValue `'CHW'` */
  dataFormat?: DataFormat;
  /** See {@link BaseTransform}. @defaultValue `['image']` */
  keys?: readonly string[];
}

/**
 * Converts an HWC uint8 image to a float32 CHW tensor in [0, 1] (Paddle's `ToTensor`); float
 * images keep their values; tensors pass through as copies.
 *
 * @example
 * ```ts
 * const img = { data: new Uint8Array(28 * 28), width: 28, height: 28, channels: 1 };
 * new paddle.vision.transforms.ToTensor().call(img).shape; // [1, 28, 28]
 * ```
 * @category Vision
 */
export class ToTensor extends BaseTransform {
  /** Layout of the output tensor. */
  readonly dataFormat: DataFormat;

  constructor(options?: ToTensorOptions);
  constructor(dataFormat?: DataFormat, keys?: readonly string[]);
  constructor(...rest: unknown[]) {
    const o = trailingArgs<ToTensorOptions>(rest, ['dataFormat', 'keys']);
    super(o.keys);
    this.dataFormat = checkDataFormat(o.dataFormat ?? 'CHW', 'ToTensor');
  }

  protected applyImage(img: unknown) {
    return toTensor(img, this.dataFormat);
  }
}
