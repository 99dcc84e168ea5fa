import { defaultGenerator, type Generator } from '../../framework/random';
import { BaseTransform } from './base-transform';
import { WARP_INTERPOLATIONS } from './functional/affine';
import type { ImageInput } from './functional/image-input';
import { perspective } from './functional/perspective';
import { checkInterpolation } from './functional/resize';
import type { WarpInterpolation } from './functional/warp';
import { defineSignature, resolveArgs } from '../../framework/args';
import { checkFill, checkProb } from './check-args';

/** Options of {@link RandomPerspective}. */
export interface RandomPerspectiveOptions {
  /** Probability of transforming. @defaultValue `0.5` */
  prob?: number;
  /** How far corners may move, as a fraction of half the size, in [0, 1]. @defaultValue `0.5` */
  distortionScale?: number;
  /** @defaultValue `'nearest'` */
  interpolation?: WarpInterpolation;
  /** @defaultValue `0` */
  fill?: number | readonly number[];
  /** See {@link BaseTransform}; supports `'image'` and `'mask'`. @defaultValue `['image']` */
  keys?: readonly string[];
}

/**
 * All of {@link RandomPerspective}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.vision.transforms.RandomPerspective({ prob: 1, distortionScale: 0.3 }); // Paddle: RandomPerspective(prob=1.0, distortion_scale=0.3)
 * ```
 * @category Vision
 */
export type RandomPerspectiveArgs = RandomPerspectiveOptions;

const SIGNATURE = defineSignature('vision.transforms.RandomPerspective', ['prob', 'distortionScale', 'interpolation', 'fill', 'keys']);

/** The corners one {@link RandomPerspective} call maps, or `null` when it leaves the image alone. */
export interface RandomPerspectiveParams {
  points: { startpoints: [number, number][]; endpoints: [number, number][] } | null;
}

/**
 * With probability `prob`, moves each corner inwards by a random amount and warps the image to
 * match (Paddle's `RandomPerspective`). Masks use `'nearest'` and fill 0.
 *
 * @example
 * ```ts
 * paddle.seed(0);
 * new paddle.vision.transforms.RandomPerspective(1.0, 0.3).call(img);
 * new paddle.vision.transforms.RandomPerspective({ prob: 1, distortionScale: 0.3 }); // Paddle: RandomPerspective(prob=1.0, distortion_scale=0.3)
 * ```
 * @category Vision
 */
export class RandomPerspective extends BaseTransform<RandomPerspectiveParams> {
  readonly prob: number;
  readonly distortionScale: number;
  readonly interpolation: WarpInterpolation;
  readonly fill: number | readonly number[];

  constructor(args?: RandomPerspectiveArgs);
  constructor(prob?: number, distortionScale?: number, interpolation?: WarpInterpolation, fill?: number | readonly number[], keys?: readonly string[]);
  constructor(...args: unknown[]) {
    const o = resolveArgs<RandomPerspectiveArgs>(SIGNATURE, args);
    super(o.keys);
    this.prob = checkProb(o.prob ?? 0.5, 'prob', SIGNATURE.where);
    this.distortionScale = checkProb(o.distortionScale ?? 0.5, 'distortionScale', SIGNATURE.where);
    this.interpolation = checkInterpolation(o.interpolation ?? 'nearest', WARP_INTERPOLATIONS, SIGNATURE.where);
    this.fill = checkFill(o.fill ?? 0, SIGNATURE.where);
  }

  override getParams(inputs: unknown, rng: Generator = defaultGenerator()): RandomPerspectiveParams {
    const [height, width] = this.imageOf(inputs).shape;
    if (!(rng.random() < this.prob)) return { points: null };
    const hh = Math.floor(height / 2);
    const hw = Math.floor(width / 2);
    const dx = Math.trunc(this.distortionScale * hw);
    const dy = Math.trunc(this.distortionScale * hh);
    const u = (a: number, b: number) => Math.trunc(rng.uniform(a, b));
    const topleft: [number, number] = [u(0, dx + 1), u(0, dy + 1)];
    const topright: [number, number] = [u(width - dx - 1, width), u(0, dy + 1)];
    const botright: [number, number] = [u(width - dx - 1, width), u(height - dy - 1, height)];
    const botleft: [number, number] = [u(0, dx + 1), u(height - dy - 1, height)];
    return {
      points: {
        startpoints: [[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]],
        endpoints: [topleft, topright, botright, botleft],
      },
    };
  }

  protected applyImage(img: ImageInput, p: RandomPerspectiveParams) {
    if (!p.points) return img;
    return perspective(img, p.points.startpoints, p.points.endpoints, this.interpolation, this.fill);
  }

  protected override applyMask(mask: ImageInput, p: RandomPerspectiveParams) {
    if (!p.points) return mask;
    return perspective(mask, p.points.startpoints, p.points.endpoints, 'nearest', 0);
  }
}
