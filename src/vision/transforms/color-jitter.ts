import { defaultGenerator, type Generator } from '../../framework/random';
import { BaseTransform } from './base-transform';
import { colorRange } from './base-color-transform';
import { adjustBrightness } from './functional/adjust-brightness';
import { adjustContrast } from './functional/adjust-contrast';
import { adjustHue } from './functional/adjust-hue';
import { adjustSaturation } from './functional/adjust-saturation';
import type { ImageInput } from './functional/image-input';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Options of {@link ColorJitter}. Each is how far the factor may move (or a `[min, max]` range); 0 disables it. */
export interface ColorJitterOptions {
  /** @defaultValue `0` */
  brightness?: number | readonly [number, number];
  /** @defaultValue `0` */
  contrast?: number | readonly [number, number];
  /** @defaultValue `0` */
  saturation?: number | readonly [number, number];
  /** At most 0.5. @defaultValue `0` */
  hue?: number | readonly [number, number];
  /** See {@link BaseTransform}; `'mask'` passes through. @defaultValue `['image']` */
  keys?: readonly string[];
}

/**
 * All of {@link ColorJitter}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.vision.transforms.ColorJitter({ brightness: 0.4, hue: 0.1 }); // Paddle: ColorJitter(brightness=0.4, hue=0.1)
 * ```
 * @category Vision
 */
export type ColorJitterArgs = ColorJitterOptions;

const SIGNATURE = defineSignature('vision.transforms.ColorJitter', ['brightness', 'contrast', 'saturation', 'hue', 'keys']);

type Adjust = (img: ImageInput, factor: number) => unknown;

/** The adjustments of one {@link ColorJitter} call, in the order they run. */
export interface ColorJitterParams {
  steps: { name: 'brightness' | 'contrast' | 'saturation' | 'hue'; factor: number }[];
}

/**
 * Randomly changes brightness, contrast, saturation and hue, in a random order (Paddle's
 * `ColorJitter`).
 *
 * @example
 * ```ts
 * paddle.seed(0);
 * new paddle.vision.transforms.ColorJitter(0.4, 0.4, 0.4, 0.1).call(img);
 * new paddle.vision.transforms.ColorJitter({ brightness: 0.4, hue: 0.1 }); // Paddle: ColorJitter(brightness=0.4, hue=0.1)
 * ```
 * @category Vision
 */
export class ColorJitter extends BaseTransform<ColorJitterParams> {
  private readonly ranges: { name: ColorJitterParams['steps'][number]['name']; range: [number, number] | null }[];

  constructor(args?: ColorJitterArgs);
  constructor(
    brightness?: number | readonly [number, number],
    contrast?: number | readonly [number, number],
    saturation?: number | readonly [number, number],
    hue?: number | readonly [number, number],
    keys?: readonly string[],
  );
  constructor(...args: unknown[]) {
    const o = resolveArgs<ColorJitterArgs>(SIGNATURE, args);
    super(o.keys);
    this.ranges = [
      { name: 'brightness', range: colorRange(o.brightness ?? 0, 'brightness', SIGNATURE.where) },
      { name: 'contrast', range: colorRange(o.contrast ?? 0, 'contrast', SIGNATURE.where) },
      { name: 'saturation', range: colorRange(o.saturation ?? 0, 'saturation', SIGNATURE.where) },
      { name: 'hue', range: colorRange(o.hue ?? 0, 'hue', SIGNATURE.where, 0, [-0.5, 0.5], false) },
    ];
  }

  override getParams(_inputs: unknown, rng: Generator = defaultGenerator()): ColorJitterParams {
    const order = rng.permutation(this.ranges.length);
    const steps: ColorJitterParams['steps'] = [];
    for (const i of order) {
      const { name, range } = this.ranges[i];
      if (range) steps.push({ name, factor: rng.uniform(range[0], range[1]) });
    }
    return { steps };
  }

  protected applyImage(img: ImageInput, p: ColorJitterParams) {
    const fns: Record<ColorJitterParams['steps'][number]['name'], Adjust> = {
      brightness: adjustBrightness,
      contrast: adjustContrast,
      saturation: adjustSaturation,
      hue: adjustHue,
    };
    let cur: unknown = img;
    for (const s of p.steps) {
      const next = fns[s.name](cur as ImageInput, s.factor);
      if (cur !== img && typeof (cur as { dispose?: unknown }).dispose === 'function') (cur as { dispose(): void }).dispose();
      cur = next;
    }
    return cur;
  }

  protected override applyMask(mask: unknown) {
    return mask;
  }
}
