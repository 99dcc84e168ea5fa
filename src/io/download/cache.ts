import { InvalidArgumentError, UnsupportedError } from '../../errors';
import { node } from '../../framework/node-builtins';

/**
 * Name of the environment variable that moves the dataset cache (default `~/.cache/paddle/dataset`,
 * Paddle's `DATA_HOME`).
 *
 * @example
 * ```ts
 * process.env[paddle.vision.datasets.DATA_HOME_ENV] = '/data/datasets'; // before the first dataset
 * paddle.vision.datasets.getDataHome(); // '/data/datasets'
 * ```
 * @category Datasets
 */
export const DATA_HOME_ENV = 'TFJS_HAPI_DATA_HOME';

/**
 * The folder datasets are downloaded to and looked up in: the `cacheDir` option if given, else
 * the `TFJS_HAPI_DATA_HOME` environment variable, else Paddle's `~/.cache/paddle/dataset`.
 *
 * @param cacheDir - an explicit folder, which wins over everything else
 * @returns an absolute path
 * @throws UnsupportedError outside Node (browsers have no file cache)
 * @example
 * ```ts
 * getDataHome(); // '/home/me/.cache/paddle/dataset'
 * ```
 * @category Datasets
 */
export function getDataHome(cacheDir?: string): string {
  const n = node();
  if (!n) throw new UnsupportedError('A dataset cache folder exists only in Node; in a browser pass URLs, Files or ArrayBuffers.');
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[DATA_HOME_ENV];
  return n.path.resolve(cacheDir ?? (env || n.path.join(n.os.homedir(), '.cache', 'paddle', 'dataset')));
}

/** Checks that `name` is one plain path part (no separators, no `..`), so it stays inside the cache. */
export function safePart(name: string, argument: string): string {
  if (!/^[\w][\w.\-]*$/.test(name) || name.includes('..')) {
    throw new InvalidArgumentError(argument, 'a plain file or folder name (letters, digits, _ . -)', name, 'download');
  }
  return name;
}

/** The file name a URL is saved under: its last path part, as Paddle's `download` does. */
export function fileNameOf(url: string): string {
  const last = new URL(url, 'http://localhost/').pathname.split('/').pop() ?? '';
  return safePart(decodeURIComponent(last), 'url');
}

/**
 * Where `download` stores `url` for dataset `moduleName`: `<data home>/<moduleName>/<file name>`.
 * @category Datasets
 */
export function cachePathOf(url: string, moduleName: string, cacheDir?: string, fileName?: string): string {
  const n = node()!;
  return n.path.join(getDataHome(cacheDir), safePart(moduleName, 'moduleName'), fileName ? safePart(fileName, 'fileName') : fileNameOf(url));
}
