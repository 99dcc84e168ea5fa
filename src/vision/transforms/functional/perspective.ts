import { InvalidArgumentError } from '../../../errors';
import { WARP_INTERPOLATIONS } from './affine';
import { checkInterpolation } from './resize';
import { checkImage, fillValues, imageShape, type ImageInput, type ImageOutput, mapImage } from './image-input';
import { warp, type WarpInterpolation } from './warp';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { isHWCImage } from '../../../framework/image';

/** Four corners `[top-left, top-right, bottom-right, bottom-left]`, each `[x, y]`. */
export type Corners = readonly (readonly [number, number])[];

/** Solves the square system `a x = b` by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let piv = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[piv][col])) piv = r;
    if (m[piv][col] === 0) throw new InvalidArgumentError('endpoints', 'four points in general position (no three collinear)', 'a degenerate quadrilateral', 'perspective');
    [m[col], m[piv]] = [m[piv], m[col]];
    for (let r = col + 1; r < n; r++) {
      const f = m[r][col] / m[col][col];
      for (let c = col; c <= n; c++) m[r][c] -= f * m[col][c];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let c = r + 1; c < n; c++) s -= m[r][c] * x[c];
    x[r] = s / m[r][r];
  }
  return x;
}

/**
 * Coefficients `(a, b, c, d, e, f, g, h)` of the perspective map taking `endpoints` back to
 * `startpoints`, as Paddle's `_get_perspective_coeffs` (which solves the same 8×8 system).
 *
 * @param startpoints - four `[x, y]` corners in the input
 * @param endpoints - where they land in the output
 * @returns 8 coefficients for Pillow's `PERSPECTIVE` transform
 * @throws InvalidArgumentError for a degenerate quadrilateral
 * @example
 * ```ts
 * const c = paddle.vision.transforms.functional.getPerspectiveCoeffs(
 *   [[0, 0], [9, 0], [9, 9], [0, 9]], [[1, 0], [9, 1], [8, 9], [0, 8]]);
 * ```
 * @category Vision
 */
export function getPerspectiveCoeffs(startpoints: Corners, endpoints: Corners): number[] {
  const a: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = endpoints[i];
    const [u, v] = startpoints[i];
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y]);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y]);
    b.push(u, v);
  }
  return solve(a, b);
}

function checkCorners(p: unknown, name: string): Corners {
  const ok =
    Array.isArray(p) &&
    p.length === 4 &&
    p.every((q) => Array.isArray(q) && q.length === 2 && q.every((v) => typeof v === 'number' && Number.isFinite(v)));
  if (!ok) throw new InvalidArgumentError(name, 'four [x, y] points', p, 'perspective');
  return p as Corners;
}

/**
 * All of {@link perspective}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: F.perspective(img=img, startpoints=start, endpoints=end)
 * paddle.vision.transforms.functional.perspective({ img, startpoints: start, endpoints: end });
 * ```
 */
export interface PerspectiveArgs<T extends ImageInput = ImageInput> {
  img: T;
  startpoints: Corners;
  endpoints: Corners;
  interpolation?: WarpInterpolation;
  fill?: number | readonly number[];
}

const PERSPECTIVE_SIGNATURE = defineSignature('vision.transforms.functional.perspective', ['img', 'startpoints', 'endpoints', 'interpolation', 'fill'], { required: 3, records: { img: isHWCImage } });

/**
 * Applies a perspective transformation (Paddle's `F.perspective` with the PIL backend): the
 * quadrilateral `startpoints` of the input lands on `endpoints` in the output.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link PerspectiveArgs})
 * @defaultValue interpolation `'nearest'`, fill `0`
 * @returns the transformed image, same size (a new tensor for a tensor)
 * @throws InvalidArgumentError for malformed or degenerate corner lists
 * @example
 * ```ts
 * const out = paddle.vision.transforms.functional.perspective(
 *   img, [[0, 0], [33, 0], [33, 25], [0, 25]], [[3, 2], [32, 3], [30, 24], [2, 25]]);
 * paddle.vision.transforms.functional.perspective(img, { startpoints: s, endpoints: e }); // Paddle: F.perspective(img, startpoints=s, endpoints=e)
 * ```
 * @category Vision
 */
export function perspective<T extends ImageInput>(args: PerspectiveArgs<T>): ImageOutput<T>;
export function perspective<T extends ImageInput>(img: T, args: Omit<PerspectiveArgs<T>, 'img'>): ImageOutput<T>;
export function perspective<T extends ImageInput>(img: T, startpoints: Corners, endpoints: Corners, options?: Omit<PerspectiveArgs<T>, 'img' | 'startpoints' | 'endpoints'>): ImageOutput<T>;
/**
 * Positional form, in Paddle's order.
 *
 * @param img - an HWCImage, a CHW tensor or a browser image
 * @param startpoints - corners `[top-left, top-right, bottom-right, bottom-left]` in the input
 * @param endpoints - where those corners go in the output
 * @param interpolation - sampling
 * @param fill - value, or one per channel, for pixels outside the source
 */
export function perspective<T extends ImageInput>(img: T, startpoints: Corners, endpoints: Corners, interpolation?: WarpInterpolation, fill?: number | readonly number[]): ImageOutput<T>;
export function perspective(...args: unknown[]): unknown {
  const o = resolveArgs<PerspectiveArgs>(PERSPECTIVE_SIGNATURE, args);
  return perspectiveImpl(o.img, o.startpoints, o.endpoints, o.interpolation, o.fill);
}

function perspectiveImpl<T extends ImageInput>(
  img: T,
  startpoints: Corners,
  endpoints: Corners,
  interpolation: WarpInterpolation = 'nearest',
  fill: number | readonly number[] = 0,
): ImageOutput<T> {
  const where = PERSPECTIVE_SIGNATURE.where;
  const coeffs = getPerspectiveCoeffs(checkCorners(startpoints, 'startpoints'), checkCorners(endpoints, 'endpoints'));
  const interp = checkInterpolation(interpolation, WARP_INTERPOLATIONS, where);
  const checked = checkImage(img, where);
  const [h, w] = imageShape(checked);
  return mapImage(checked, where, (im) => warp(im, w, h, 'perspective', coeffs, interp, fillValues(fill, im.channels, where))) as ImageOutput<T>;
}
