import { InvalidArgumentError } from '../../errors';
import type { HWCImage } from '../../framework/image';
import { readImage } from './read-image';

/** Image backends, as Paddle names them. Both give {@link HWCImage}s here; `'cv2'` in BGR order like `cv2.imread`. */
export type ImageBackend = 'pil' | 'cv2';

let backend: ImageBackend = 'pil';

/**
 * Sets the backend that datasets and {@link imageLoad} use when none is given (Paddle's
 * `paddle.vision.set_image_backend`).
 *
 * @param name - `'pil'` (RGB order) or `'cv2'` (BGR order, 3 channels)
 * @throws InvalidArgumentError for another name
 * @example
 * ```ts
 * paddle.vision.setImageBackend('cv2');
 * ```
 * @category Vision
 */
export function setImageBackend(name: ImageBackend): void {
  if (name !== 'pil' && name !== 'cv2') throw new InvalidArgumentError('backend', "'pil' or 'cv2'", name, 'setImageBackend');
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
 * @param path - file path (Node) or URL
 * @param backendName - defaults to {@link getImageBackend}
 * @returns the decoded image
 * @throws CorruptFileError naming the file if it cannot be decoded
 * @example
 * ```ts
 * const img = await paddle.vision.imageLoad('cat.jpg');
 * ```
 * @category Vision
 */
export async function imageLoad(path: string, backendName: ImageBackend = backend): Promise<HWCImage> {
  if (backendName !== 'pil' && backendName !== 'cv2') throw new InvalidArgumentError('backend', "'pil' or 'cv2'", backendName, 'imageLoad');
  if (backendName === 'pil') return readImage(path);
  const img = await readImage(path, { mode: 'RGB' });
  const d = img.data;
  for (let i = 0; i < d.length; i += 3) {
    const r = d[i];
    d[i] = d[i + 2];
    d[i + 2] = r;
  }
  return img;
}
