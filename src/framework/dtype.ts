import type * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../errors';

// Paddle's dtype names mapped onto tfjs's three: used by InputSpec (hapi) and the tensor functions.

/** tfjs dtype for a Paddle dtype name. */
export function tfDtype(dtype: string): tf.DataType {
  if (dtype === 'float32' || dtype === 'float64' || dtype === 'float16' || dtype === 'bfloat16') return 'float32';
  if (dtype === 'bool') return 'bool';
  if (/^u?int(8|16|32|64)$/.test(dtype) || dtype === 'int32') return 'int32';
  throw new InvalidArgumentError('dtype', "a Paddle dtype such as 'float32' or 'int64'", dtype);
}
