import { requireBackend } from '../../backend/device';
import { InvalidArgumentError } from '../../errors';
import { createVariable, type Parameter } from '../../framework/parameter';
import { generateUniqueName } from '../../framework/unique-name';
import { Constant } from '../initializer/constant';
import type { Initializer } from '../initializer/initializer';
import { XavierUniform } from '../initializer/xavier';
import { toParamAttr, type ParamAttrLike } from '../param-attr';

/** Options of {@link Layer.createParameter}, Paddle's keyword arguments. */
export interface CreateParameterOptions {
  /** Name, initializer, learning rate, trainability; `false` creates nothing and returns `null`. */
  attr?: ParamAttrLike;
  /** Only `'float32'` is supported. @defaultValue 'float32' */
  dtype?: 'float32';
  /** Picks the bias default initializer (zeros) and the `.b_` name suffix. @defaultValue false */
  isBias?: boolean;
  /** Used when `attr` names no initializer; else zeros for a bias and XavierUniform for a weight. */
  defaultInitializer?: Initializer | null;
}

/** Options of the standalone {@link makeParameter}. @internal */
export interface MakeParameterOptions extends CreateParameterOptions {
  /** The name prefix (a layer's full name); parameters are named `${prefix}.w_N` / `.b_N`. */
  prefix: string;
}

/** Creates a Paddle-named, initialized parameter; shared by `Layer.createParameter` and `createParameter`. @internal */
export function makeParameter(shape: readonly number[], options: MakeParameterOptions): Parameter | null {
  const attr = toParamAttr(options.attr, 'attr');
  if (attr === false) return null;
  if ((options.dtype ?? 'float32') !== 'float32') throw new InvalidArgumentError('dtype', "'float32'", options.dtype, 'createParameter');
  if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d > 0)) {
    throw new InvalidArgumentError('shape', 'an array of positive integers', shape, 'createParameter');
  }
  const isBias = options.isBias ?? false;
  const init = attr.initializer ?? options.defaultInitializer ?? (isBias ? new Constant(0) : new XavierUniform());
  const name = attr.name ?? generateUniqueName(`${options.prefix}.${isBias ? 'b' : 'w'}`);
  // tfjs's own error for a backend still starting names neither the cause nor the fix.
  requireBackend(`creating parameter ${name}`);
  const value = init.generate(shape);
  try {
    return createVariable(value, name, attr.trainable, {
      learningRate: attr.learningRate,
      needClip: attr.needClip,
      regularizer: attr.regularizer,
    });
  } catch {
    // tfjs refuses a second live variable with the same name.
    throw new InvalidArgumentError('attr.name', 'a name not used by another live parameter', name, 'createParameter');
  } finally {
    value.dispose();
  }
}
