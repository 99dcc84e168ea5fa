import { BaseTransform } from './base-transform';
import { normalize } from './functional/normalize';
import { checkDataFormat, type DataFormat } from './functional/to-tensor';
import type { ImageInput } from './functional/image-input';
import { trailingArgs } from './trailing-args';

/** Options of {@link Normalize} after `mean`. */
export interface NormalizeOptions {
  /** One value or one per channel. @defaultValue `1` */
  std?: number | readonly number[];
  /** Layout of a tensor input (HWCImages are always channels-last). @defaultValue `'CHW'` */
  dataFormat?: DataFormat;
  /** Reverse the channels of an HWCImage (BGR → RGB) first; ignored for tensors, as in Paddle. @defaultValue `false` */
  toRgb?: boolean;
  /** See {@link BaseTransform}. @defaultValue `['image']` */
  keys?: readonly string[];
}

/**
 * Normalizes per channel, `(x - mean) / std` (Paddle's `Normalize`). A single mean or std value
 * applies to every channel (Paddle turns it into 3 values, which broadcasts a 1-channel image to 3
 * channels; here it stays 1 channel).
 *
 * @example
 * ```ts
 * const { Compose, ToTensor, Normalize } = paddle.vision.transforms;
 * const t = new Compose([new ToTensor(), new Normalize([0.5], [0.5])]); // MNIST to [-1, 1]
 * ```
 * @category Vision
 */
export class Normalize extends BaseTransform {
  readonly mean: number | readonly number[];
  readonly std: number | readonly number[];
  readonly dataFormat: DataFormat;
  readonly toRgb: boolean;

  constructor(mean?: number | readonly number[], options?: NormalizeOptions);
  constructor(mean: number | readonly number[], std: number | readonly number[], options?: Omit<NormalizeOptions, 'std'>);
  constructor(mean?: number | readonly number[], std?: number | readonly number[], dataFormat?: DataFormat, toRgb?: boolean, keys?: readonly string[]);
  constructor(mean: number | readonly number[] = 0, ...rest: unknown[]) {
    const o = trailingArgs<NormalizeOptions>(rest, ['std', 'dataFormat', 'toRgb', 'keys']);
    super(o.keys);
    this.mean = mean;
    this.std = o.std ?? 1;
    this.dataFormat = checkDataFormat(o.dataFormat ?? 'CHW', 'Normalize');
    this.toRgb = o.toRgb ?? false;
  }

  protected applyImage(img: ImageInput) {
    return normalize(img, this.mean, this.std, this.dataFormat, this.toRgb);
  }
}
