import { InvalidArgumentError } from '../../errors';
import { BaseTransform } from './base-transform';
import type { ImageInput } from './functional/image-input';
import { toGrayscale } from './functional/to-grayscale';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Options of {@link Grayscale}. */
export interface GrayscaleOptions {
  /** 1, or 3 for `R = G = B`. @defaultValue `1` */
  numOutputChannels?: number;
  /** See {@link BaseTransform}. @defaultValue `['image']` */
  keys?: readonly string[];
}

/**
 * All of {@link Grayscale}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.vision.transforms.Grayscale({ numOutputChannels: 3 }); // Paddle: Grayscale(num_output_channels=3)
 * ```
 * @category Vision
 */
export type GrayscaleArgs = GrayscaleOptions;

const SIGNATURE = defineSignature('vision.transforms.Grayscale', ['numOutputChannels', 'keys']);

/**
 * Converts to grayscale (Paddle's `Grayscale`): Pillow's `convert('L')` on uint8 images.
 *
 * @example
 * ```ts
 * new paddle.vision.transforms.Grayscale(3).call(img); // 3 equal channels
 * new paddle.vision.transforms.Grayscale({ numOutputChannels: 3 }); // Paddle: Grayscale(num_output_channels=3)
 * ```
 * @category Vision
 */
export class Grayscale extends BaseTransform {
  readonly numOutputChannels: number;

  constructor(args?: GrayscaleArgs);
  constructor(numOutputChannels?: number, keys?: readonly string[]);
  constructor(...args: unknown[]) {
    const o = resolveArgs<GrayscaleArgs>(SIGNATURE, args);
    super(o.keys);
    const n = o.numOutputChannels ?? 1;
    if (n !== 1 && n !== 3) throw new InvalidArgumentError('numOutputChannels', '1 or 3', n, SIGNATURE.where);
    this.numOutputChannels = n;
  }

  protected applyImage(img: ImageInput) {
    return toGrayscale(img, this.numOutputChannels);
  }
}
