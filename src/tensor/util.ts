// What every tensor function shares: argument checks, Paddle's axis rules and dtype names.
import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../errors';
import { tfDtype } from '../framework/dtype';

/** An axis or a list of axes, negative counting from the end, as Paddle takes them. */
export type Axis = number | readonly number[];

/** A shape: a list of sizes, or one size for a 1-D shape. */
export type ShapeLike = readonly number[] | number;

/** A Paddle dtype name (`'float32'`, `'int64'`, `'bool'`, …) or a tfjs one. */
export type DType = string;

/** The tensor in `value`, or an {@link InvalidArgumentError} naming `arg`. */
export function tensorArg(value: unknown, arg: string, where: string): tf.Tensor {
  if (value instanceof tf.Tensor) return value;
  throw new InvalidArgumentError(arg, 'a tensor', value, where);
}

/** A tensor or a number (Paddle's binary ops take Python scalars too). */
export function operand(value: unknown, arg: string, where: string): tf.Tensor | number {
  if (typeof value === 'number') return value;
  return tensorArg(value, arg, where);
}

/** A tensor list, as `concat` and `stack` take it. */
export function tensorList(value: unknown, arg: string, where: string): tf.Tensor[] {
  if (!Array.isArray(value) || value.length === 0 || !value.every((t) => t instanceof tf.Tensor)) {
    throw new InvalidArgumentError(arg, 'a non-empty list of tensors', value, where);
  }
  return value as tf.Tensor[];
}

/** Paddle's dtype name as tfjs's (`int64` → `int32`: tfjs has no 64-bit integers). */
export function dtypeArg(value: unknown, where: string, arg = 'dtype'): tf.DataType {
  if (typeof value !== 'string') throw new InvalidArgumentError(arg, "a dtype name such as 'float32'", value, where);
  try {
    return tfDtype(value);
  } catch {
    throw new InvalidArgumentError(arg, "a Paddle dtype such as 'float32', 'int64' or 'bool'", value, where);
  }
}

/** One axis in `[-rank, rank)` made non-negative. */
export function normAxis(axis: unknown, rank: number, where: string, arg = 'axis'): number {
  const r = Math.max(rank, 1);
  if (typeof axis !== 'number' || !Number.isInteger(axis) || axis < -r || axis >= r) {
    throw new InvalidArgumentError(arg, `an integer in [${-r}, ${r})`, axis, where);
  }
  return axis < 0 ? axis + r : axis;
}

/** Axes (one or a list) made non-negative, sorted and checked for repeats; `undefined` = all axes. */
export function normAxes(axis: unknown, rank: number, where: string, arg = 'axis'): number[] {
  if (axis === undefined || axis === null) return Array.from({ length: rank }, (_, i) => i);
  const list = Array.isArray(axis) ? axis : [axis];
  const out = list.map((a) => normAxis(a, rank, where, arg)).sort((a, b) => a - b);
  if (new Set(out).size !== out.length) throw new InvalidArgumentError(arg, 'axes without repeats', axis, where);
  return out;
}

/** A shape: non-negative integers (a tensor of them is read back). */
export function shapeArg(value: unknown, where: string, arg = 'shape', allowNegOne = false): number[] {
  const list = value instanceof tf.Tensor ? Array.from(value.dataSync()) : typeof value === 'number' ? [value] : value;
  const ok = (d: unknown) => typeof d === 'number' && Number.isInteger(d) && (d >= 0 || (allowNegOne && d === -1));
  if (!Array.isArray(list) || !list.every(ok)) {
    throw new InvalidArgumentError(arg, `a list of non-negative integers${allowNegOne ? ' (or -1)' : ''}`, value, where);
  }
  return list as number[];
}

/** A float tensor for ops Paddle defines on floats only (mean, std, …) applied to ints or bools. */
export function asFloat(x: tf.Tensor): tf.Tensor {
  return x.dtype === 'float32' ? x : tf.cast(x, 'float32');
}

/** Checks a boolean option. */
export function boolArg(value: unknown, arg: string, where: string): boolean {
  if (typeof value !== 'boolean') throw new InvalidArgumentError(arg, 'true or false', value, where);
  return value;
}
