// Level 3 (docs/architecture.md, Levels): transforms, datasets, models, image-io. May import
// every lower level (io/ for formats and downloads, nn/, framework/, …), never hapi/.
/**
 * `paddle.vision`: transforms, datasets, models and image I/O.
 * @module vision
 */
export { type HWCImage, isHWCImage } from '../framework/image';
// ---- transforms, image decoding (issue 5) ----
export * as transforms from './transforms';
export {
  decodeImage,
  readImage,
  encodeImage,
  convertImageMode,
  sniffImageFormat,
  setImageBackend,
  getImageBackend,
  imageLoad,
  type DecodeImageOptions,
  type ReadImageOptions,
  type EncodeImageOptions,
  type ImageMode,
  type ImageBackend,
  type ImageLoadArgs,
  type SetImageBackendArgs,
} from './image-io';

// ---- datasets (issue 6) ----
export * as datasets from './datasets';

// ---- models (issue 7/8) ----
export * as models from './models';
