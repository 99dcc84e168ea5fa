/**
 * Paddle's tensor functions (`paddle.mean`, `paddle.concat`, `paddle.topk`, …) on plain tfjs
 * tensors, exported at the package root.
 * @module tensor
 */
export { toTensor, type ToTensorOptions, type ToTensorArgs } from './to-tensor';
export { zeros, ones, full, zerosLike, onesLike, fullLike, arange, linspace, eye, type DTypeOptions, type ArangeOptions } from './creation';
export { rand, randn, randint, uniform, normal, randperm, type RandintOptions, type UniformOptions, type NormalOptions } from './random';
export {
  add, subtract, multiply, divide, pow, exp, log, sqrt, abs, clip, matmul, round, floor, sign, maximum, minimum,
  type ClipOptions, type MatmulOptions,
} from './math';
export {
  sum, mean, max, min, prod, cumsum, std, variance as var, argmax, argmin,
  type ReduceOptions, type ReduceFn, type StdOptions, type StatFn, type ArgOptions, type ArgFn,
} from './reduce';
export { topk, sort, argsort, type TopkOptions, type SortOptions, type SortFn } from './sort';
export { reshape, flatten, transpose, squeeze, unsqueeze, tile, expand, expandAs, flip, roll, cast } from './manipulation';
export { concat, stack, split, chunk, type AxisOptions } from './join';
export { gather, gatherNd, scatter, slice, where, maskedSelect } from './indexing';
export {
  equal, notEqual, greaterThan, greaterEqual, lessThan, lessEqual, logicalAnd, logicalOr, logicalNot, isnan, isinf,
  allclose, any, all, type AllcloseOptions, type BoolReduceFn,
} from './logic';
export { numpy, tolist, item, numpyAsync, tolistAsync, itemAsync, type NestedValues } from './values';
export { noGrad } from './no-grad';
export type { UnaryFn, BinaryFn } from './op-factory';
export type { Axis, DType, ShapeLike } from './util';
