import { InvalidArgumentError } from '../../errors';
import { defaultGenerator, type Generator } from '../../framework/random';
import { BaseTransform, type Boxes, type Coords } from './base-transform';
import { crop } from './functional/crop';
import { type ImageInput, roundHalfEven } from './functional/image-input';
import { checkInterpolation, checkSize, type Interpolation, resize } from './functional/resize';
import { mapBoxes, mapCoords } from './geometry';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Options of {@link RandomResizedCrop} after `size`. */
export interface RandomResizedCropOptions {
  /** Range of the crop's area relative to the image. @defaultValue `[0.08, 1.0]` */
  scale?: readonly [number, number];
  /** Range of the crop's aspect ratio (width / height). @defaultValue `[3/4, 4/3]` */
  ratio?: readonly [number, number];
  /** @defaultValue `'bilinear'` */
  interpolation?: Interpolation;
  /** See {@link BaseTransform}; supports `'image'`, `'coords'`, `'boxes'`, `'mask'`. @defaultValue `['image']` */
  keys?: readonly string[];
}

/**
 * All of {@link RandomResizedCrop}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.vision.transforms.RandomResizedCrop({ size: 224, scale: [0.5, 1] }); // Paddle: RandomResizedCrop(size=224, scale=(0.5, 1.0))
 * ```
 * @category Vision
 */
export interface RandomResizedCropArgs extends RandomResizedCropOptions {
  /** Output size: an int for a square, or `[height, width]`. */
  size: number | readonly [number, number];
}

const SIGNATURE = defineSignature('vision.transforms.RandomResizedCrop', ['size', 'scale', 'ratio', 'interpolation', 'keys'], { required: 1 });

/** The crop box one {@link RandomResizedCrop} call takes, and the source image size. */
export interface RandomResizedCropParams {
  top: number;
  left: number;
  height: number;
  width: number;
}

const ALL: readonly Interpolation[] = ['nearest', 'bilinear', 'bicubic', 'box', 'lanczos', 'hamming'];

function checkRange(v: unknown, name: string): [number, number] {
  if (!Array.isArray(v) || v.length !== 2 || !v.every((x) => typeof x === 'number' && x > 0) || v[0] > v[1]) {
    throw new InvalidArgumentError(name, 'a [min, max] pair of positive numbers with min <= max', v, SIGNATURE.where);
  }
  return [v[0], v[1]];
}

/**
 * Crops a random area and aspect ratio, then resizes to `size` (Paddle's `RandomResizedCrop`):
 * up to 10 tries for a box inside the image, else a centre crop with the ratio clamped.
 *
 * @example
 * ```ts
 * paddle.seed(1);
 * new paddle.vision.transforms.RandomResizedCrop(224).call(img); // 224 × 224
 * new paddle.vision.transforms.RandomResizedCrop({ size: 224, scale: [0.5, 1] }); // Paddle: RandomResizedCrop(size=224, scale=(0.5, 1.0))
 * ```
 * @category Vision
 */
export class RandomResizedCrop extends BaseTransform<RandomResizedCropParams> {
  /** `[height, width]` of the output. */
  readonly size: [number, number];
  readonly scale: [number, number];
  readonly ratio: [number, number];
  readonly interpolation: Interpolation;

  constructor(args: RandomResizedCropArgs);
  constructor(size: number | readonly [number, number], options?: RandomResizedCropOptions);
  constructor(size: number | readonly [number, number], scale?: readonly [number, number], ratio?: readonly [number, number], interpolation?: Interpolation, keys?: readonly string[]);
  constructor(...args: unknown[]) {
    const o = resolveArgs<RandomResizedCropArgs>(SIGNATURE, args);
    super(o.keys);
    const s = checkSize(o.size, SIGNATURE.where);
    this.size = typeof s === 'number' ? [s, s] : s;
    this.scale = checkRange(o.scale ?? [0.08, 1.0], 'scale');
    this.ratio = checkRange(o.ratio ?? [3 / 4, 4 / 3], 'ratio');
    this.interpolation = checkInterpolation(o.interpolation ?? 'bilinear', ALL, SIGNATURE.where);
  }

  override getParams(inputs: unknown, rng: Generator = defaultGenerator()): RandomResizedCropParams {
    const [height, width] = this.imageOf(inputs).shape;
    const area = height * width;
    const logRatio = [Math.log(this.ratio[0]), Math.log(this.ratio[1])];
    for (let attempt = 0; attempt < 10; attempt++) {
      const targetArea = rng.uniform(this.scale[0], this.scale[1]) * area;
      const aspect = Math.exp(rng.uniform(logRatio[0], logRatio[1]));
      const w = roundHalfEven(Math.sqrt(targetArea * aspect));
      const h = roundHalfEven(Math.sqrt(targetArea / aspect));
      if (w > 0 && w <= width && h > 0 && h <= height) {
        return { top: rng.randint(0, height - h + 1), left: rng.randint(0, width - w + 1), height: h, width: w };
      }
    }
    const inRatio = width / height;
    let w = width;
    let h = height;
    if (inRatio < this.ratio[0]) h = roundHalfEven(w / this.ratio[0]);
    else if (inRatio > this.ratio[1]) w = roundHalfEven(h * this.ratio[1]);
    return { top: Math.floor((height - h) / 2), left: Math.floor((width - w) / 2), height: h, width: w };
  }

  private cropResize(img: ImageInput, p: RandomResizedCropParams, interp: Interpolation) {
    const cropped = crop(img, p.top, p.left, p.height, p.width);
    const out = resize(cropped, this.size, interp);
    if (typeof (cropped as { dispose?: unknown }).dispose === 'function') (cropped as { dispose(): void }).dispose();
    return out;
  }

  protected applyImage(img: ImageInput, p: RandomResizedCropParams) {
    return this.cropResize(img, p, this.interpolation);
  }

  protected override applyMask(mask: ImageInput, p: RandomResizedCropParams) {
    return this.cropResize(mask, p, 'nearest');
  }

  private map(p: RandomResizedCropParams) {
    const sx = this.size[1] / p.width;
    const sy = this.size[0] / p.height;
    return (x: number, y: number): [number, number] => [(x - p.left) * sx, (y - p.top) * sy];
  }

  protected override applyCoords(coords: Coords, p: RandomResizedCropParams): Coords {
    return mapCoords(coords, this.map(p));
  }

  protected override applyBoxes(boxes: Boxes, p: RandomResizedCropParams): Boxes {
    return mapBoxes(boxes, this.map(p));
  }
}
