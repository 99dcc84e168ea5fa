import { InvalidArgumentError } from '../../errors';
import { BaseTransform, type Boxes, type Coords } from './base-transform';
import type { ImageInput } from './functional/image-input';
import { pad, type PaddingMode, parsePadding } from './functional/pad';
import { mapBoxes, mapCoords } from './geometry';
import { trailingArgs } from './trailing-args';

/** Options of {@link Pad} after `padding`. */
export interface PadOptions {
  /** Value, or one per channel, for `'constant'`. @defaultValue `0` */
  fill?: number | readonly number[];
  /** @defaultValue `'constant'` */
  paddingMode?: PaddingMode;
  /** See {@link BaseTransform}; supports `'image'`, `'coords'`, `'boxes'`, `'mask'`. @defaultValue `['image']` */
  keys?: readonly string[];
}

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
 * ```
 * @category Vision
 */
export class Pad extends BaseTransform {
  /** `[left, top, right, bottom]`. */
  readonly padding: [number, number, number, number];
  readonly fill: number | readonly number[];
  readonly paddingMode: PaddingMode;

  constructor(padding: number | readonly number[], options?: PadOptions);
  constructor(padding: number | readonly number[], fill?: number | readonly number[], paddingMode?: PaddingMode, keys?: readonly string[]);
  constructor(padding: number | readonly number[], ...rest: unknown[]) {
    const o = trailingArgs<PadOptions>(rest, ['fill', 'paddingMode', 'keys']);
    super(o.keys);
    this.padding = parsePadding(padding, 'Pad');
    this.fill = o.fill ?? 0;
    this.paddingMode = checkPaddingMode(o.paddingMode ?? 'constant', 'Pad');
  }

  protected applyImage(img: ImageInput) {
    return pad(img, this.padding, this.fill, this.paddingMode);
  }

  protected applyMask(mask: ImageInput) {
    return pad(mask, this.padding, 0, this.paddingMode);
  }

  protected applyCoords(coords: Coords): Coords {
    return mapCoords(coords, (x, y) => [x + this.padding[0], y + this.padding[1]]);
  }

  protected applyBoxes(boxes: Boxes): Boxes {
    return mapBoxes(boxes, (x, y) => [x + this.padding[0], y + this.padding[1]]);
  }
}
