import { BaseTransform } from './base-transform';
import { normalize } from './functional/normalize';
import { checkDataFormat, type DataFormat } from './functional/to-tensor';
import type { ImageInput } from './functional/image-input';
import { defineSignature, resolveArgs } from '../../framework/args';
import { checkBool, checkMeanStd } from './check-args';

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
 * All of {@link Normalize}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: Normalize(mean=[127.5] * 3, std=[127.5] * 3, data_format='HWC')
 * new Normalize({ mean: [127.5, 127.5, 127.5], std: [127.5, 127.5, 127.5], dataFormat: 'HWC' });
 * ```
 * @category Vision
 */
export interface NormalizeArgs extends NormalizeOptions {
  /** One value or one per channel. @defaultValue `0` */
  mean?: number | readonly number[];
}

const SIGNATURE = defineSignature('vision.transforms.Normalize', ['mean', 'std', 'dataFormat', 'toRgb', 'keys']);

/**
 * Normalizes per channel, `(x - mean) / std` (Paddle's `Normalize`). A single mean or std value
 * applies to every channel (Paddle turns it into 3 values, which broadcasts a 1-channel image to 3
 * channels; here it stays 1 channel).
 *
 * @example
 * ```ts
 * const { Compose, ToTensor, Normalize } = paddle.vision.transforms;
 * const t = new Compose([new ToTensor(), new Normalize([0.5], [0.5])]); // MNIST to [-1, 1]
 * // Paddle: Normalize(mean=[127.5] * 3, std=[127.5] * 3, data_format='HWC')
 * new Normalize({ mean: [127.5, 127.5, 127.5], std: [127.5, 127.5, 127.5], dataFormat: 'HWC' });
 * ```
 * @category Vision
 */
export class Normalize extends BaseTransform {
  readonly mean: number | readonly number[];
  readonly std: number | readonly number[];
  readonly dataFormat: DataFormat;
  readonly toRgb: boolean;

  /**
   * @throws InvalidArgumentError for a non-finite mean or std, a std of 0, mean and std lists of
   *   different lengths, or a bad dataFormat, toRgb or keys
   */
  constructor(args?: NormalizeArgs);
  constructor(mean?: number | readonly number[], options?: NormalizeOptions);
  constructor(mean: number | readonly number[], std: number | readonly number[], options?: Omit<NormalizeOptions, 'std'>);
  constructor(mean?: number | readonly number[], std?: number | readonly number[], dataFormat?: DataFormat, toRgb?: boolean, keys?: readonly string[]);
  constructor(...args: unknown[]) {
    const o = resolveArgs<NormalizeArgs>(SIGNATURE, args);
    super(o.keys);
    [this.mean, this.std] = checkMeanStd(o.mean ?? 0, o.std ?? 1, SIGNATURE.where);
    this.dataFormat = checkDataFormat(o.dataFormat ?? 'CHW', SIGNATURE.where);
    this.toRgb = checkBool(o.toRgb ?? false, 'toRgb', SIGNATURE.where);
  }

  protected applyImage(img: ImageInput) {
    return normalize(img, this.mean, this.std, this.dataFormat, this.toRgb);
  }
}
