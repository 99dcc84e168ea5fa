/**
 * `UnsortedSegmentSum` (the gradient of `gather`, e.g. an embedding lookup). tfjs's WASM backend
 * lacks it, and the JS backend's runs four kernels per segment — thousands of kernel calls for
 * a vocabulary-sized gradient. One pass over the data does it in O(size of x).
 */
import type * as tf from '@tensorflow/tfjs-core';
import type { KernelFunc } from './patch';

/** Kernel function for any backend: reads the inputs, scatters-adds in JS, writes the result. */
export function makeUnsortedSegmentSum(): KernelFunc {
  return ({ inputs, attrs, backend: anyBackend }) => {
    const backend = anyBackend as tf.KernelBackend;
    const { x, segmentIds } = inputs as { x: tf.TensorInfo; segmentIds: tf.TensorInfo };
    const { numSegments } = attrs as unknown as tf.UnsortedSegmentSumAttrs;
    const values = backend.readSync(x.dataId) as Float32Array | Int32Array;
    const ids = backend.readSync(segmentIds.dataId) as Int32Array;
    const count = ids.length;
    const inner = count === 0 ? 0 : values.length / count;
    const shape = [numSegments, ...x.shape.slice(segmentIds.shape.length)];
    const out = x.dtype === 'int32' ? new Int32Array(numSegments * inner) : new Float32Array(numSegments * inner);
    for (let i = 0; i < count; i++) {
      const s = ids[i];
      // Ids outside [0, numSegments) are dropped, as in TensorFlow and tfjs's cpu kernel.
      if (s < 0 || s >= numSegments) continue;
      const src = i * inner;
      const dst = s * inner;
      for (let j = 0; j < inner; j++) out[dst + j] += values[src + j];
    }
    return { dataId: backend.write(out, shape, x.dtype), shape, dtype: x.dtype };
  };
}
