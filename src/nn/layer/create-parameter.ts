import type { Parameter } from '../../framework/parameter';
import { generateUniqueName } from '../../framework/unique-name';
import type { Initializer } from '../initializer/initializer';
import type { ParamAttrLike } from '../param-attr';
import { makeParameter } from './make-parameter';

/** Options of {@link createParameter} (Paddle's keyword arguments). */
export interface CreateParameterFnOptions {
  /** The parameter's name; `create_parameter_N.w_0` when absent. */
  name?: string;
  /** Initializer, learning rate, trainability, regularizer. */
  attr?: ParamAttrLike;
  /** Zeros by default and a `.b_` name. @defaultValue false */
  isBias?: boolean;
  /** Used when `attr` names no initializer. */
  defaultInitializer?: Initializer | null;
}

/**
 * Creates a standalone parameter outside any layer (Paddle's `paddle.create_parameter`): a
 * `tf.Variable` with Paddle's unique name and per-parameter attributes, ready for an optimizer.
 *
 * @param shape - the parameter's shape
 * @param dtype - only `'float32'` @defaultValue 'float32'
 * @returns the new parameter (dispose it when done)
 * @throws InvalidArgumentError for a bad shape, dtype, or a name already used by a live parameter
 * @example
 * ```ts
 * const w = paddle.createParameter([3, 2], 'float32', { defaultInitializer: new paddle.nn.initializer.Constant(1) });
 * w.name;                    // 'create_parameter_0.w_0'
 * w.paddleAttr.learningRate; // 1
 * ```
 * @category Framework
 */
export function createParameter(shape: readonly number[], dtype: 'float32' = 'float32',
  options: CreateParameterFnOptions = {}): Parameter {
  const attr = options.name !== undefined && (options.attr === undefined || options.attr === null)
    ? { name: options.name }
    : options.attr;
  const p = makeParameter(shape, {
    attr: attr === false ? undefined : attr,
    dtype,
    isBias: options.isBias,
    defaultInitializer: options.defaultInitializer,
    prefix: generateUniqueName('create_parameter'),
  });
  return p as Parameter;
}
