import type * as FsPromises from 'node:fs/promises';
import { InvalidArgumentError, ResourceNotFoundError } from '../../errors';
import { cachePathOf } from '../../io/download/cache';
import { type DownloadOptions, download, fetchBytes, findCached } from '../../io/download/download';
import type { ProgressCallback } from '../../io/download/progress';
import { node, nodeBuiltin } from '../../framework/node-builtins';
import { isNode } from '../../framework/runtime';

/**
 * Where a dataset file comes from: a local path (Node), a URL (string or `URL`), a browser
 * `File`/`Blob`, or the bytes themselves.
 *
 * @example
 * ```ts
 * const fromPath: paddle.vision.datasets.DataSource = 'data/t10k-images-idx3-ubyte.gz';
 * const fromBytes: paddle.vision.datasets.DataSource = new Uint8Array(await (await fetch('/t10k-labels-idx1-ubyte.gz')).arrayBuffer());
 * const test = new paddle.vision.datasets.MNIST(fromPath, fromBytes, 'test');
 * ```
 * @category Datasets
 */
export type DataSource = string | URL | ArrayBuffer | Uint8Array | Blob;

/**
 * A file Paddle publishes, with the checksum from Paddle's sources.
 *
 * @example
 * ```ts
 * const file: paddle.vision.datasets.PublishedFile = paddle.vision.datasets.CIFAR10_FILE;
 * file.moduleName; // 'cifar'
 * ```
 * @category Datasets
 */
export interface PublishedFile {
  readonly url: string;
  readonly md5: string;
  /** Cache sub-folder, as Paddle's `module_name` (`'mnist'`, `'cifar'`). */
  readonly moduleName: string;
}

/** Options shared by datasets that read published files. */
export interface SourceOptions {
  /** Whether a missing file is downloaded from Paddle's published URL. */
  download: boolean;
  cacheDir?: string;
  /** Base URL replacing Paddle's `https://dataset.bj.bcebos.com/` (a mirror). */
  mirror?: string;
  onProgress?: ProgressCallback;
}

/** A file's bytes now, or a way to get them in `ready()`. */
export type Resolved = { bytes: Uint8Array; name: string } | { later: () => Promise<Uint8Array>; name: string };

function isUrlString(s: string): boolean {
  return /^(https?:|blob:|data:)/i.test(s) || !isNode();
}

function describeSource(src: DataSource): string {
  if (typeof src === 'string') return src;
  if (src instanceof URL) return src.href;
  if (typeof Blob !== 'undefined' && src instanceof Blob) return (src as File).name ?? 'Blob';
  return `${src.constructor.name} of ${(src as ArrayBuffer).byteLength} bytes`;
}

/**
 * Turns a user's source (or, when none is given, the published file in the cache) into bytes
 * now, or into a loader for `ready()`. Paths are read synchronously in Node, like Paddle.
 *
 * @throws ResourceNotFoundError when a local file is missing, or when nothing is given, the
 *   published file is not cached and `download` is false — the message says where to place it
 */
export function resolveSource(src: DataSource | undefined | null, argument: string, published: PublishedFile, opts: SourceOptions, context: string): Resolved {
  if (src !== undefined && src !== null) {
    const name = describeSource(src);
    if (src instanceof Uint8Array) return { bytes: src, name };
    if (src instanceof ArrayBuffer) return { bytes: new Uint8Array(src), name };
    if (typeof Blob !== 'undefined' && src instanceof Blob) return { later: async () => new Uint8Array(await src.arrayBuffer()), name };
    if (src instanceof URL || (typeof src === 'string' && isUrlString(src))) {
      const url = String(src);
      return { later: () => fetchBytes(url, { onProgress: opts.onProgress, md5: url === published.url ? published.md5 : undefined }), name };
    }
    if (typeof src !== 'string') throw new InvalidArgumentError(argument, 'a path, URL, File, ArrayBuffer or Uint8Array', src, context);
    const n = node();
    if (!n && isNode()) {
      // Node before 20.16 in an ES module has no synchronous way to reach fs: read in ready().
      return { later: async () => new Uint8Array(await (await nodeBuiltin<typeof FsPromises>('node:fs/promises')).readFile(src)), name };
    }
    if (!n) return { later: () => fetchBytes(src, { onProgress: opts.onProgress }), name };
    if (!n.fs.existsSync(src)) throw new ResourceNotFoundError(`${context}: argument '${argument}' names ${n.path.resolve(src)}, which does not exist.`);
    return { bytes: new Uint8Array(n.fs.readFileSync(src)), name: src };
  }
  published = withMirror(published, opts.mirror);
  const dl: DownloadOptions = { md5: published.md5, cacheDir: opts.cacheDir, onProgress: opts.onProgress };
  const n = node();
  if (n) {
    const cached = findCached(published.url, published.moduleName, dl);
    if (cached) return { bytes: new Uint8Array(n.fs.readFileSync(cached)), name: cached };
    const target = cachePathOf(published.url, published.moduleName, opts.cacheDir);
    if (!opts.download) {
      throw new ResourceNotFoundError(
        `${context}: '${argument}' is not set and download is false. Place ${published.url} (md5 ${published.md5}) at ${target}, or pass '${argument}'.`,
      );
    }
    return { later: async () => new Uint8Array(n.fs.readFileSync(await download(published.url, published.moduleName, dl))), name: target };
  }
  if (!opts.download) {
    throw new ResourceNotFoundError(`${context}: '${argument}' is not set and download is false; pass a URL, File or ArrayBuffer as '${argument}'.`);
  }
  return { later: () => fetchBytes(published.url, dl), name: published.url };
}

/** Paddle's dataset host; a mirror replaces it. */
export const PADDLE_DATASET_HOST = 'https://dataset.bj.bcebos.com/';

/**
 * Name of the environment variable holding a mirror of Paddle's dataset host (used when no
 * `mirror` option is given), e.g. `http://intranet/paddle-datasets/`.
 *
 * @example
 * ```ts
 * process.env[paddle.vision.datasets.DATASET_MIRROR_ENV] = 'http://intranet/paddle-datasets/';
 * const train = new paddle.vision.datasets.MNIST(); // if not cached: http://intranet/paddle-datasets/mnist/...
 * ```
 * @category Datasets
 */
export const DATASET_MIRROR_ENV = 'TFJS_HAPI_DATASET_MIRROR';

function withMirror(published: PublishedFile, mirror: string | undefined): PublishedFile {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[DATASET_MIRROR_ENV];
  const base = mirror ?? env;
  if (!base || !published.url.startsWith(PADDLE_DATASET_HOST)) return published;
  return { ...published, url: base.replace(/\/?$/, '/') + published.url.slice(PADDLE_DATASET_HOST.length) };
}

/**
 * A transform as datasets accept it: a function, or an object with `call` (every
 * `vision.transforms` class).
 *
 * @example
 * ```ts
 * const flip: paddle.vision.datasets.DatasetTransform = new paddle.vision.transforms.RandomHorizontalFlip();
 * const scale: paddle.vision.datasets.DatasetTransform<paddle.vision.HWCImage, Float32Array> = (img) => Float32Array.from(img.data, (v) => v / 255);
 * new paddle.vision.datasets.MNIST({ mode: 'test', transform: scale });
 * ```
 * @category Datasets
 */
export type DatasetTransform<In = unknown, Out = unknown> = ((input: In) => Out) | { call(input: In): Out };

/** Applies a {@link DatasetTransform}. */
export function applyTransform<In, Out>(t: DatasetTransform<In, Out>, input: In): Out {
  return typeof t === 'function' ? t(input) : t.call(input);
}
