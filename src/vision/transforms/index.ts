/**
 * `paddle.vision.transforms`: data augmentation and conversion, one class per Paddle transform,
 * plus `transforms.functional`. Every transform is called as `t.call(input)` (bound, so `t.call` can be
 * passed around as a function); random ones draw from `paddle.seed`'s generator unless given one.
 * @module vision/transforms
 */
export * as functional from './functional';
export { BaseTransform, type Coords, type Boxes, type KeyHandler } from './base-transform';
export { Compose, type ComposeArgs, type TransformLike } from './compose';
export { ToTensor, type ToTensorOptions, type ToTensorArgs } from './to-tensor';
export { Normalize, type NormalizeOptions, type NormalizeArgs } from './normalize';
export { Resize, type ResizeOptions, type ResizeArgs, type ResizeParams } from './resize';
export { RandomResizedCrop, type RandomResizedCropOptions, type RandomResizedCropArgs, type RandomResizedCropParams } from './random-resized-crop';
export { CenterCrop, type CenterCropOptions, type CenterCropArgs, type CropParams } from './center-crop';
export { RandomCrop, type RandomCropOptions, type RandomCropArgs, type RandomCropParams } from './random-crop';
export { Pad, type PadOptions, type PadArgs } from './pad';
export { RandomHorizontalFlip, type RandomFlipOptions, type RandomFlipArgs, type FlipParams } from './random-horizontal-flip';
export { RandomVerticalFlip } from './random-vertical-flip';
export { Transpose, type TransposeOptions, type TransposeArgs } from './transpose';
export { BrightnessTransform } from './brightness-transform';
export { ContrastTransform } from './contrast-transform';
export { SaturationTransform } from './saturation-transform';
export { HueTransform } from './hue-transform';
export { BaseColorTransform, type ColorParams, type ColorTransformOptions, type ColorTransformArgs } from './base-color-transform';
export { ColorJitter, type ColorJitterOptions, type ColorJitterArgs, type ColorJitterParams } from './color-jitter';
export { Grayscale, type GrayscaleOptions, type GrayscaleArgs } from './grayscale';
export { RandomRotation, type RandomRotationOptions, type RandomRotationArgs } from './random-rotation';
export { RandomAffine, type RandomAffineOptions, type RandomAffineArgs, type RandomAffineParams } from './random-affine';
export { RandomPerspective, type RandomPerspectiveOptions, type RandomPerspectiveArgs, type RandomPerspectiveParams } from './random-perspective';
export { RandomErasing, type RandomErasingOptions, type RandomErasingArgs, type RandomErasingParams } from './random-erasing';
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
