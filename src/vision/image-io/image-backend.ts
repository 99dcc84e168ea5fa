import { InvalidArgumentError } from '../../errors';
import type { HWCImage } from '../../framework/image';
import { readImage } from './read-image';
import { defineSignature, resolveArgs } from '../../framework/args';

/**
 * All of {@link setImageBackend}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * paddle.vision.setImageBackend({ backend: 'pil' }); // Paddle: set_image_backend(backend='pil')
 * ```
 * @category Vision
 */
export interface SetImageBackendArgs {
  backend: ImageBackend;
}

/**
 * All of {@link imageLoad}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * await paddle.vision.imageLoad({ path: 'cat.jpg', backend: 'cv2' }); // Paddle: image_load(path='cat.jpg', backend='cv2')
 * ```
 * @category Vision
 */
export interface ImageLoadArgs {
  /** File path (Node) or URL. */
  path: string;
  /** @defaultValue {@link getImageBackend} */
  backend?: ImageBackend | null;
  /**
   * Decode what a damaged (cut) file holds instead of throwing — Pillow's
   * `ImageFile.LOAD_TRUNCATED_IMAGES = True` (see {@link DecodeImageOptions.truncated}).
   * @defaultValue false
   */
  truncated?: boolean;
}

const SET_SIGNATURE = defineSignature('vision.setImageBackend', ['backend'], { required: 1 });
const LOAD_SIGNATURE = defineSignature('vision.imageLoad', ['path', 'backend'], { required: 1, optionOnly: ['truncated'] });

/** Image backends, as Paddle names them. Both give {@link HWCImage}s here; `'cv2'` in BGR order like `cv2.imread`. */
export type ImageBackend = 'pil' | 'cv2';

let backend: ImageBackend = 'pil';

/**
 * Sets the backend that datasets and {@link imageLoad} use when none is given (Paddle's
 * `paddle.vision.set_image_backend`).
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link SetImageBackendArgs})
 * @throws InvalidArgumentError for another name
 * @example
 * ```ts
 * paddle.vision.setImageBackend('cv2');
 * paddle.vision.setImageBackend({ backend: 'pil' }); // Paddle: set_image_backend(backend='pil')
 * ```
 * @category Vision
 */
export function setImageBackend(args: SetImageBackendArgs): void;
/**
 * Positional form, in Paddle's order.
 *
 * @param backend - `'pil'` (RGB order) or `'cv2'` (BGR order, 3 channels)
 */
export function setImageBackend(backend: ImageBackend): void;
export function setImageBackend(...args: unknown[]): void {
  const name = resolveArgs<SetImageBackendArgs>(SET_SIGNATURE, args).backend;
  if (name !== 'pil' && name !== 'cv2') throw new InvalidArgumentError('backend', "'pil' or 'cv2'", name, SET_SIGNATURE.where);
  backend = name;
}

/**
 * The backend set by {@link setImageBackend} (Paddle's `get_image_backend`).
 *
 * @returns `'pil'` unless changed
 * @example
 * ```ts
 * paddle.vision.getImageBackend(); // 'pil'
 * ```
 * @category Vision
 */
export function getImageBackend(): ImageBackend {
  return backend;
}

/**
 * Loads an image like Paddle's `paddle.vision.image_load`: `'pil'` keeps the file's channels
 * (as `Image.open`), `'cv2'` gives 3-channel BGR (as `cv2.imread`).
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link ImageLoadArgs})
 * @returns the decoded image
 * @throws CorruptFileError naming the file if it cannot be decoded
 * @example
 * ```ts
 * const img = await paddle.vision.imageLoad('cat.jpg');
 * await paddle.vision.imageLoad({ path: 'cat.jpg', backend: 'cv2' }); // Paddle: image_load(path='cat.jpg', backend='cv2')
 * ```
 * @category Vision
 */
export async function imageLoad(args: ImageLoadArgs): Promise<HWCImage>;
export async function imageLoad(path: string, options?: Omit<ImageLoadArgs, 'path'>): Promise<HWCImage>;
/**
 * Positional form, in Paddle's order.
 *
 * @param path - file path (Node) or URL
 * @param backend - defaults to {@link getImageBackend}
 */
export async function imageLoad(path: string, backend?: ImageBackend | null): Promise<HWCImage>;
export async function imageLoad(...args: unknown[]): Promise<HWCImage> {
  const o = resolveArgs<ImageLoadArgs>(LOAD_SIGNATURE, args);
  const { path } = o;
  const backendName = o.backend ?? backend;
  if (backendName !== 'pil' && backendName !== 'cv2') throw new InvalidArgumentError('backend', "'pil' or 'cv2'", backendName, LOAD_SIGNATURE.where);
  const truncated = o.truncated ?? false;
  if (typeof truncated !== 'boolean') throw new InvalidArgumentError('truncated', 'a boolean', truncated, LOAD_SIGNATURE.where);
  if (backendName === 'pil') return readImage(path, { truncated });
  const img = await readImage(path, { mode: 'RGB', truncated });
  const d = img.data;
  for (let i = 0; i < d.length; i += 3) {
    const r = d[i];
    d[i] = d[i + 2];
    d[i + 2] = r;
  }
  return img;
}
