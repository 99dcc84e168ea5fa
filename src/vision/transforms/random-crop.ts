import type { Generator } from '../../framework/random';
import { defaultGenerator } from '../../framework/random';
import { InvalidArgumentError } from '../../errors';
import { BaseTransform, type Boxes, type Coords } from './base-transform';
import { crop } from './functional/crop';
import type { ImageInput } from './functional/image-input';
import { pad, type PaddingMode, parsePadding } from './functional/pad';
import { checkSize } from './functional/resize';
import { mapBoxes, mapCoords } from './geometry';
import { checkPaddingMode } from './pad';
import { defineSignature, resolveArgs } from '../../framework/args';
import { checkBool, checkFill } from './check-args';

/** Options of {@link RandomCrop} after `size`. */
export interface RandomCropOptions {
  /** Padding applied first: an int, `[lr, tb]` or `[l, t, r, b]`. @defaultValue `null` (none) */
  padding?: number | readonly number[] | null;
  /** Pad width and height up to `size` when smaller. @defaultValue `false` */
  padIfNeeded?: boolean;
  /** @defaultValue `0` */
  fill?: number | readonly number[];
  /** @defaultValue `'constant'` */
  paddingMode?: PaddingMode;
  /** See {@link BaseTransform}; supports `'image'`, `'coords'`, `'boxes'`, `'mask'`. @defaultValue `['image']` */
  keys?: readonly string[];
}

/**
 * All of {@link RandomCrop}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.vision.transforms.RandomCrop({ size: 32, padding: 4 }); // Paddle: RandomCrop(size=32, padding=4)
 * ```
 * @category Vision
 */
export interface RandomCropArgs extends RandomCropOptions {
  /** An int for a square, or `[height, width]`. */
  size: number | readonly [number, number];
}

const SIGNATURE = defineSignature('vision.transforms.RandomCrop', ['size', 'padding', 'padIfNeeded', 'fill', 'paddingMode', 'keys'], { required: 1 });

/** What one {@link RandomCrop} call does: padding `[l, t, r, b]`, then the crop's corner. */
export interface RandomCropParams {
  pads: [number, number, number, number];
  top: number;
  left: number;
}

/**
 * Pads (optionally) and crops a random `size` window (Paddle's `RandomCrop`).
 *
 * @example
 * ```ts
 * paddle.seed(0);
 * new paddle.vision.transforms.RandomCrop(32, { padding: 4 }).call(cifarImage); // 32 × 32
 * new paddle.vision.transforms.RandomCrop({ size: 32, padding: 4 }); // Paddle: RandomCrop(size=32, padding=4)
 * ```
 * @category Vision
 */
export class RandomCrop extends BaseTransform<RandomCropParams> {
  /** `[height, width]` of the crop. */
  readonly size: [number, number];
  readonly padding: [number, number, number, number] | null;
  readonly padIfNeeded: boolean;
  readonly fill: number | readonly number[];
  readonly paddingMode: PaddingMode;

  constructor(args: RandomCropArgs);
  constructor(size: number | readonly [number, number], options?: RandomCropOptions);
  constructor(
    size: number | readonly [number, number],
    padding?: number | readonly number[] | null,
    padIfNeeded?: boolean,
    fill?: number | readonly number[],
    paddingMode?: PaddingMode,
    keys?: readonly string[],
  );
  constructor(...args: unknown[]) {
    const o = resolveArgs<RandomCropArgs>(SIGNATURE, args);
    super(o.keys);
    const where = SIGNATURE.where;
    const s = checkSize(o.size, where);
    this.size = typeof s === 'number' ? [s, s] : s;
    this.padding = o.padding == null ? null : parsePadding(o.padding, where);
    this.padIfNeeded = checkBool(o.padIfNeeded ?? false, 'padIfNeeded', where);
    this.fill = checkFill(o.fill ?? 0, where);
    this.paddingMode = checkPaddingMode(o.paddingMode ?? 'constant', where);
  }

  override getParams(inputs: unknown, rng: Generator = defaultGenerator()): RandomCropParams {
    let [h, w] = this.imageOf(inputs).shape;
    const pads: [number, number, number, number] = this.padding ? [...this.padding] : [0, 0, 0, 0];
    w += pads[0] + pads[2];
    h += pads[1] + pads[3];
    const [th, tw] = this.size;
    // Paddle pads the missing width (height) on both sides.
    if (this.padIfNeeded && w < tw) {
      const d = tw - w;
      pads[0] += d;
      pads[2] += d;
      w += 2 * d;
    }
    if (this.padIfNeeded && h < th) {
      const d = th - h;
      pads[1] += d;
      pads[3] += d;
      h += 2 * d;
    }
    if (h < th || w < tw) {
      throw new InvalidArgumentError('size', `at most the (padded) image size ${h} × ${w}, or padIfNeeded: true`, this.size, 'RandomCrop');
    }
    if (w === tw && h === th) return { pads, top: 0, left: 0 };
    return { pads, top: rng.randint(0, h - th + 1), left: rng.randint(0, w - tw + 1) };
  }

  private padCrop(img: ImageInput, p: RandomCropParams, fill: number | readonly number[]) {
    const padded = p.pads.some((v) => v > 0) ? pad(img, p.pads, fill, this.paddingMode) : img;
    const out = crop(padded, p.top, p.left, this.size[0], this.size[1]);
    if (padded !== img && typeof (padded as { dispose?: unknown }).dispose === 'function') (padded as { dispose(): void }).dispose();
    return out;
  }

  protected applyImage(img: ImageInput, p: RandomCropParams) {
    return this.padCrop(img, p, this.fill);
  }

  protected override applyMask(mask: ImageInput, p: RandomCropParams) {
    return this.padCrop(mask, p, 0);
  }

  protected override applyCoords(coords: Coords, p: RandomCropParams): Coords {
    return mapCoords(coords, (x, y) => [x + p.pads[0] - p.left, y + p.pads[1] - p.top]);
  }

  protected override applyBoxes(boxes: Boxes, p: RandomCropParams): Boxes {
    return mapBoxes(boxes, (x, y) => [x + p.pads[0] - p.left, y + p.pads[1] - p.top]);
  }
}
