import { BaseTransform, type Boxes, type Coords } from './base-transform';
import { checkInterpolation, checkSize, type Interpolation, resize, resizeOutputSize } from './functional/resize';
import type { ImageInput } from './functional/image-input';
import { mapBoxes, mapCoords } from './geometry';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Options of {@link Resize} after `size`. */
export interface ResizeOptions {
  /** @defaultValue `'bilinear'` */
  interpolation?: Interpolation;
  /** See {@link BaseTransform}; supports `'image'`, `'coords'`, `'boxes'`, `'mask'`. @defaultValue `['image']` */
  keys?: readonly string[];
}

/**
 * All of {@link Resize}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.vision.transforms.Resize({ size: 256, interpolation: 'bicubic' }); // Paddle: Resize(size=256, interpolation='bicubic')
 * ```
 * @category Vision
 */
export interface ResizeArgs extends ResizeOptions {
  /** `[height, width]`, or an int for the shorter side. */
  size: number | readonly [number, number];
}

const SIGNATURE = defineSignature('vision.transforms.Resize', ['size', 'interpolation', 'keys'], { required: 1 });

/** The parameters {@link Resize.getParams} computes. @category Transforms */
export interface ResizeParams {
  /** Scale factors `[sx, sy]` from input to output, for coords and boxes. */
  scale: [number, number];
}

const ALL: readonly Interpolation[] = ['nearest', 'bilinear', 'bicubic', 'box', 'lanczos', 'hamming'];

/**
 * Resizes to `size` (Paddle's `Resize`): an `[h, w]` pair, or an int for the shorter side.
 * uint8 images match Pillow's `Image.resize` exactly, including its antialiasing when shrinking.
 * Masks are resized with `'nearest'`.
 *
 * @example
 * ```ts
 * new paddle.vision.transforms.Resize(224).call(img);              // shorter side 224
 * new paddle.vision.transforms.Resize([32, 32], 'bicubic').call(img);
 * new paddle.vision.transforms.Resize({ size: 256, interpolation: 'bicubic' }); // Paddle: Resize(size=256, interpolation='bicubic')
 * ```
 * @category Vision
 */
export class Resize extends BaseTransform<ResizeParams> {
  readonly size: number | [number, number];
  readonly interpolation: Interpolation;

  constructor(args: ResizeArgs);
  constructor(size: number | readonly [number, number], options?: ResizeOptions);
  constructor(size: number | readonly [number, number], interpolation?: Interpolation, keys?: readonly string[]);
  constructor(...args: unknown[]) {
    const o = resolveArgs<ResizeArgs>(SIGNATURE, args);
    super(o.keys);
    this.size = checkSize(o.size, SIGNATURE.where);
    this.interpolation = checkInterpolation(o.interpolation ?? 'bilinear', ALL, SIGNATURE.where);
  }

  override getParams(inputs: unknown): ResizeParams {
    if (!this.keys.includes('coords') && !this.keys.includes('boxes')) return { scale: [1, 1] };
    const [h, w] = this.imageOf(inputs).shape;
    const [oh, ow] = resizeOutputSize(h, w, this.size);
    return { scale: [ow / w, oh / h] };
  }

  protected applyImage(img: ImageInput) {
    return resize(img, this.size, this.interpolation);
  }

  protected override applyMask(mask: ImageInput) {
    return resize(mask, this.size, 'nearest');
  }

  protected override applyCoords(coords: Coords, p: ResizeParams): Coords {
    return mapCoords(coords, (x, y) => [x * p.scale[0], y * p.scale[1]]);
  }

  protected override applyBoxes(boxes: Boxes, p: ResizeParams): Boxes {
    return mapBoxes(boxes, (x, y) => [x * p.scale[0], y * p.scale[1]]);
  }
}
