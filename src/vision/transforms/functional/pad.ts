import { InvalidArgumentError } from '../../../errors';
import type { HWCImage } from '../../../framework/image';
import { fillValues, type ImageInput, type ImageOutput, mapImage, newImage } from './image-input';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { isHWCImage } from '../../../framework/image';

/** How {@link pad} fills the border. */
export type PaddingMode = 'constant' | 'edge' | 'reflect' | 'symmetric';

const MODES: readonly PaddingMode[] = ['constant', 'edge', 'reflect', 'symmetric'];

/** `[left, top, right, bottom]` from Paddle's padding argument (an int, `[lr, tb]` or `[l, t, r, b]`). */
export function parsePadding(padding: unknown, where: string): [number, number, number, number] {
  const ok = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
  if (ok(padding)) {
    const p = padding as number;
    return [p, p, p, p];
  }
  if (Array.isArray(padding) && padding.every(ok)) {
    if (padding.length === 2) return [padding[0], padding[1], padding[0], padding[1]];
    if (padding.length === 4) return [padding[0], padding[1], padding[2], padding[3]];
  }
  throw new InvalidArgumentError('padding', 'a non-negative integer or a list of 2 or 4 of them', padding, where);
}

/** Source index for padded position `i` of an axis of length `n` (numpy's `np.pad` modes). */
function sourceIndex(i: number, n: number, mode: PaddingMode): number {
  if (i >= 0 && i < n) return i;
  if (mode === 'edge') return i < 0 ? 0 : n - 1;
  if (mode === 'reflect') {
    if (n === 1) return 0;
    const period = 2 * n - 2;
    const m = ((i % period) + period) % period;
    return m < n ? m : period - m;
  }
  const period = 2 * n;
  const m = ((i % period) + period) % period;
  return m < n ? m : period - 1 - m;
}

/** Pads an HWCImage; `pads` is `[left, top, right, bottom]`. */
export function padHWC(img: HWCImage, pads: readonly number[], fill: readonly number[], mode: PaddingMode): HWCImage {
  const [l, t, r, b] = pads;
  const W = img.width + l + r;
  const H = img.height + t + b;
  const C = img.channels;
  const out = newImage(img, W, H);
  if (mode === 'constant') {
    if (fill.some((v) => v !== 0)) for (let i = 0; i < out.data.length; i += C) for (let c = 0; c < C; c++) out.data[i + c] = fill[c];
    const row = img.width * C;
    for (let y = 0; y < img.height; y++) out.data.set(img.data.subarray(y * row, (y + 1) * row), ((y + t) * W + l) * C);
    return out;
  }
  const xs = new Int32Array(W);
  for (let x = 0; x < W; x++) xs[x] = sourceIndex(x - l, img.width, mode);
  for (let y = 0; y < H; y++) {
    const sy = sourceIndex(y - t, img.height, mode) * img.width;
    for (let x = 0; x < W; x++) {
      const p = (sy + xs[x]) * C;
      const q = (y * W + x) * C;
      for (let c = 0; c < C; c++) out.data[q + c] = img.data[p + c];
    }
  }
  return out;
}

/**
 * All of {@link pad}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: F.pad(img=img, padding=2, padding_mode='reflect')
 * paddle.vision.transforms.functional.pad({ img, padding: 2, paddingMode: 'reflect' });
 * ```
 */
export interface PadArgs<T extends ImageInput = ImageInput> {
  img: T;
  padding: number | readonly number[];
  fill?: number | readonly number[];
  paddingMode?: PaddingMode;
}

const PAD_SIGNATURE = defineSignature('vision.transforms.functional.pad', ['img', 'padding', 'fill', 'paddingMode'], { required: 2, records: { img: isHWCImage } });

/**
 * Pads an image on all sides (Paddle's `F.pad`): `'constant'` fills with `fill`, `'edge'`
 * repeats the border pixel, `'reflect'` mirrors without repeating it (`[3, 2, 1, 2, 3, 4, 3, 2]`),
 * `'symmetric'` mirrors repeating it (`[2, 1, 1, 2, 3, 4, 4, 3]`), like `np.pad`.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link PadArgs})
 * @defaultValue fill `0`, paddingMode `'constant'`
 * @returns the padded image (a new tensor for a tensor)
 * @throws InvalidArgumentError for a bad padding, fill or mode
 * @example
 * ```ts
 * const out = paddle.vision.transforms.functional.pad(img, [2, 1], 0, 'reflect');
 * paddle.vision.transforms.functional.pad(img, { padding: 2, paddingMode: 'edge' }); // Paddle: F.pad(img, padding=2, padding_mode='edge')
 * ```
 * @category Vision
 */
export function pad<T extends ImageInput>(args: PadArgs<T>): ImageOutput<T>;
export function pad<T extends ImageInput>(img: T, args: Omit<PadArgs<T>, 'img'>): ImageOutput<T>;
export function pad<T extends ImageInput>(img: T, padding: number | readonly number[], options?: Omit<PadArgs<T>, 'img' | 'padding'>): ImageOutput<T>;
/**
 * Positional form, in Paddle's order.
 *
 * @param img - an HWCImage, a CHW tensor or a browser image
 * @param padding - an int for all sides, `[leftRight, topBottom]`, or `[left, top, right, bottom]`
 * @param fill - value, or one per channel, for `'constant'`
 * @param paddingMode - how to fill the border
 */
export function pad<T extends ImageInput>(img: T, padding: number | readonly number[], fill?: number | readonly number[], paddingMode?: PaddingMode): ImageOutput<T>;
export function pad(...args: unknown[]): unknown {
  const o = resolveArgs<PadArgs>(PAD_SIGNATURE, args);
  return padImpl(o.img, o.padding, o.fill, o.paddingMode);
}

function padImpl<T extends ImageInput>(
  img: T,
  padding: number | readonly number[],
  fill: number | readonly number[] = 0,
  paddingMode: PaddingMode = 'constant',
): ImageOutput<T> {
  const where = PAD_SIGNATURE.where;
  const pads = parsePadding(padding, where);
  if (!MODES.includes(paddingMode)) throw new InvalidArgumentError('paddingMode', `one of ${MODES.map((m) => `'${m}'`).join(', ')}`, paddingMode, where);
  return mapImage(img, where, (im) => padHWC(im, pads, fillValues(fill, im.channels, where), paddingMode));
}
