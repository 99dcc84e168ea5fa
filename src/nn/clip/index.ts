export { ClipGradBase, type ParamGradPair } from './gradient-clip';
export { ClipGradByValue, type ClipGradByValueOptions, type ClipGradByValueArgs } from './clip-grad-by-value';
export { ClipGradByNorm, type ClipGradByNormArgs } from './clip-grad-by-norm';
export {
  ClipGradByGlobalNorm, type ClipGradByGlobalNormOptions, type ClipGradByGlobalNormArgs,
} from './clip-grad-by-global-norm';
