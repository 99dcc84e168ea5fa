/**
 * `paddle.nn.initializer`: how parameters get their first values.
 * @module nn.initializer
 */
export { Initializer, computeFans } from './initializer';
export { Constant } from './constant';
export { Normal, TruncatedNormal } from './normal';
export { Uniform } from './uniform';
export { XavierNormal, XavierUniform } from './xavier';
export { KaimingNormal, KaimingUniform, calculateGain, type Nonlinearity } from './kaiming';
export { Assign } from './assign';
