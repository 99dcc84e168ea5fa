// Reading tensor values back to JavaScript: Paddle's `t.numpy()`, `t.item()`, `t.tolist()`.
//
// The sync forms block until the device is done: free on the cpu and wasm backends, but on
// WebGL/WebGPU they stall the page (WebGL) or are not supported at all (WebGPU's readSync
// works only with a flag), so GPU code should use the `…Async` forms.
import type * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../errors';
import { tensorArg } from './util';

/** A tensor's values as nested arrays: numbers, or booleans for a bool tensor; a scalar as itself. */
export type NestedValues = number | boolean | NestedValues[];

function nest(flat: ArrayLike<number>, shape: readonly number[], bool: boolean): NestedValues {
  const conv = (v: number) => (bool ? v !== 0 : v);
  if (shape.length === 0) return conv(flat[0]);
  const build = (offset: number, axis: number): NestedValues[] => {
    const n = shape[axis];
    const stride = shape.slice(axis + 1).reduce((p, d) => p * d, 1);
    const out: NestedValues[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = axis === shape.length - 1 ? conv(flat[offset + i]) : build(offset + i * stride, axis + 1);
    return out;
  };
  return build(0, 0);
}

function scalarOf(t: tf.Tensor, flat: ArrayLike<number>, where: string): number | boolean {
  if (t.size !== 1) throw new InvalidArgumentError('x', 'a tensor of one element', t, where);
  return t.dtype === 'bool' ? flat[0] !== 0 : flat[0];
}

function data(x: unknown, where: string): [tf.Tensor, ArrayLike<number>] {
  const t = tensorArg(x, 'x', where);
  if (t.dtype === 'string' || t.dtype === 'complex64') throw new InvalidArgumentError('x', 'a numeric or bool tensor', t, where);
  return [t, t.dataSync() as ArrayLike<number>];
}

/**
 * The values of `x` as nested arrays, synchronously (Paddle's `x.numpy()`); on GPU backends
 * prefer {@link numpyAsync}.
 * @example
 * ```ts
 * // Paddle: print(loss.numpy(), acc.numpy())
 * console.log(paddle.numpy(loss), paddle.numpy(acc));
 * ```
 * @category tensor
 */
export function numpy(x: tf.Tensor): NestedValues {
  const [t, flat] = data(x, 'numpy');
  return nest(flat, t.shape, t.dtype === 'bool');
}

/**
 * Same as {@link numpy}, and the same as Paddle's `x.tolist()`.
 * @example
 * ```ts
 * // Paddle: x.tolist()
 * paddle.tolist(x);
 * ```
 * @category tensor
 */
export function tolist(x: tf.Tensor): NestedValues {
  const [t, flat] = data(x, 'tolist');
  return nest(flat, t.shape, t.dtype === 'bool');
}

/**
 * The value of a one-element tensor (Paddle's `x.item()`); on GPU backends prefer {@link itemAsync}.
 * @example
 * ```ts
 * // Paddle: loss.item()
 * paddle.item(loss);
 * ```
 * @category tensor
 */
export function item(x: tf.Tensor): number | boolean {
  const [t, flat] = data(x, 'item');
  return scalarOf(t, flat, 'item');
}

async function dataAsync(x: unknown, where: string): Promise<[tf.Tensor, ArrayLike<number>]> {
  const t = tensorArg(x, 'x', where);
  if (t.dtype === 'string' || t.dtype === 'complex64') throw new InvalidArgumentError('x', 'a numeric or bool tensor', t, where);
  return [t, (await t.data()) as ArrayLike<number>];
}

/**
 * {@link numpy} without blocking: the form to use on WebGL and WebGPU.
 * @example
 * ```ts
 * // Paddle: loss.numpy()
 * await paddle.numpyAsync(loss);
 * ```
 * @category tensor
 */
export async function numpyAsync(x: tf.Tensor): Promise<NestedValues> {
  const [t, flat] = await dataAsync(x, 'numpyAsync');
  return nest(flat, t.shape, t.dtype === 'bool');
}

/**
 * {@link tolist} without blocking.
 * @example
 * ```ts
 * // Paddle: x.tolist()
 * await paddle.tolistAsync(x);
 * ```
 * @category tensor
 */
export async function tolistAsync(x: tf.Tensor): Promise<NestedValues> {
  const [t, flat] = await dataAsync(x, 'tolistAsync');
  return nest(flat, t.shape, t.dtype === 'bool');
}

/**
 * {@link item} without blocking.
 * @example
 * ```ts
 * // Paddle: loss.item()
 * await paddle.itemAsync(loss);
 * ```
 * @category tensor
 */
export async function itemAsync(x: tf.Tensor): Promise<number | boolean> {
  const [t, flat] = await dataAsync(x, 'itemAsync');
  return scalarOf(t, flat, 'itemAsync');
}
