/**
 * `paddle.vision.transforms.functional`: the stateless image operations behind the transforms.
 * Each takes an HWCImage (uint8 or float32), a CHW tensor or a browser image and returns the same
 * kind (browser images come back as HWCImages; tensors as new tensors the caller owns).
 * @module vision/transforms/functional
 */
export { toTensor, type DataFormat } from './to-tensor';
export { normalize } from './normalize';
export { resize, type Interpolation } from './resize';
export { pad, type PaddingMode } from './pad';
export { crop, centerCrop } from './crop';
export { hflip, vflip } from './flip';
export { affine, getAffineMatrix, type AffineOptions } from './affine';
export { rotate, type RotateOptions } from './rotate';
export { perspective, getPerspectiveCoeffs, type Corners } from './perspective';
export { toGrayscale } from './to-grayscale';
export { adjustBrightness } from './adjust-brightness';
export { adjustContrast } from './adjust-contrast';
export { adjustSaturation } from './adjust-saturation';
export { adjustHue } from './adjust-hue';
export { erase, type EraseValue } from './erase';
export type { WarpInterpolation } from './warp';
export type { ImageInput, ImageOutput, BrowserImage } from './image-input';
