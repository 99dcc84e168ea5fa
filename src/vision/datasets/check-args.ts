import { InvalidArgumentError } from '../../errors';
import { getImageBackend } from '../image-io/image-backend';
import type { DatasetTransform } from './source';

/** Options every file-reading dataset takes besides Paddle's (by name only). */
export const DOWNLOAD_OPTIONS: readonly string[] = Object.freeze(['cacheDir', 'onProgress', 'mirror']);

/** What the file datasets share after resolving their arguments. */
export interface CommonDatasetArgs {
  mode?: string;
  transform?: DatasetTransform | null;
  download?: boolean;
  backend?: 'pil' | 'cv2' | null;
  cacheDir?: string;
  onProgress?: unknown;
  mirror?: string;
}

/** Checks a transform: a function, an object with `call` (a transform or Compose), or null. */
export function checkTransform(t: unknown, where: string, name = 'transform'): DatasetTransform | null {
  if (t == null) return null;
  if (typeof t === 'function' || (typeof t === 'object' && typeof (t as { call?: unknown }).call === 'function')) return t as DatasetTransform;
  throw new InvalidArgumentError(name, 'a function or a transform (an object with call)', t, where);
}

/**
 * Checks the arguments MNIST and Cifar share, all at once: mode, backend, transform, download and
 * the download options.
 */
export function checkCommon(o: CommonDatasetArgs, where: string) {
  const mode = typeof o.mode === 'string' ? o.mode.toLowerCase() : o.mode ?? 'train';
  if (mode !== 'train' && mode !== 'test') throw new InvalidArgumentError('mode', "'train' or 'test'", o.mode, where);
  const backend = o.backend ?? getImageBackend();
  if (backend !== 'pil' && backend !== 'cv2') throw new InvalidArgumentError('backend', "'pil' or 'cv2'", o.backend, where);
  const transform = checkTransform(o.transform, where);
  const download = o.download ?? true;
  if (typeof download !== 'boolean') throw new InvalidArgumentError('download', 'true or false', download, where);
  for (const key of ['cacheDir', 'mirror'] as const) {
    if (o[key] !== undefined && typeof o[key] !== 'string') throw new InvalidArgumentError(key, 'a string', o[key], where);
  }
  if (o.onProgress !== undefined && typeof o.onProgress !== 'function') throw new InvalidArgumentError('onProgress', 'a function', o.onProgress, where);
  return { mode: mode as 'train' | 'test', backend: backend as 'pil' | 'cv2', transform, download };
}
