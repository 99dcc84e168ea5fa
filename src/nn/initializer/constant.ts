import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { Initializer } from './initializer';
import { defineSignature, resolveArgs } from '../../framework/args';

/**
 * All of {@link Constant}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.initializer.Constant({ value: 0.5 }); // Paddle: nn.initializer.Constant(value=0.5)
 * ```
 * @category nn.initializer
 */
export interface ConstantArgs {
  /** The fill value. @defaultValue 0 */
  value?: number;
}

const SIGNATURE = defineSignature('nn.initializer.Constant', ['value']);

/**
 * Fills a parameter with one value (Paddle's `nn.initializer.Constant`). The default bias
 * initializer of every layer.
 *
 * @param value - the fill value @defaultValue 0
 * @example
 * ```ts
 * const fc = new paddle.nn.Linear(4, 2, { weightAttr: new paddle.nn.ParamAttr({ initializer: new paddle.nn.initializer.Constant(0.5) }) });
 * new paddle.nn.initializer.Constant({ value: 0.5 }); // Paddle: nn.initializer.Constant(value=0.5)
 * ```
 * @category nn.initializer
 */
export class Constant extends Initializer {
  readonly value: number;

  constructor(args: ConstantArgs);
  constructor(value?: number);
  constructor(...args: unknown[]) {
    super();
    const value = resolveArgs<ConstantArgs>(SIGNATURE, args).value ?? 0;
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new InvalidArgumentError('value', 'a finite number', value, 'Constant');
    this.value = value;
  }

  generate(shape: readonly number[]): tf.Tensor {
    return tf.fill(shape as number[], this.value, 'float32');
  }
}
