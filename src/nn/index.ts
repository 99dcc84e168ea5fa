/**
 * `paddle.nn`: layers, losses, initializers and functional ops with Paddle's semantics.
 * @module nn
 */
// ---- Layer base, containers, layers (issue 3, layers) ----
export {
  Layer,
  type ForwardPreHook,
  type ForwardPostHook,
  type HookRemoveHelper,
  type LayoutKind,
  type SetStateDictOptions,
  type CreateParameterOptions,
} from './layer/layer';
export { createParameter, type CreateParameterFnOptions } from './layer/create-parameter';
export { ParamAttr, type ParamAttrOptions, type ParamAttrLike } from './param-attr';
export { Sequential } from './layer/container/sequential';
export { LayerList } from './layer/container/layer-list';
export { LayerDict } from './layer/container/layer-dict';
export * as initializer from './initializer';
export * as functional from './functional';

// ---- activations, losses, functional (issue 3, functional) ----

// ---- gradient clipping (issue 4) ----
export { ClipGradBase, ClipGradByValue, ClipGradByNorm, ClipGradByGlobalNorm, type ParamGradPair } from './clip';
