import type { Parameter } from '../../framework/parameter';
import { generateUniqueName } from '../../framework/unique-name';
import type { Initializer } from '../initializer/initializer';
import type { ParamAttrLike } from '../param-attr';
import { makeParameter } from './make-parameter';
import { defineSignature, resolveArgs } from '../../framework/args';

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

/** All of {@link createParameter}'s arguments by name: Paddle's keyword form. */
export interface CreateParameterArgs extends CreateParameterFnOptions {
  /** The parameter's shape. */
  shape: readonly number[];
  /** Only `'float32'`. @defaultValue 'float32' */
  dtype?: 'float32';
}

const SIGNATURE = defineSignature('createParameter', ['shape', 'dtype', 'name', 'attr', 'isBias', 'defaultInitializer'], { required: 1 });

/**
 * Creates a standalone parameter outside any layer (Paddle's `paddle.create_parameter`): a
 * `tf.Variable` with Paddle's unique name and per-parameter attributes, ready for an optimizer.
 *
 * @returns the new parameter (dispose it when done)
 * @throws InvalidArgumentError for a bad shape, dtype, or a name already used by a live parameter
 * @example
 * ```ts
 * const w = paddle.createParameter([3, 2], 'float32', { defaultInitializer: new paddle.nn.initializer.Constant(1) });
 * w.name;                    // 'create_parameter_0.w_0'
 * w.paddleAttr.learningRate; // 1
 * paddle.createParameter({ shape: [3], dtype: 'float32', isBias: true }); // Paddle: create_parameter(shape=[3], dtype='float32', is_bias=True)
 * ```
 * @category Framework
 */
export function createParameter(args: CreateParameterArgs): Parameter;
export function createParameter(shape: readonly number[], dtype?: 'float32', options?: CreateParameterFnOptions): Parameter;
export function createParameter(shape: readonly number[], dtype?: 'float32', name?: string, attr?: ParamAttrLike,
  isBias?: boolean, defaultInitializer?: Initializer | null): Parameter;
export function createParameter(...args: unknown[]): Parameter {
  const options = resolveArgs<CreateParameterArgs>(SIGNATURE, args);
  const { shape, dtype = 'float32' } = options;
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
