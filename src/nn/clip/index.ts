export { ClipGradBase, type ParamGradPair } from './gradient-clip';
export { ClipGradByValue } from './clip-grad-by-value';
export { ClipGradByNorm } from './clip-grad-by-norm';
export { ClipGradByGlobalNorm } from './clip-grad-by-global-norm';
