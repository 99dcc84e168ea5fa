import { InvalidArgumentError } from '../../errors';
import { BaseTransform, type Boxes, type Coords } from './base-transform';
import type { ImageInput } from './functional/image-input';
import { pad, type PaddingMode, parsePadding } from './functional/pad';
import { mapBoxes, mapCoords } from './geometry';
import { defineSignature, resolveArgs } from '../../framework/args';
import { checkFill } from './check-args';

/** Options of {@link Pad} after `padding`. */
export interface PadOptions {
  /** Value, or one per channel, for `'constant'`. @defaultValue `0` */
  fill?: number | readonly number[];
  /** @defaultValue `'constant'` */
  paddingMode?: PaddingMode;
  /** See {@link BaseTransform}; supports `'image'`, `'coords'`, `'boxes'`, `'mask'`. @defaultValue `['image']` */
  keys?: readonly string[];
}

/**
 * All of {@link Pad}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.vision.transforms.Pad({ padding: 2, paddingMode: 'edge' }); // Paddle: Pad(padding=2, padding_mode='edge')
 * ```
 * @category Vision
 */
export interface PadArgs extends PadOptions {
  /** An int for every side, `[left/right, top/bottom]` or `[left, top, right, bottom]`. */
  padding: number | readonly number[];
}

const SIGNATURE = defineSignature('vision.transforms.Pad', ['padding', 'fill', 'paddingMode', 'keys'], { required: 1 });

const MODES: readonly PaddingMode[] = ['constant', 'edge', 'reflect', 'symmetric'];

/** Checks a padding mode name. */
export function checkPaddingMode(mode: unknown, where: string): PaddingMode {
  if (!MODES.includes(mode as PaddingMode)) throw new InvalidArgumentError('paddingMode', `one of ${MODES.map((m) => `'${m}'`).join(', ')}`, mode, where);
  return mode as PaddingMode;
}

/**
 * Pads every side (Paddle's `Pad`); see `transforms.functional.pad` for the modes. A plain number
 * `fill` fills every channel (Pillow, which Paddle calls, would fill only the red channel of an
 * RGB image). Masks are padded with 0 in `'constant'` mode.
 *
 * @example
 * ```ts
 * new paddle.vision.transforms.Pad([4, 2], 0, 'reflect').call(img); // 8 wider, 4 taller
 * new paddle.vision.transforms.Pad({ padding: 2, paddingMode: 'edge' }); // Paddle: Pad(padding=2, padding_mode='edge')
 * ```
 * @category Vision
 */
export class Pad extends BaseTransform {
  /** `[left, top, right, bottom]`. */
  readonly padding: [number, number, number, number];
  readonly fill: number | readonly number[];
  readonly paddingMode: PaddingMode;

  constructor(args: PadArgs);
  constructor(padding: number | readonly number[], options?: PadOptions);
  constructor(padding: number | readonly number[], fill?: number | readonly number[], paddingMode?: PaddingMode, keys?: readonly string[]);
  constructor(...args: unknown[]) {
    const o = resolveArgs<PadArgs>(SIGNATURE, args);
    super(o.keys);
    this.padding = parsePadding(o.padding, SIGNATURE.where);
    this.fill = checkFill(o.fill ?? 0, SIGNATURE.where);
    this.paddingMode = checkPaddingMode(o.paddingMode ?? 'constant', SIGNATURE.where);
  }

  protected applyImage(img: ImageInput) {
    return pad(img, this.padding, this.fill, this.paddingMode);
  }

  protected override applyMask(mask: ImageInput) {
    return pad(mask, this.padding, 0, this.paddingMode);
  }

  protected override applyCoords(coords: Coords): Coords {
    return mapCoords(coords, (x, y) => [x + this.padding[0], y + this.padding[1]]);
  }

  protected override applyBoxes(boxes: Boxes): Boxes {
    return mapBoxes(boxes, (x, y) => [x + this.padding[0], y + this.padding[1]]);
  }
}
