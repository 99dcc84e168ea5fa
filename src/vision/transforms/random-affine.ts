import { InvalidArgumentError } from '../../errors';
import { defaultGenerator, type Generator } from '../../framework/random';
import { BaseTransform } from './base-transform';
import { angleRange } from './angle-range';
import { affine, WARP_INTERPOLATIONS } from './functional/affine';
import type { ImageInput } from './functional/image-input';
import { checkInterpolation } from './functional/resize';
import type { WarpInterpolation } from './functional/warp';
import { defineSignature, resolveArgs } from '../../framework/args';
import { checkCenter, checkFill } from './check-args';

/** Options of {@link RandomAffine} after `degrees`. */
export interface RandomAffineOptions {
  /** Largest translation as fractions `[fx, fy]` of width and height. @defaultValue `null` (none) */
  translate?: readonly [number, number] | null;
  /** Range `[min, max]` of the scale factor. @defaultValue `null` (1) */
  scale?: readonly [number, number] | null;
  /** A number `s` (x shear in [-s, s]), `[min, max]` for x, or `[xmin, xmax, ymin, ymax]`. @defaultValue `null` (none) */
  shear?: number | readonly number[] | null;
  /** @defaultValue `'nearest'` */
  interpolation?: WarpInterpolation;
  /** @defaultValue `0` */
  fill?: number | readonly number[];
  /** Centre `[x, y]`; the image centre if omitted. @defaultValue `null` */
  center?: readonly [number, number] | null;
  /** See {@link BaseTransform}; supports `'image'` and `'mask'`. @defaultValue `['image']` */
  keys?: readonly string[];
}

/**
 * All of {@link RandomAffine}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.vision.transforms.RandomAffine({ degrees: 30, translate: [0.1, 0.2] }); // Paddle: RandomAffine(degrees=30, translate=(0.1, 0.2))
 * ```
 * @category Vision
 */
export interface RandomAffineArgs extends RandomAffineOptions {
  /** A number `d` (angle in [-d, d]) or a `[min, max]` range, in degrees. */
  degrees: number | readonly [number, number];
}

const SIGNATURE = defineSignature('vision.transforms.RandomAffine', ['degrees', 'translate', 'scale', 'shear', 'interpolation', 'fill', 'center', 'keys'], { required: 1 });

/** The transformation one {@link RandomAffine} call applies. */
export interface RandomAffineParams {
  angle: number;
  translate: [number, number];
  scale: number;
  shear: [number, number];
}

function pairIn(v: unknown, name: string, ok: (x: number) => boolean, expected: string): [number, number] {
  if (!Array.isArray(v) || v.length !== 2 || !v.every((x) => typeof x === 'number' && ok(x))) {
    throw new InvalidArgumentError(name, expected, v, SIGNATURE.where);
  }
  return [v[0], v[1]];
}

/**
 * Random rotation, translation, scale and shear about the image centre (Paddle's `RandomAffine`),
 * sampled with Pillow's `Image.transform`. Masks use `'nearest'` and fill 0.
 *
 * @example
 * ```ts
 * paddle.seed(0);
 * new paddle.vision.transforms.RandomAffine(15, { translate: [0.1, 0.1], scale: [0.9, 1.1], shear: 5 }).call(img);
 * new paddle.vision.transforms.RandomAffine({ degrees: 30, translate: [0.1, 0.2] }); // Paddle: RandomAffine(degrees=30, translate=(0.1, 0.2))
 * ```
 * @category Vision
 */
export class RandomAffine extends BaseTransform<RandomAffineParams> {
  readonly degrees: [number, number];
  readonly translate: [number, number] | null;
  readonly scale: [number, number] | null;
  readonly shear: number[] | null;
  readonly interpolation: WarpInterpolation;
  readonly fill: number | readonly number[];
  readonly center: readonly [number, number] | null;

  constructor(args: RandomAffineArgs);
  constructor(degrees: number | readonly [number, number], options?: RandomAffineOptions);
  constructor(
    degrees: number | readonly [number, number],
    translate?: readonly [number, number] | null,
    scale?: readonly [number, number] | null,
    shear?: number | readonly number[] | null,
    interpolation?: WarpInterpolation,
    fill?: number | readonly number[],
    center?: readonly [number, number] | null,
    keys?: readonly string[],
  );
  constructor(...args: unknown[]) {
    const o = resolveArgs<RandomAffineArgs>(SIGNATURE, args);
    super(o.keys);
    const d = angleRange(o.degrees, 'degrees', SIGNATURE.where);
    this.degrees = [d[0], d[1]];
    this.translate = o.translate == null ? null : pairIn(o.translate, 'translate', (x) => x >= 0 && x <= 1, 'a pair of fractions in [0, 1]');
    this.scale = o.scale == null ? null : pairIn(o.scale, 'scale', (x) => x > 0, 'a [min, max] pair of positive numbers');
    this.shear = o.shear == null ? null : angleRange(o.shear, 'shear', SIGNATURE.where, [2, 4]);
    this.interpolation = checkInterpolation(o.interpolation ?? 'nearest', WARP_INTERPOLATIONS, SIGNATURE.where);
    this.fill = checkFill(o.fill ?? 0, SIGNATURE.where);
    this.center = checkCenter(o.center, SIGNATURE.where);
  }

  override getParams(inputs: unknown, rng: Generator = defaultGenerator()): RandomAffineParams {
    const angle = rng.uniform(this.degrees[0], this.degrees[1]);
    let translate: [number, number] = [0, 0];
    if (this.translate) {
      const [h, w] = this.imageOf(inputs).shape;
      const maxDx = this.translate[0] * w;
      const maxDy = this.translate[1] * h;
      translate = [Math.trunc(rng.uniform(-maxDx, maxDx)), Math.trunc(rng.uniform(-maxDy, maxDy))];
    }
    const scale = this.scale ? rng.uniform(this.scale[0], this.scale[1]) : 1;
    const shear: [number, number] = [0, 0];
    if (this.shear) {
      shear[0] = rng.uniform(this.shear[0], this.shear[1]);
      if (this.shear.length === 4) shear[1] = rng.uniform(this.shear[2], this.shear[3]);
    }
    return { angle, translate, scale, shear };
  }

  private run(img: ImageInput, p: RandomAffineParams, interpolation: WarpInterpolation, fill: number | readonly number[]) {
    return affine(img, p.angle, p.translate, p.scale, p.shear, { interpolation, fill, center: this.center ?? undefined });
  }

  protected applyImage(img: ImageInput, p: RandomAffineParams) {
    return this.run(img, p, this.interpolation, this.fill);
  }

  protected override applyMask(mask: ImageInput, p: RandomAffineParams) {
    return this.run(mask, p, 'nearest', 0);
  }
}
