/**
 * `paddle.vision.transforms`: data augmentation and conversion, one class per Paddle transform,
 * plus `transforms.functional`. Every transform is called as `t.call(input)` (bound, so `t.call` can be
 * passed around as a function); random ones draw from `paddle.seed`'s generator unless given one.
 * @module vision/transforms
 */
export * as functional from './functional';
export { BaseTransform, type Coords, type Boxes } from './base-transform';
export { Compose, type TransformLike } from './compose';
export { ToTensor, type ToTensorOptions } from './to-tensor';
export { Normalize, type NormalizeOptions } from './normalize';
export { Resize, type ResizeOptions, type ResizeParams } from './resize';
export { RandomResizedCrop, type RandomResizedCropOptions, type RandomResizedCropParams } from './random-resized-crop';
export { CenterCrop, type CropParams } from './center-crop';
export { RandomCrop, type RandomCropOptions, type RandomCropParams } from './random-crop';
export { Pad, type PadOptions } from './pad';
export { RandomHorizontalFlip, type RandomFlipOptions, type FlipParams } from './random-horizontal-flip';
export { RandomVerticalFlip } from './random-vertical-flip';
export { Transpose, type TransposeOptions } from './transpose';
export { BrightnessTransform } from './brightness-transform';
export { ContrastTransform } from './contrast-transform';
export { SaturationTransform } from './saturation-transform';
export { HueTransform } from './hue-transform';
export { BaseColorTransform, type ColorParams } from './base-color-transform';
export { ColorJitter, type ColorJitterOptions, type ColorJitterParams } from './color-jitter';
export { Grayscale, type GrayscaleOptions } from './grayscale';
export { RandomRotation, type RandomRotationOptions } from './random-rotation';
export { RandomAffine, type RandomAffineOptions, type RandomAffineParams } from './random-affine';
export { RandomPerspective, type RandomPerspectiveOptions, type RandomPerspectiveParams } from './random-perspective';
export { RandomErasing, type RandomErasingOptions, type RandomErasingParams } from './random-erasing';
export {
  toTensor,
  normalize,
  resize,
  pad,
  crop,
  centerCrop,
  hflip,
  vflip,
  affine,
  rotate,
  perspective,
  toGrayscale,
  adjustBrightness,
  adjustContrast,
  adjustSaturation,
  adjustHue,
  erase,
  type DataFormat,
  type Interpolation,
  type PaddingMode,
  type ImageInput,
  type ImageOutput,
  type BrowserImage,
  type WarpInterpolation,
} from './functional';
