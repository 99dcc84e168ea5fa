import * as tf from '@tensorflow/tfjs-core';

/** The tfjs dtypes a collated field can have. @internal */
export type HostDtype = 'float32' | 'int32' | 'bool';

/**
 * A tensor's worth of values outside the engine: what collation writes (one typed array per field
 * of a batch) and what workers transfer to the main thread. @internal
 */
export interface HostTensor {
  readonly __hapiTensor: true;
  readonly data: Float32Array | Int32Array | Uint8Array;
  readonly shape: number[];
  readonly dtype: HostDtype;
}

/** Sample tensors on a GPU backend, stacked by the engine instead of read back. @internal */
export interface StackLeaf {
  readonly __hapiStack: tf.Tensor[];
}

/** Whether `x` is a {@link HostTensor} (also after a structured clone). @internal */
export function isHostTensor(x: unknown): x is HostTensor {
  return x !== null && typeof x === 'object' && (x as HostTensor).__hapiTensor === true;
}

function isStackLeaf(x: unknown): x is StackLeaf {
  return x !== null && typeof x === 'object' && Array.isArray((x as StackLeaf).__hapiStack);
}

/** A typed array for `n` values of `dtype`. @internal */
export function allocate(dtype: HostDtype, n: number): Float32Array | Int32Array | Uint8Array {
  return dtype === 'float32' ? new Float32Array(n) : dtype === 'int32' ? new Int32Array(n) : new Uint8Array(n);
}

import { isPlainObject } from '../framework/args';

/**
 * Replaces every {@link HostTensor} in `tree` by a tensor (one `tf.tensor` call per field; on the
 * cpu backend the typed array becomes the tensor's storage without a copy). @internal
 */
export function materialize(tree: unknown): unknown {
  if (isHostTensor(tree)) return tf.tensor(tree.data, tree.shape, tree.dtype);
  if (isStackLeaf(tree)) return tf.stack(tree.__hapiStack);
  if (Array.isArray(tree)) return tree.map(materialize);
  if (isPlainObject(tree)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(tree)) out[k] = materialize(tree[k]);
    return out;
  }
  return tree;
}

/** The distinct ArrayBuffers of a tree's host tensors, to transfer rather than copy. @internal */
export function transferList(tree: unknown, out: Set<ArrayBuffer> = new Set()): ArrayBuffer[] {
  if (isHostTensor(tree)) {
    if (tree.data.buffer instanceof ArrayBuffer) out.add(tree.data.buffer);
  } else if (Array.isArray(tree)) {
    for (const t of tree) transferList(t, out);
  } else if (isPlainObject(tree)) {
    for (const k of Object.keys(tree)) transferList(tree[k], out);
  }
  return [...out];
}

/** Every tensor in a nest of arrays and plain objects. @internal */
export function collectTensors(tree: unknown, out: tf.Tensor[] = []): tf.Tensor[] {
  if (tree instanceof tf.Tensor) out.push(tree);
  else if (Array.isArray(tree)) for (const t of tree) collectTensors(t, out);
  else if (isPlainObject(tree)) for (const k of Object.keys(tree)) collectTensors(tree[k], out);
  return out;
}
