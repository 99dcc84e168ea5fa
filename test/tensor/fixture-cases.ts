// Reads test/fixtures/tensor/cases.json (made by gen_tensor.py) into tensors and expectations.
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';

export interface EncodedTensor {
  __t: (number | boolean | string)[];
  shape: number[];
  dtype: 'float32' | 'int32' | 'bool';
}

export interface Case {
  fn: string;
  args: unknown[];
  expected: EncodedTensor | EncodedTensor[];
  tol?: number;
}

const file = new URL('../fixtures/tensor/cases.json', import.meta.url);
export const CASES: Case[] = JSON.parse(readFileSync(file, 'utf8')).cases;

/** A fixture value as JS numbers (NaN and infinities are spelled as strings in JSON). */
export function numbers(t: EncodedTensor): number[] {
  return t.__t.map((v) => (typeof v === 'string' ? Number(v.replace('inf', 'Infinity')) : Number(v)));
}

function isEncoded(v: unknown): v is EncodedTensor {
  return typeof v === 'object' && v !== null && '__t' in v;
}

/** The case's arguments with tensors made on the active backend (listed in `made` for disposal). */
export function decodeArgs(args: unknown[], made: tf.Tensor[]): unknown[] {
  const dec = (v: unknown): unknown => {
    if (isEncoded(v)) {
      const t = tf.tensor(v.dtype === 'bool' ? v.__t.map(Boolean) : numbers(v), v.shape, v.dtype);
      made.push(t);
      return t;
    }
    if (Array.isArray(v)) return v.map(dec);
    if (typeof v === 'object' && v !== null && '__opts' in v) {
      return Object.fromEntries(Object.entries((v as { __opts: object }).__opts).map(([k, x]) => [k, dec(x)]));
    }
    return v;
  };
  return args.map(dec);
}

/** Short label of a case: `mean(f32[3,4,5], {axis:-1})`. */
export function label(c: Case, i: number): string {
  const show = (v: unknown): string => {
    if (isEncoded(v)) return `${v.dtype}[${v.shape}]`;
    if (Array.isArray(v)) return `[${v.map(show).join(',')}]`;
    if (typeof v === 'object' && v !== null && '__opts' in v) return JSON.stringify((v as { __opts: unknown }).__opts, (_, x) => (isEncoded(x) ? show(x) : x));
    return JSON.stringify(v);
  };
  return `#${i} ${c.fn}(${c.args.map(show).join(', ')})`;
}
