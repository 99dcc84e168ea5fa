import { defaultGenerator, type Generator } from '../../framework/random';
import { BaseTransform, type Boxes, type Coords } from './base-transform';
import { hflip, vflip } from './functional/flip';
import type { ImageInput } from './functional/image-input';
import { mapBoxes, mapCoords } from './geometry';
import { defineSignature, resolveArgs, type Signature } from '../../framework/args';
import { checkProb } from './check-args';

/** Options of the random flips. */
export interface RandomFlipOptions {
  /** Probability of flipping. @defaultValue `0.5` */
  prob?: number;
  /** See {@link BaseTransform}; supports `'image'`, `'coords'`, `'boxes'`, `'mask'`. @defaultValue `['image']` */
  keys?: readonly string[];
}

/**
 * All of a random flip's arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.vision.transforms.RandomHorizontalFlip({ prob: 1 }); // Paddle: RandomHorizontalFlip(prob=1)
 * ```
 * @category Vision
 */
export type RandomFlipArgs = RandomFlipOptions;

const HORIZONTAL = defineSignature('vision.transforms.RandomHorizontalFlip', ['prob', 'keys']);

/** Whether one call flips, and the image size (for coords and boxes). */
export interface FlipParams {
  flip: boolean;
  width: number;
  height: number;
}

/** Shared body of {@link RandomHorizontalFlip} and {@link RandomVerticalFlip}. */
export abstract class RandomFlip extends BaseTransform<FlipParams> {
  /** Probability of flipping. */
  readonly prob: number;
  protected abstract readonly horizontal: boolean;

  /**
   * @param signature - the public flip's signature (its path names the errors)
   * @param args - the arguments given to the public constructor
   */
  constructor(signature: Signature, args: readonly unknown[]) {
    const o = resolveArgs<RandomFlipArgs>(signature, args);
    super(o.keys);
    this.prob = checkProb(o.prob ?? 0.5, 'prob', signature.where);
  }

  override getParams(inputs: unknown, rng: Generator = defaultGenerator()): FlipParams {
    const flip = rng.random() < this.prob;
    if (!this.keys.includes('coords') && !this.keys.includes('boxes')) return { flip, width: 0, height: 0 };
    const [height, width] = this.imageOf(inputs).shape;
    return { flip, width, height };
  }

  protected applyImage(img: ImageInput, p: FlipParams) {
    if (!p.flip) return img;
    return this.horizontal ? hflip(img) : vflip(img);
  }

  protected override applyMask(mask: ImageInput, p: FlipParams) {
    return this.applyImage(mask, p);
  }

  private point(p: FlipParams) {
    return (x: number, y: number): [number, number] => (this.horizontal ? [p.width - x, y] : [x, p.height - y]);
  }

  protected override applyCoords(coords: Coords, p: FlipParams): Coords {
    return p.flip ? mapCoords(coords, this.point(p)) : coords;
  }

  protected override applyBoxes(boxes: Boxes, p: FlipParams): Boxes {
    return p.flip ? mapBoxes(boxes, this.point(p)) : boxes;
  }
}

/**
 * Flips left to right with probability `prob` (Paddle's `RandomHorizontalFlip`). Coords map to
 * `width - x`, as in Paddle's example.
 *
 * @example
 * ```ts
 * paddle.seed(0);
 * new paddle.vision.transforms.RandomHorizontalFlip(0.5).call(img);
 * new paddle.vision.transforms.RandomHorizontalFlip({ prob: 1 }); // Paddle: RandomHorizontalFlip(prob=1)
 * ```
 * @category Vision
 */
export class RandomHorizontalFlip extends RandomFlip {
  protected readonly horizontal = true;

  constructor(args?: RandomFlipArgs);
  constructor(prob?: number, keys?: readonly string[]);
  constructor(...args: unknown[]) {
    super(HORIZONTAL, args);
  }
}
