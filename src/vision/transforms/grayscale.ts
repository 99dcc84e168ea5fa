import { InvalidArgumentError } from '../../errors';
import { BaseTransform } from './base-transform';
import type { ImageInput } from './functional/image-input';
import { toGrayscale } from './functional/to-grayscale';
import { trailingArgs } from './trailing-args';

/** Options of {@link Grayscale}. */
export interface GrayscaleOptions {
  /** 1, or 3 for `R = G = B`. @defaultValue `1` */
  numOutputChannels?: number;
  /** See {@link BaseTransform}. @defaultValue `['image']` */
  keys?: readonly string[];
}

/**
 * Converts to grayscale (Paddle's `Grayscale`): Pillow's `convert('L')` on uint8 images.
 *
 * @example
 * ```ts
 * new paddle.vision.transforms.Grayscale(3).call(img); // 3 equal channels
 * ```
 * @category Vision
 */
export class Grayscale extends BaseTransform {
  readonly numOutputChannels: number;

  constructor(options?: GrayscaleOptions);
  constructor(numOutputChannels?: number, keys?: readonly string[]);
  constructor(...rest: unknown[]) {
    const o = trailingArgs<GrayscaleOptions>(rest, ['numOutputChannels', 'keys']);
    super(o.keys);
    const n = o.numOutputChannels ?? 1;
    if (n !== 1 && n !== 3) throw new InvalidArgumentError('numOutputChannels', '1 or 3', n, 'Grayscale');
    this.numOutputChannels = n;
  }

  protected applyImage(img: ImageInput) {
    return toGrayscale(img, this.numOutputChannels);
  }
}
