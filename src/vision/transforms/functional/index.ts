/**
 * `paddle.vision.transforms.functional`: the stateless image operations behind the transforms.
 * Each takes an HWCImage (uint8 or float32), a CHW tensor or a browser image and returns the same
 * kind (browser images come back as HWCImages; tensors as new tensors the caller owns).
 * @module vision/transforms/functional
 */
export { toTensor, type DataFormat, type ToTensorArgs } from './to-tensor';
export { normalize, type NormalizeArgs } from './normalize';
export { resize, type Interpolation, type ResizeArgs } from './resize';
export { pad, type PaddingMode, type PadArgs } from './pad';
export { crop, centerCrop, type CropArgs, type CenterCropArgs } from './crop';
export { hflip, vflip, type HflipArgs, type VflipArgs } from './flip';
export { affine, getAffineMatrix, type AffineOptions, type AffineArgs } from './affine';
export { rotate, type RotateOptions, type RotateArgs } from './rotate';
export { perspective, getPerspectiveCoeffs, type Corners, type PerspectiveArgs } from './perspective';
export { toGrayscale, type ToGrayscaleArgs } from './to-grayscale';
export { adjustBrightness, type AdjustBrightnessArgs } from './adjust-brightness';
export { adjustContrast, type AdjustContrastArgs } from './adjust-contrast';
export { adjustSaturation, type AdjustSaturationArgs } from './adjust-saturation';
export { adjustHue, type AdjustHueArgs } from './adjust-hue';
export { erase, type EraseValue, type EraseArgs } from './erase';
export type { WarpInterpolation } from './warp';
export type { ImageInput, ImageOutput, BrowserImage } from './image-input';
