import type * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../errors';
import { defineSignature, resolveArgs } from '../framework/args';

/** Options of {@link InputSpec} after the shape. @category hapi */
export interface InputSpecOptions {
  /** Paddle's dtype name. @defaultValue 'float32' */
  dtype?: string;
  /** @defaultValue null */
  name?: string | null;
  /** Accepted for Paddle compatibility (the package feeds data, never trains an input). @defaultValue false */
  stopGradient?: boolean;
}

/** All of {@link InputSpec}'s arguments by name: Paddle's keyword form. @category hapi */
export interface InputSpecArgs extends InputSpecOptions {
  /** Dimensions; `null`, `undefined` or `-1` for a varying size. */
  shape: ReadonlyArray<number | null | undefined>;
}

const SIGNATURE = defineSignature('InputSpec', ['shape', 'dtype', 'name', 'stopGradient'], { required: 1 });

/**
 * Describes one input or label of a {@link index!Model}: its shape (`null` or `-1` for a size that
 * varies, usually the batch), dtype and name, like Paddle's `paddle.static.InputSpec`.
 * `Model(network, inputs, labels)` uses the specs to split each batch into inputs and labels;
 * `summary` uses them as the input size.
 *
 * @example
 * ```ts
 * const inputs = [new paddle.InputSpec([null, 1, 28, 28], 'float32', 'image')];
 * const labels = [new paddle.InputSpec([null, 1], 'int64', 'label')];
 * const model = new paddle.Model(paddle.zoo.lenet(), inputs, labels);
 * new paddle.InputSpec({ shape: [null, 784], dtype: 'float32', name: 'x' }); // Paddle: InputSpec(shape=[None, 784], dtype='float32', name='x')
 * ```
 * @category hapi
 */
export class InputSpec {
  /** The shape; `null` marks a size that varies. */
  readonly shape: ReadonlyArray<number | null>;
  /** Paddle's dtype name (`'int64'` labels are fed as int32 tensors: tfjs has no int64). */
  readonly dtype: string;
  readonly name: string | null;

  /**
   * @throws {@link index!InvalidArgumentError} for a dimension that is neither a non-negative integer nor null/-1
   */
  constructor(args: InputSpecArgs);
  constructor(shape: ReadonlyArray<number | null | undefined>, options?: InputSpecOptions);
  constructor(shape: ReadonlyArray<number | null | undefined>, dtype?: string, name?: string | null, stopGradient?: boolean);
  constructor(...args: unknown[]) {
    const o = resolveArgs<InputSpecArgs>(SIGNATURE, args);
    const { shape } = o;
    const dtype = o.dtype ?? 'float32';
    if (typeof dtype !== 'string') throw new InvalidArgumentError('dtype', "a Paddle dtype name such as 'float32'", dtype, 'InputSpec');
    if (!Array.isArray(shape)) throw new InvalidArgumentError('shape', 'an array of dimensions', shape, 'InputSpec');
    this.shape = shape.map((d, i) => {
      if (d === null || d === undefined || d === -1) return null;
      if (!Number.isInteger(d) || d < 0) throw new InvalidArgumentError(`shape[${i}]`, 'a non-negative integer, null or -1', d, 'InputSpec');
      return d;
    });
    this.dtype = dtype;
    this.name = o.name ?? null;
  }

  /** A spec with the shape and dtype of `tensor` (Paddle's `InputSpec.from_tensor`). */
  static fromTensor(tensor: tf.Tensor, name: string | null = null): InputSpec {
    return new InputSpec(tensor.shape, tensor.dtype, name);
  }

  /** `InputSpec(shape=(-1, 1, 28, 28), dtype=float32, name=image)`, as Paddle prints it. */
  toString(): string {
    return `InputSpec(shape=(${this.shape.map((d) => (d === null ? -1 : d)).join(', ')}), dtype=${this.dtype}, name=${this.name})`;
  }
}
