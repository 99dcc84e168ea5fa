import type * as FsPromises from 'node:fs/promises';
import type * as Url from 'node:url';
import { CorruptFileError, ResourceNotFoundError } from '../../errors';
import type { HWCImage } from '../../framework/image';
import { rgbaToRgb } from '../transforms/functional/image-input';
import { checkMode, convertImageMode, type ImageMode } from './convert-mode';
import { decodeImage, sniffImageFormat } from './decode-image';
import { nodeBuiltin } from '../../framework/node-builtins';
import { isNode } from '../../framework/runtime';

/** Options of {@link readImage}. */
export interface ReadImageOptions {
  /** Layout of the result. @defaultValue `'unchanged'` */
  mode?: ImageMode;
  /**
   * In a browser, decode JPEGs with `createImageBitmap` + `OffscreenCanvas` (the browser's
   * libjpeg-turbo: faster, and closer to Pillow's pixels than jpeg-js) instead of the JavaScript
   * decoder. PNGs always use fast-png (exact; a canvas would premultiply alpha). Ignored where those
   * APIs are missing, and for `mode: 'unchanged'`, which needs the file's own channel count.
   * @defaultValue `true`
   */
  native?: boolean;
  /**
   * Decode what a damaged (cut) file holds instead of throwing, as Pillow's
   * `LOAD_TRUNCATED_IMAGES` (see {@link DecodeImageOptions.truncated}); always decodes in JavaScript.
   * @defaultValue false
   */
  truncated?: boolean;
}

async function readBytes(source: string): Promise<Uint8Array> {
  if (isNode() && !/^(https?|blob|data):/i.test(source)) {
    const { readFile } = await nodeBuiltin<typeof FsPromises>('node:fs/promises');
    const { fileURLToPath } = await nodeBuiltin<typeof Url>('node:url');
    const path = source.startsWith('file:') ? fileURLToPath(source) : source;
    try {
      return new Uint8Array(await readFile(path));
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'ENOENT' || code === 'EISDIR') throw new ResourceNotFoundError(`readImage: no image file at '${source}'.`, { cause: err });
      throw err;
    }
  }
  const res = await fetch(source);
  if (!res.ok) throw new ResourceNotFoundError(`readImage: '${source}' answered HTTP ${res.status}.`);
  return new Uint8Array(await res.arrayBuffer());
}

async function decodeNative(bytes: Uint8Array, name: string): Promise<HWCImage> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as BlobPart]), { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
  } catch (err) {
    throw new CorruptFileError(name, 'the browser cannot decode this image (truncated or corrupt)', { cause: err });
  }
  const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
  if (!ctx) throw new CorruptFileError(name, 'no 2D canvas context to read the decoded pixels');
  ctx.drawImage(bitmap, 0, 0);
  const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  bitmap.close();
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width, height, channels: 4 };
}

/**
 * Reads and decodes a PNG or JPEG file: a path in Node (or a `file:` URL), a URL in browsers
 * (fetched). Decoding is {@link decodeImage}'s unless the browser's native decoder is used.
 *
 * @param source - a file path or URL
 * @param options - `mode`, `native`
 * @returns the decoded image
 * @throws ResourceNotFoundError if the file does not exist or the URL does not answer 2xx
 * @throws CorruptFileError naming the file if it is truncated, malformed or not PNG/JPEG
 * @example
 * ```ts
 * const img = await paddle.vision.readImage('data/cat.jpg', { mode: 'RGB' });
 * const x = new paddle.vision.transforms.ToTensor().call(img);
 * ```
 * @category Vision
 */
export async function readImage(source: string | URL, options: ReadImageOptions = {}): Promise<HWCImage> {
  const mode = checkMode(options.mode ?? 'unchanged', 'readImage');
  const name = String(source);
  const bytes = await readBytes(name);
  const canNative =
    (options.native ?? true) && !options.truncated && mode !== 'unchanged' && !isNode() && typeof createImageBitmap === 'function' && typeof OffscreenCanvas !== 'undefined';
  // Only JPEGs go to the browser: a 2D canvas stores premultiplied alpha, which would corrupt the
  // color of translucent PNG pixels, and fast-png is exact and fast enough for PNG.
  if (canNative && sniffImageFormat(bytes) === 'jpeg') {
    const rgba = await decodeNative(bytes, name);
    return mode === 'RGB' ? rgbaToRgb(rgba.data, rgba.width, rgba.height) : convertImageMode(rgba, mode);
  }
  return decodeImage(bytes, { mode, name, truncated: options.truncated ?? false });
}

