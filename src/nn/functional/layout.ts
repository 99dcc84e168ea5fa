import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';

/** Memory layout of a 4-D image batch: Paddle's default `'NCHW'`, or channels-last `'NHWC'`. */
export type DataFormat = 'NCHW' | 'NHWC';

/** NCHW → NHWC. tfjs's WASM convolution and pooling run only on NHWC. @internal */
export function toChannelsLast<T extends tf.Tensor>(x: T): T {
  return tf.transpose(x, [0, 2, 3, 1]) as T;
}

/** NHWC → NCHW. @internal */
export function toChannelsFirst<T extends tf.Tensor>(x: T): T {
  return tf.transpose(x, [0, 3, 1, 2]) as T;
}

/** The NCHW reading of an NHWC shape, for error messages that show what the user passed. @internal */
export function channelsFirstShape(shape: readonly number[]): number[] {
  return shape.length === 4 ? [shape[0], shape[3], shape[1], shape[2]] : shape.slice();
}

/** Validates a `dataFormat` argument. @internal */
export function checkDataFormat(value: unknown, where: string): DataFormat {
  if (value !== 'NCHW' && value !== 'NHWC') throw new InvalidArgumentError('dataFormat', "'NCHW' or 'NHWC'", value, where);
  return value;
}

/**
 * Runs `fn`, which computes on NHWC, on `x` in `dataFormat`: transposes in and out only for NCHW.
 * @internal
 */
export function viaChannelsLast(x: tf.Tensor, dataFormat: DataFormat, fn: (nhwc: tf.Tensor) => tf.Tensor): tf.Tensor {
  if (dataFormat === 'NHWC') return fn(x);
  return tf.tidy(() => toChannelsFirst(fn(toChannelsLast(x))));
}
