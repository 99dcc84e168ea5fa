import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, ShapeMismatchError } from '../errors';
import { isHWCImage } from '../framework/image';
import { isPlainObject } from '../framework/args';
import { allocate, type HostDtype, type HostTensor, materialize, type StackLeaf } from './host-batch';

type Kind = 'tensor' | 'typed' | 'image' | 'number' | 'boolean' | 'string' | 'sequence' | 'mapping';

const SUPPORTED = 'a tensor, typed array, HWCImage, number, boolean, string, array or plain object';

function kindOf(x: unknown): Kind | null {
  if (x instanceof tf.Tensor) return 'tensor';
  if (ArrayBuffer.isView(x) && !(x instanceof DataView) && !(x instanceof BigInt64Array) && !(x instanceof BigUint64Array)) return 'typed';
  if (typeof x === 'number') return 'number';
  if (typeof x === 'boolean') return 'boolean';
  if (typeof x === 'string') return 'string';
  if (Array.isArray(x)) return 'sequence';
  if (isHWCImage(x)) return 'image';
  if (isPlainObject(x)) return 'mapping';
  return null;
}

/** tfjs has no float64 or 8/16-bit integers: floats go to float32, integers to int32. */
function typedDtype(a: ArrayBufferView): HostDtype {
  return a instanceof Float32Array || a instanceof Float64Array ? 'float32' : 'int32';
}

interface Ctx {
  readonly indices?: readonly number[];
  /** Main thread: tensors on GPU backends are stacked by the engine, not read back. */
  readonly allowStack: boolean;
}

function where(path: string, i: number, ctx: Ctx): string {
  const idx = ctx.indices ? ` (dataset index ${ctx.indices[i]})` : '';
  return `defaultCollateFn: ${path ? `field ${path}` : 'the sample'} of sample ${i}${idx}`;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, k) => d === b[k]);
}

/** Shape, dtype and values of one array-like leaf. */
function leafOf(x: unknown, kind: Kind): { shape: number[]; dtype: HostDtype | string; values: () => ArrayLike<number> } {
  if (kind === 'tensor') {
    const t = x as tf.Tensor;
    return { shape: t.shape, dtype: t.dtype, values: () => t.dataSync() as ArrayLike<number> };
  }
  if (kind === 'image') {
    const im = x as { data: Float32Array | Uint8Array; width: number; height: number; channels: number };
    return { shape: [im.height, im.width, im.channels], dtype: typedDtype(im.data), values: () => im.data };
  }
  const a = x as ArrayLike<number> & ArrayBufferView;
  return { shape: [a.length], dtype: typedDtype(a), values: () => a };
}

function collateLeaves(samples: readonly unknown[], kind: Kind, path: string, ctx: Ctx): HostTensor | StackLeaf {
  const first = leafOf(samples[0], kind);
  if (kind === 'tensor' && !['float32', 'int32', 'bool'].includes(first.dtype)) {
    throw new InvalidArgumentError(path || 'sample', 'a float32, int32 or bool tensor', samples[0], 'defaultCollateFn');
  }
  const leaves = samples.map((s, i) => {
    const leaf = i === 0 ? first : leafOf(s, kind);
    if (!sameShape(leaf.shape, first.shape)) throw new ShapeMismatchError(where(path, i, ctx), first.shape, leaf.shape);
    if (leaf.dtype !== first.dtype) {
      throw new InvalidArgumentError(path || 'sample', `dtype ${first.dtype} (as in sample 0)`, `dtype ${leaf.dtype} in sample ${i}`, 'defaultCollateFn');
    }
    return leaf;
  });
  if (kind === 'tensor' && ctx.allowStack && !['cpu', 'wasm'].includes(tf.getBackend())) {
    return { __hapiStack: samples as tf.Tensor[] };
  }
  const size = first.shape.reduce((a, b) => a * b, 1);
  const dtype = first.dtype as HostDtype;
  const data = allocate(dtype, size * samples.length);
  leaves.forEach((leaf, i) => data.set(leaf.values(), i * size));
  return { __hapiTensor: true, data, shape: [samples.length, ...first.shape], dtype };
}

function collateScalars(samples: readonly unknown[], kind: 'number' | 'boolean'): HostTensor {
  const dtype: HostDtype = kind === 'boolean' ? 'bool' : (samples as number[]).every(Number.isInteger) ? 'int32' : 'float32';
  const data = allocate(dtype, samples.length);
  samples.forEach((v, i) => (data[i] = Number(v)));
  return { __hapiTensor: true, data, shape: [samples.length], dtype };
}

/**
 * Collates samples into a tree whose array fields are {@link HostTensor}s (one typed array per
 * field); {@link materialize} turns them into tensors. Workers run this half. @internal
 */
export function collateToHost(samples: readonly unknown[], ctx: Ctx = { allowStack: true }, path = ''): unknown {
  if (samples.length === 0) throw new InvalidArgumentError('batch', 'a non-empty list of samples', samples, 'defaultCollateFn');
  const kind = kindOf(samples[0]);
  if (kind === null) throw new InvalidArgumentError(path || 'sample', SUPPORTED, samples[0], 'defaultCollateFn: sample 0');
  samples.forEach((s, i) => {
    if (kindOf(s) !== kind) throw new InvalidArgumentError(path || 'sample', `${kind} (as in sample 0)`, s, `${where(path, i, ctx)}`);
  });
  switch (kind) {
    case 'tensor':
    case 'typed':
    case 'image':
      return collateLeaves(samples, kind, path, ctx);
    case 'number':
    case 'boolean':
      return collateScalars(samples, kind);
    case 'string':
      return [...samples];
    case 'sequence': {
      const n = (samples[0] as unknown[]).length;
      samples.forEach((s, i) => {
        if ((s as unknown[]).length !== n) {
          throw new InvalidArgumentError(path || 'sample', `${n} fields (as in sample 0)`, `${(s as unknown[]).length} fields`, where(path, i, ctx));
        }
      });
      return Array.from({ length: n }, (_, j) => collateToHost(samples.map((s) => (s as unknown[])[j]), ctx, `${path}[${j}]`));
    }
    case 'mapping': {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(samples[0] as object)) {
        const field = samples.map((s, i) => {
          if (!(key in (s as object))) throw new InvalidArgumentError(`${path}.${key}`, 'a field present in every sample', undefined, where(path, i, ctx));
          return (s as Record<string, unknown>)[key];
        });
        out[key] = collateToHost(field, ctx, `${path}.${key}`);
      }
      return out;
    }
  }
}

/**
 * Turns one sample into host form without batching: tensors are copied out (so they can cross a
 * thread), and with `arraysToTensors` typed arrays and images become tensors as well, as Paddle's
 * `default_convert_fn` turns numpy arrays into tensors. @internal
 */
export function convertToHost(sample: unknown, arraysToTensors: boolean): unknown {
  const kind = kindOf(sample);
  if (kind === 'tensor' || (arraysToTensors && (kind === 'typed' || kind === 'image'))) {
    const leaf = leafOf(sample, kind);
    if (!['float32', 'int32', 'bool'].includes(leaf.dtype)) return sample;
    const data = allocate(leaf.dtype as HostDtype, leaf.shape.reduce((a, b) => a * b, 1));
    data.set(leaf.values());
    return { __hapiTensor: true, data, shape: leaf.shape, dtype: leaf.dtype as HostDtype } satisfies HostTensor;
  }
  if (kind === 'sequence') return (sample as unknown[]).map((s) => convertToHost(s, arraysToTensors));
  if (kind === 'mapping') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(sample as object)) out[k] = convertToHost(v, arraysToTensors);
    return out;
  }
  return sample;
}

/**
 * Paddle's `default_collate_fn`: stacks a list of samples into a batch, field by field.
 *
 * | sample field | batch field |
 * |---|---|
 * | tensor `[...s]` | tensor `[N, ...s]`, same dtype |
 * | typed array of length L | tensor `[N, L]`: float32 for Float32/Float64Array, int32 for integer arrays |
 * | `HWCImage` | tensor `[N, H, W, C]` (int32 for uint8 data, float32 for float data) |
 * | number | tensor `[N]`: int32 if every value in the batch is an integer, else float32 |
 * | boolean | bool tensor `[N]` |
 * | string | `string[]` |
 * | array (Python list/tuple) | array of collated fields |
 * | plain object (Python dict) | object of collated fields |
 *
 * tfjs has no float64 or int64: where Paddle makes float64 (Python floats) or int64 (Python ints)
 * arrays, this makes float32 and int32. Because JS numbers carry no int/float type, a number field
 * whose values in one batch all happen to be whole becomes int32; give float targets as
 * `Float32Array`s to keep them float32. Each field is written into one typed array and becomes one
 * tensor. The returned tensors belong to the caller.
 *
 * @param batch - the samples of one batch
 * @returns the batch, with the samples' structure
 * @throws {@link index!ShapeMismatchError} when a field's shape differs between samples, naming the
 *   field and the sample
 * @throws {@link index!InvalidArgumentError} for an unsupported or inconsistent field type, or samples
 *   with different numbers of fields
 * @example
 * ```ts
 * const [x, y] = paddle.io.defaultCollateFn([
 *   [new Float32Array([1, 2]), 0],
 *   [new Float32Array([3, 4]), 1],
 * ]) as tf.Tensor[]; // x float32 [2, 2], y int32 [2]
 * ```
 * @category IO
 */
export function defaultCollateFn(batch: readonly unknown[]): unknown {
  return materialize(collateToHost(batch));
}

/**
 * Paddle's `default_convert_fn`, used when batching is off (`batchSize: null`): typed arrays,
 * images and tensors become tensors of the sample's own shape; everything else is kept.
 *
 * @param sample - one sample
 * @returns the sample with its arrays as tensors
 * @example
 * ```ts
 * const [x, label] = paddle.io.defaultConvertFn([new Float32Array([1, 2]), 3]) as [tf.Tensor, number];
 * ```
 * @category IO
 */
export function defaultConvertFn(sample: unknown): unknown {
  return materialize(convertToHost(sample, true));
}
