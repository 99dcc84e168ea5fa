import * as tf from '@tensorflow/tfjs-core';
import { CorruptFileError } from '../../errors';
import { NdArray, isTuple, pyFloat, type PickleInput, type PickleValue } from '../formats/pickle';

/** A tensor as a numpy array for the pickle writer (float32 stays float32, int32 stays int32). */
export function tensorToNdArray(t: tf.Tensor): NdArray {
  const shape = [...t.shape];
  if (t.dtype === 'float32') return new NdArray('float32', shape, new Float32Array(t.dataSync() as Float32Array));
  if (t.dtype === 'int32') return new NdArray('int32', shape, new Int32Array(t.dataSync() as Int32Array));
  if (t.dtype === 'bool') return new NdArray('bool', shape, Uint8Array.from(t.dataSync() as Uint8Array));
  throw new CorruptFileError('tensor', `tensors of dtype ${t.dtype} cannot be saved as numpy arrays`);
}

/** A numpy array as a tensor: floats become float32, integers int32 (tfjs has no int64), bools bool. */
export function ndArrayToTensor(a: NdArray, file: string, key: string): tf.Tensor {
  const shape = [...a.shape];
  switch (a.dtype) {
    case 'float32':
      return tf.tensor(a.data as Float32Array, shape, 'float32');
    case 'float64':
    case 'float16':
      return tf.tensor(a.toFloat32(), shape, 'float32');
    case 'bool':
      return tf.tensor(a.data as Uint8Array, shape, 'bool');
    case 'int64':
    case 'uint64': {
      const src = a.data as BigInt64Array | BigUint64Array;
      const out = new Int32Array(src.length);
      for (let i = 0; i < src.length; i++) {
        const v = src[i];
        if (v > 2147483647n || v < -2147483648n) throw new CorruptFileError(file, `'${key}' holds an integer (${v}) outside int32, which tfjs cannot represent.`);
        out[i] = Number(v);
      }
      return tf.tensor(out, shape, 'int32');
    }
    case 'uint32': {
      const src = a.data as Uint32Array;
      if (src.some((v) => v > 2147483647)) throw new CorruptFileError(file, `'${key}' holds a uint32 beyond int32.`);
      return tf.tensor(Int32Array.from(src), shape, 'int32');
    }
    default:
      return tf.tensor(Int32Array.from(a.data as ArrayLike<number>), shape, 'int32');
  }
}

/** Whether a pickled value is a tensor: a numpy array, or Paddle 2.1's `(name, ndarray)` tuple. */
export function pickledTensor(v: unknown): NdArray | null {
  if (v instanceof NdArray) return v;
  if (isTuple(v) && v.length === 2 && typeof v[0] === 'string' && v[1] instanceof NdArray) return v[1];
  return null;
}

/** A JS nest (tensors, numbers, strings, arrays, objects) as pickle input, tensors as numpy arrays. */
export function toPickleInput(x: unknown, floatKeys: (key: string) => boolean = () => false, key = ''): PickleInput {
  if (x instanceof tf.Tensor) return tensorToNdArray(x);
  if (x instanceof NdArray) return x;
  if (x === null || x === undefined || typeof x === 'boolean' || typeof x === 'string' || typeof x === 'bigint') return x;
  if (typeof x === 'number') return floatKeys(key) && Number.isInteger(x) ? pyFloat(x) : x;
  if (Array.isArray(x)) return x.map((v) => toPickleInput(v, floatKeys, key));
  if (x instanceof Map) return new Map([...x].map(([k, v]) => [k as PickleInput, toPickleInput(v, floatKeys, String(k))]));
  if (typeof x === 'object') {
    const out: Record<string, PickleInput> = {};
    for (const [k, v] of Object.entries(x as Record<string, unknown>)) out[k] = toPickleInput(v, floatKeys, k);
    return out;
  }
  throw new CorruptFileError('object', `a value of type ${typeof x} cannot be saved`);
}

/** A pickled nest as JS: numpy arrays (and `(name, ndarray)` tuples) as tensors, dicts with string keys as objects. */
export function fromPickleValue(v: PickleValue, file: string, key = ''): unknown {
  const arr = pickledTensor(v);
  if (arr) return ndArrayToTensor(arr, file, key);
  if (v instanceof Map) {
    if ([...v.keys()].every((k) => typeof k === 'string')) {
      const out: Record<string, unknown> = {};
      for (const [k, val] of v) out[k as string] = fromPickleValue(val, file, k as string);
      return out;
    }
    return new Map([...v].map(([k, val]) => [k, fromPickleValue(val, file, String(k))]));
  }
  if (Array.isArray(v)) return v.map((x, i) => fromPickleValue(x, file, `${key}[${i}]`));
  return v;
}
