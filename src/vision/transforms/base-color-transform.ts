import { InvalidArgumentError } from '../../errors';
import { defaultGenerator, type Generator } from '../../framework/random';
import { BaseTransform } from './base-transform';
import type { ImageInput } from './functional/image-input';

/** The factor one color-transform call uses; `null` leaves the image unchanged. */
/** Options of the single color transforms ({@link BrightnessTransform} …) after `value`. */
export interface ColorTransformOptions {
  /** See {@link BaseTransform}; `'mask'` passes through. @defaultValue `['image']` */
  keys?: readonly string[];
}

/**
 * All of a single color transform's arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: transforms.BrightnessTransform(value=0.4)
 * new paddle.vision.transforms.BrightnessTransform({ value: 0.4 });
 * ```
 */
export interface ColorTransformArgs extends ColorTransformOptions {
  /** How far the factor may move from its neutral value, or a `[min, max]` range. */
  value: number | readonly [number, number];
}

export interface ColorParams {
  factor: number | null;
}

/**
 * Paddle's `_check_input`: a number `v` becomes `[max(0, center - v), center + v]` (or
 * `[center - v, center + v]` without clipping); a pair must lie inside `bound`. A range that is
 * exactly `[center, center]` means "no change" (`null`).
 */
export function colorRange(
  value: unknown,
  name: string,
  where: string,
  center = 1,
  bound: [number, number] = [0, Infinity],
  clipFirstOnZero = true,
): [number, number] | null {
  let range: [number, number];
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (value < 0) throw new InvalidArgumentError(name, 'a non-negative number', value, where);
    range = [center - value, center + value];
    if (clipFirstOnZero) range[0] = Math.max(range[0], 0);
  } else if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number')) {
    if (!(bound[0] <= value[0] && value[0] <= value[1] && value[1] <= bound[1])) {
      throw new InvalidArgumentError(name, `a [min, max] pair within [${bound[0]}, ${bound[1]}]`, value, where);
    }
    range = [value[0], value[1]];
  } else {
    throw new InvalidArgumentError(name, 'a number or a [min, max] pair', value, where);
  }
  return range[0] === center && range[1] === center ? null : range;
}

/**
 * Shared body of the brightness, contrast, saturation and hue transforms: draws one factor per
 * call from {@link BaseColorTransform.value} and passes masks through unchanged.
 *
 * @example
 * ```ts
 * class Gamma extends paddle.vision.transforms.BaseColorTransform {
 *   constructor(v: number) { super([1 - v, 1 + v]); }
 *   protected adjust(img: paddle.vision.HWCImage, g: number) {
 *     return { ...img, data: img.data.map((x) => 255 * (x / 255) ** g) };
 *   }
 * }
 * ```
 * @category Vision
 */
export abstract class BaseColorTransform extends BaseTransform<ColorParams> {
  /** Range the factor is drawn from, or `null` for no change. */
  readonly value: [number, number] | null;

  protected constructor(value: [number, number] | null, keys?: readonly string[]) {
    super(keys);
    this.value = value;
  }

  override getParams(_inputs: unknown, rng: Generator = defaultGenerator()): ColorParams {
    return { factor: this.value ? rng.uniform(this.value[0], this.value[1]) : null };
  }

  protected abstract adjust(img: ImageInput, factor: number): unknown;

  protected applyImage(img: ImageInput, p: ColorParams) {
    return p.factor === null ? img : this.adjust(img, p.factor);
  }

  /** Masks are labels, not colors: they pass through. */
  protected override applyMask(mask: unknown) {
    return mask;
  }
}
