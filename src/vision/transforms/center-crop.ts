import { BaseTransform, type Boxes, type Coords } from './base-transform';
import { centerCropBox, crop } from './functional/crop';
import type { ImageInput } from './functional/image-input';
import { checkSize } from './functional/resize';
import { mapBoxes, mapCoords } from './geometry';
import { defineSignature, resolveArgs } from '../../framework/args';

/** The parameters {@link CenterCrop.getParams} draws: the crop's top-left corner. @category Transforms */
export interface CropParams {
  top: number;
  left: number;
}

/** Options of {@link CenterCrop} after `size`. */
export interface CenterCropOptions {
  /** See {@link BaseTransform}; supports `'image'`, `'coords'`, `'boxes'`, `'mask'`. @defaultValue `['image']` */
  keys?: readonly string[];
}

/**
 * All of {@link CenterCrop}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.vision.transforms.CenterCrop({ size: [200, 100] }); // Paddle: CenterCrop(size=(200, 100))
 * ```
 * @category Vision
 */
export interface CenterCropArgs extends CenterCropOptions {
  /** An int for a square, or `[height, width]`. */
  size: number | readonly [number, number];
}

const SIGNATURE = defineSignature('vision.transforms.CenterCrop', ['size', 'keys'], { required: 1 });

/**
 * Crops the centre `size` of the image (Paddle's `CenterCrop`); an int gives a square.
 * Supports `'image'`, `'coords'`, `'boxes'` and `'mask'` keys.
 *
 * @example
 * ```ts
 * new paddle.vision.transforms.CenterCrop(224).call(img); // 224 × 224
 * new paddle.vision.transforms.CenterCrop({ size: [200, 100] }); // Paddle: CenterCrop(size=(200, 100))
 * ```
 * @category Vision
 */
export class CenterCrop extends BaseTransform<CropParams> {
  /** `[height, width]` of the crop. */
  readonly size: [number, number];

  /** @throws InvalidArgumentError for a bad size or keys */
  constructor(args: CenterCropArgs);
  constructor(size: number | readonly [number, number], options?: CenterCropOptions);
  constructor(size: number | readonly [number, number], keys?: readonly string[]);
  constructor(...args: unknown[]) {
    const o = resolveArgs<CenterCropArgs>(SIGNATURE, args);
    super(o.keys);
    const s = checkSize(o.size, SIGNATURE.where);
    this.size = typeof s === 'number' ? [s, s] : s;
  }

  override getParams(inputs: unknown): CropParams {
    const [h, w] = this.imageOf(inputs).shape;
    const [top, left] = centerCropBox(h, w, this.size[0], this.size[1]);
    return { top, left };
  }

  protected applyImage(img: ImageInput, p: CropParams) {
    return crop(img, p.top, p.left, this.size[0], this.size[1]);
  }

  protected override applyMask(mask: ImageInput, p: CropParams) {
    return crop(mask, p.top, p.left, this.size[0], this.size[1]);
  }

  protected override applyCoords(coords: Coords, p: CropParams): Coords {
    return mapCoords(coords, (x, y) => [x - p.left, y - p.top]);
  }

  protected override applyBoxes(boxes: Boxes, p: CropParams): Boxes {
    return mapBoxes(boxes, (x, y) => [x - p.left, y - p.top]);
  }
}
