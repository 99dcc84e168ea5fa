import { InvalidArgumentError } from '../../errors';
import type { DataFormat } from './layout';

/**
 * Paddle's ways to give 2-D padding: an int; `[padH, padW]`; `[top, bottom, left, right]`;
 * four `[before, after]` pairs including batch and channel (which must be `[0, 0]`); or `'SAME'` /
 * `'VALID'` (any case).
 */
export type Padding2D = number | readonly number[] | ReadonlyArray<readonly number[]> | 'SAME' | 'VALID' | 'same' | 'valid';

/** Explicit pads `[top, bottom, left, right]`, or `'SAME'` to be computed from the input size. */
export type ResolvedPadding = [number, number, number, number] | 'SAME';

const isNonNegInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Normalizes a {@link Padding2D} as Paddle's `_update_padding_nd` does. @internal */
export function resolvePadding(padding: unknown, dataFormat: DataFormat, where: string): ResolvedPadding {
  if (typeof padding === 'string') {
    const p = padding.toUpperCase();
    if (p === 'SAME') return 'SAME';
    if (p === 'VALID') return [0, 0, 0, 0];
  } else if (isNonNegInt(padding)) {
    return [padding, padding, padding, padding];
  } else if (Array.isArray(padding)) {
    if (padding.length === 2 && padding.every(isNonNegInt)) return [padding[0], padding[0], padding[1], padding[1]];
    if (padding.length === 4 && padding.every(isNonNegInt)) return [padding[0], padding[1], padding[2], padding[3]];
    if (padding.length === 4 && padding.every((p) => Array.isArray(p) && p.length === 2 && p.every(isNonNegInt))) {
      const pairs = padding as number[][];
      const [batch, channel, h, w] = dataFormat === 'NCHW' ? [pairs[0], pairs[1], pairs[2], pairs[3]] : [pairs[0], pairs[3], pairs[1], pairs[2]];
      if (batch[0] === 0 && batch[1] === 0 && channel[0] === 0 && channel[1] === 0) return [h[0], h[1], w[0], w[1]];
    }
  }
  throw new InvalidArgumentError('padding',
    "a non-negative int, [padH, padW], [top, bottom, left, right], four [before, after] pairs with zero batch and channel padding, 'SAME' or 'VALID'",
    padding, where);
}

/** TensorFlow/Paddle 'SAME' pads along one axis: output ceil(size / stride). @internal */
export function samePads(size: number, kernel: number, stride: number, dilation: number): [number, number] {
  const effective = (kernel - 1) * dilation + 1;
  const out = Math.ceil(size / stride);
  const total = Math.max((out - 1) * stride + effective - size, 0);
  return [Math.floor(total / 2), total - Math.floor(total / 2)];
}

/** Explicit pads for an input of spatial size `[h, w]`. @internal */
export function explicitPads(p: ResolvedPadding, h: number, w: number, kernel: [number, number],
  stride: [number, number], dilation: [number, number]): [number, number, number, number] {
  if (p !== 'SAME') return p;
  return [...samePads(h, kernel[0], stride[0], dilation[0]), ...samePads(w, kernel[1], stride[1], dilation[1])];
}
