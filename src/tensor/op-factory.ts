// Factories for the many tensor functions that share one shape of signature, so each public
// function is one documented line: `(x, name?)` unary and `(x, y, name?)` binary ops.
import * as tf from '@tensorflow/tfjs-core';
import { defineSignature, resolveArgs } from '../framework/args';
import { operand, tensorArg } from './util';

/** A Paddle unary function: `f(x, name?)`, or `f({ x })`. */
export interface UnaryFn {
  (x: tf.Tensor, name?: string): tf.Tensor;
  (args: { x: tf.Tensor; name?: string }): tf.Tensor;
}

/** A Paddle binary function: `f(x, y, name?)`, or `f({ x, y })`; `y` may be a number. */
export interface BinaryFn {
  (x: tf.Tensor | number, y: tf.Tensor | number, name?: string): tf.Tensor;
  (x: tf.Tensor | number, options: { y: tf.Tensor | number; name?: string }): tf.Tensor;
  (args: { x: tf.Tensor | number; y: tf.Tensor | number; name?: string }): tf.Tensor;
}

/** Declares `where(x, name?)` running `op` on the checked tensor. */
export function unaryOp(where: string, op: (x: tf.Tensor) => tf.Tensor): UnaryFn {
  const sig = defineSignature(where, ['x', 'name'], { required: 1 });
  return ((...args: unknown[]) => {
    const o = resolveArgs<{ x: unknown }>(sig, args);
    const x = tensorArg(o.x, 'x', where);
    return tf.tidy(() => op(x));
  }) as UnaryFn;
}

/** Declares `where(x, y, name?)` running `op` on the checked operands (bool ones as int32). */
export function binaryOp(where: string, op: (x: tf.Tensor, y: tf.Tensor) => tf.Tensor, boolAsInt = true): BinaryFn {
  const sig = defineSignature(where, ['x', 'y', 'name'], { required: 2 });
  return ((...args: unknown[]) => {
    const o = resolveArgs<{ x: unknown; y: unknown }>(sig, args);
    const x = operand(o.x, 'x', where);
    const y = operand(o.y, 'y', where);
    return tf.tidy(() => {
      const [a, b] = pairOf(x, y);
      return op(boolAsInt ? unBool(a) : a, boolAsInt ? unBool(b) : b);
    });
  }) as BinaryFn;
}

/**
 * Two operands as tensors. A number next to a tensor takes the tensor's dtype unless that would
 * lose its fraction (Paddle's scalar rule: `int_tensor + 1` stays int, `int_tensor * 0.5` is float).
 */
export function pairOf(x: tf.Tensor | number, y: tf.Tensor | number): [tf.Tensor, tf.Tensor] {
  const like = (v: number, t: tf.Tensor | number): tf.Tensor => {
    const dt = t instanceof tf.Tensor && t.dtype !== 'bool' && (t.dtype !== 'int32' || Number.isInteger(v)) ? t.dtype : Number.isInteger(v) && !(t instanceof tf.Tensor) ? 'int32' : 'float32';
    return tf.scalar(v, dt);
  };
  return [typeof x === 'number' ? like(x, y) : x, typeof y === 'number' ? like(y, x) : y];
}

function unBool(t: tf.Tensor): tf.Tensor {
  return t.dtype === 'bool' ? tf.cast(t, 'int32') : t;
}
