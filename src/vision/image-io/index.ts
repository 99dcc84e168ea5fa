/**
 * Image files: decode PNG/JPEG to {@link HWCImage}s (Node and browsers), encode them back, and
 * Paddle's image-backend switch.
 * @module vision/image-io
 */
export { decodeImage, sniffImageFormat, type DecodeImageOptions } from './decode-image';
export { readImage, type ReadImageOptions } from './read-image';
export { encodeImage, type EncodeImageOptions } from './encode-image';
export { convertImageMode, type ImageMode } from './convert-mode';
export { setImageBackend, getImageBackend, imageLoad, type ImageBackend, type ImageLoadArgs, type SetImageBackendArgs } from './image-backend';
