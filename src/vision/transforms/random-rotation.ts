import { defaultGenerator, type Generator } from '../../framework/random';
import { BaseTransform } from './base-transform';
import { angleRange } from './angle-range';
import { WARP_INTERPOLATIONS } from './functional/affine';
import type { ImageInput } from './functional/image-input';
import { checkInterpolation } from './functional/resize';
import { rotate } from './functional/rotate';
import type { WarpInterpolation } from './functional/warp';
import { defineSignature, resolveArgs } from '../../framework/args';
import { checkBool, checkCenter, checkFill } from './check-args';

/** Options of {@link RandomRotation} after `degrees`. */
export interface RandomRotationOptions {
  /** @defaultValue `'nearest'` */
  interpolation?: WarpInterpolation;
  /** Grow the output to hold the whole rotated image. @defaultValue `false` */
  expand?: boolean;
  /** Centre `[x, y]`; the image centre if omitted. @defaultValue `null` */
  center?: readonly [number, number] | null;
  /** @defaultValue `0` */
  fill?: number | readonly number[];
  /** See {@link BaseTransform}; supports `'image'` and `'mask'`. @defaultValue `['image']` */
  keys?: readonly string[];
}

/**
 * All of {@link RandomRotation}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.vision.transforms.RandomRotation({ degrees: 90, expand: true }); // Paddle: RandomRotation(degrees=90, expand=True)
 * ```
 * @category Vision
 */
export interface RandomRotationArgs extends RandomRotationOptions {
  /** A number `d` (angle in [-d, d]) or a `[min, max]` range, in degrees. */
  degrees: number | readonly [number, number];
}

const SIGNATURE = defineSignature('vision.transforms.RandomRotation', ['degrees', 'interpolation', 'expand', 'center', 'fill', 'keys'], { required: 1 });

/**
 * Rotates by an angle drawn uniformly from `degrees` (Paddle's `RandomRotation`), counter-clockwise,
 * with Pillow's `Image.rotate`. Masks rotate with `'nearest'` and fill 0.
 *
 * @example
 * ```ts
 * paddle.seed(0);
 * new paddle.vision.transforms.RandomRotation(15).call(img); // angle in [-15, 15]
 * new paddle.vision.transforms.RandomRotation({ degrees: 90, expand: true }); // Paddle: RandomRotation(degrees=90, expand=True)
 * ```
 * @category Vision
 */
export class RandomRotation extends BaseTransform<{ angle: number }> {
  readonly degrees: [number, number];
  readonly interpolation: WarpInterpolation;
  readonly expand: boolean;
  readonly center: readonly [number, number] | null;
  readonly fill: number | readonly number[];

  constructor(args: RandomRotationArgs);
  constructor(degrees: number | readonly [number, number], options?: RandomRotationOptions);
  constructor(
    degrees: number | readonly [number, number],
    interpolation?: WarpInterpolation,
    expand?: boolean,
    center?: readonly [number, number] | null,
    fill?: number | readonly number[],
    keys?: readonly string[],
  );
  constructor(...args: unknown[]) {
    const o = resolveArgs<RandomRotationArgs>(SIGNATURE, args);
    super(o.keys);
    const d = angleRange(o.degrees, 'degrees', SIGNATURE.where);
    this.degrees = [d[0], d[1]];
    this.interpolation = checkInterpolation(o.interpolation ?? 'nearest', WARP_INTERPOLATIONS, SIGNATURE.where);
    this.expand = checkBool(o.expand ?? false, 'expand', SIGNATURE.where);
    this.center = checkCenter(o.center, SIGNATURE.where);
    this.fill = checkFill(o.fill ?? 0, SIGNATURE.where);
  }

  override getParams(_inputs: unknown, rng: Generator = defaultGenerator()): { angle: number } {
    return { angle: rng.uniform(this.degrees[0], this.degrees[1]) };
  }

  protected applyImage(img: ImageInput, p: { angle: number }) {
    return rotate(img, p.angle, { interpolation: this.interpolation, expand: this.expand, center: this.center ?? undefined, fill: this.fill });
  }

  protected override applyMask(mask: ImageInput, p: { angle: number }) {
    return rotate(mask, p.angle, { interpolation: 'nearest', expand: this.expand, center: this.center ?? undefined, fill: 0 });
  }
}
