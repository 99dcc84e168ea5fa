/**
 * `paddle.nn.initializer`: how parameters get their first values.
 * @module nn.initializer
 */
export { Initializer, computeFans } from './initializer';
export { Constant, type ConstantArgs } from './constant';
export { Normal, TruncatedNormal, type NormalArgs, type TruncatedNormalArgs } from './normal';
export { Uniform, type UniformArgs } from './uniform';
export { XavierNormal, XavierUniform, type XavierArgs, type XavierNormalArgs, type XavierUniformArgs } from './xavier';
export {
  KaimingNormal, KaimingUniform, calculateGain, type CalculateGainArgs, type Nonlinearity, type KaimingArgs, type KaimingNormalArgs, type KaimingUniformArgs,
} from './kaiming';
export { Assign, type AssignArgs } from './assign';
