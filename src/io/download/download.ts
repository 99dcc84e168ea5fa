import { CorruptFileError, HapiError, ResourceNotFoundError } from '../../errors';
import { node } from '../../framework/node-builtins';
import { cachePathOf } from './cache';
import { createMd5, md5Hex } from './md5';
import { type ProgressCallback, terminalProgressBar } from './progress';

/**
 * Options of {@link download} and {@link fetchBytes}.
 *
 * @example
 * ```ts
 * const options: paddle.vision.datasets.DownloadOptions = { md5: 'ec29112dd5afa0611ce80d1b7f02629c', retries: 5, cacheDir: '/tmp/ds' };
 * const path = await paddle.vision.datasets.download('https://dataset.bj.bcebos.com/mnist/t10k-labels-idx1-ubyte.gz', 'mnist', options);
 * ```
 * @category Datasets
 */
export interface DownloadOptions {
  /** Expected MD5 (hex) of the file; a mismatch is a `CorruptFileError`. */
  md5?: string;
  /** Cache folder instead of `TFJS_HAPI_DATA_HOME` / `~/.cache/paddle/dataset`. */
  cacheDir?: string;
  /** File name in the cache instead of the URL's last part. */
  fileName?: string;
  /** Called as bytes arrive; by default a progress bar is drawn when stderr is a terminal. */
  onProgress?: ProgressCallback;
  /** Attempts, each resuming where the last stopped, as Paddle's `retry_limit`. @defaultValue 3 */
  retries?: number;
  /** Gives up on a connection silent for this long, in milliseconds. @defaultValue 30000 */
  idleTimeoutMs?: number;
  /** Largest download accepted, in bytes. @defaultValue 4 GiB */
  maxBytes?: number;
}

/**
 * Returns the cached copy of `url` for dataset `moduleName` if it is there and its MD5 matches
 * (Node only), else `null`. Never touches the network.
 * @param url - the file's URL; its last path part is the cached file's name unless `options.fileName` is given
 * @param moduleName - the cache sub-folder, as Paddle's `module_name` (`'mnist'`, `'cifar'`)
 * @param options - `md5` to verify, `cacheDir` and `fileName`; the other fields are ignored
 * @returns the cached file's path, or `null` when absent, of another MD5, or not on Node
 * @throws InvalidArgumentError when `moduleName` or the file name is not one plain path part
 *
 * @example
 * ```ts
 * const { url, md5, moduleName } = paddle.vision.datasets.MNIST_FILES.train[0];
 * const path = paddle.vision.datasets.findCached(url, moduleName, { md5 }); // string, or null
 * ```
 * @category Datasets
 */
export function findCached(url: string, moduleName: string, options: DownloadOptions = {}): string | null {
  const n = node();
  if (!n) return null;
  const file = cachePathOf(url, moduleName, options.cacheDir, options.fileName);
  if (!n.fs.existsSync(file)) return null;
  if (options.md5 && md5File(file) !== options.md5) return null;
  return file;
}

function md5File(file: string): string {
  const fs = node()!.fs;
  const h = createMd5();
  const fd = fs.openSync(file, 'r');
  try {
    const buf = new Uint8Array(1 << 20);
    for (let n; (n = fs.readSync(fd, buf, 0, buf.length, null)) > 0; ) h.update(buf.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return h.hex();
}

/**
 * Downloads `url` into the dataset cache (Node), as Paddle's `paddle.dataset.common.download`:
 * `<cache>/<moduleName>/<file name>`, reused when present with the right MD5. The bytes go to a
 * `.part` file first, which is renamed into place only once complete and verified (so a crash
 * never leaves a half file under the real name); an interrupted download resumes from the
 * `.part` with an HTTP `Range` request.
 *
 * @param url - the file's URL
 * @param moduleName - the cache sub-folder, e.g. `'mnist'` or `'cifar'`
 * @param options - see {@link DownloadOptions}
 * @returns the path of the verified file
 * @throws ResourceNotFoundError when the file cannot be fetched (the message says where to
 *   place it by hand); CorruptFileError when its MD5 is wrong after every retry
 * @example
 * ```ts
 * const path = await download('https://dataset.bj.bcebos.com/mnist/t10k-labels-idx1-ubyte.gz', 'mnist',
 *   { md5: 'ec29112dd5afa0611ce80d1b7f02629c' });
 * ```
 * @category Datasets
 */
export async function download(url: string, moduleName: string, options: DownloadOptions = {}): Promise<string> {
  // Two datasets asking for the same file share one download instead of racing on its .part.
  const key = node() ? cachePathOf(url, moduleName, options.cacheDir, options.fileName) : url;
  let p = inFlight.get(key);
  if (!p) {
    p = downloadOnce(url, moduleName, options).finally(() => inFlight.delete(key));
    inFlight.set(key, p);
  }
  return p;
}

const inFlight = new Map<string, Promise<string>>();

async function downloadOnce(url: string, moduleName: string, options: DownloadOptions): Promise<string> {
  const n = node();
  if (!n) throw new ResourceNotFoundError(`download(${url}) stores files in a cache folder, which needs Node; use fetchBytes in a browser.`);
  const target = cachePathOf(url, moduleName, options.cacheDir, options.fileName);
  const cached = findCached(url, moduleName, options);
  if (cached) return cached;
  const { fs } = n;
  fs.mkdirSync(n.path.dirname(target), { recursive: true });
  const part = `${target}.part`;
  const retries = Math.max(1, options.retries ?? 3);
  const progress = options.onProgress ?? terminalProgressBar(n.path.basename(target)) ?? undefined;
  let lastError: unknown;
  for (let attempt = 0; attempt < retries; attempt++) {
    try {
      await fetchToPart(url, part, progress, options);
    } catch (e) {
      lastError = e;
      continue;
    }
    const sum = options.md5 ? md5File(part) : null;
    if (sum !== null && sum !== options.md5) {
      fs.rmSync(part, { force: true });
      lastError = new CorruptFileError(target, `the download from ${url} has MD5 ${sum}, but ${options.md5} was expected; it was deleted.`);
      continue;
    }
    fs.renameSync(part, target);
    return target;
  }
  if (lastError instanceof CorruptFileError) throw lastError;
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  throw new ResourceNotFoundError(
    `Could not download ${url} (${reason}). Without network access, download it elsewhere and place it at ${target}` +
      `${options.md5 ? ` (md5 ${options.md5})` : ''}, or pass its path to the dataset.`,
    { cause: lastError },
  );
}

async function fetchToPart(url: string, part: string, progress: ProgressCallback | undefined, options: DownloadOptions): Promise<void> {
  const fs = node()!.fs;
  const have = fs.existsSync(part) ? fs.statSync(part).size : 0;
  const ctrl = new AbortController();
  const idle = options.idleTimeoutMs ?? 30_000;
  let timer = setTimeout(() => ctrl.abort(), idle);
  const maxBytes = options.maxBytes ?? 2 ** 32;
  try {
    const res = await fetch(url, { headers: have > 0 ? { Range: `bytes=${have}-` } : {}, signal: ctrl.signal });
    if (res.status === 416 && have > 0) {
      // The .part already holds everything the server has; let the MD5 check judge it.
      await res.body?.cancel();
      return;
    }
    if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`);
    const resumed = res.status === 206 && contentRangeStart(res.headers.get('content-range')) === have;
    if (!resumed && res.status === 206) throw new Error(`server answered an unexpected Content-Range: ${res.headers.get('content-range')}`);
    const length = Number(res.headers.get('content-length'));
    const total = Number.isFinite(length) && length > 0 ? length + (resumed ? have : 0) : null;
    if (total !== null && total > maxBytes) throw new Error(`the file has ${total} bytes, more than the limit of ${maxBytes}`);
    const fd = fs.openSync(part, resumed ? 'a' : 'w');
    let received = resumed ? have : 0;
    try {
      if (!res.body) throw new Error('empty response body');
      const reader = res.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        clearTimeout(timer);
        timer = setTimeout(() => ctrl.abort(), idle);
        received += value.length;
        if (received > maxBytes) throw new Error(`more than the limit of ${maxBytes} bytes`);
        fs.writeSync(fd, value);
        progress?.(received, total);
      }
    } finally {
      fs.closeSync(fd);
    }
    if (total !== null && received < total) throw new Error(`connection closed after ${received} of ${total} bytes`);
  } catch (e) {
    if (e instanceof HapiError) throw e;
    const err = e as Error & { cause?: { message?: string } };
    throw new Error(ctrl.signal.aborted ? `no data for ${idle} ms` : `${err.message}${err.cause?.message ? `: ${err.cause.message}` : ''}`);
  } finally {
    clearTimeout(timer);
  }
}

function contentRangeStart(h: string | null): number {
  const m = /^bytes (\d+)-/.exec(h ?? '');
  return m ? Number(m[1]) : -1;
}

/**
 * Fetches `url` into memory and checks its MD5 — the browser path (no file cache), also usable in
 * Node for small files.
 *
 * @param url - the file's URL
 * @param options - `md5`, `onProgress`, `maxBytes` as in {@link DownloadOptions}
 * @returns the file's bytes
 * @throws ResourceNotFoundError when it cannot be fetched; CorruptFileError on an MD5 mismatch
 * @example
 * ```ts
 * const bytes = await fetchBytes('/data/t10k-labels-idx1-ubyte.gz');
 * ```
 * @category Datasets
 */
export async function fetchBytes(url: string, options: DownloadOptions = {}): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new ResourceNotFoundError(`Could not fetch ${url} (${(e as Error).message}).`, { cause: e });
  }
  if (!res.ok || !res.body) throw new ResourceNotFoundError(`Could not fetch ${url} (HTTP ${res.status}).`);
  const maxBytes = options.maxBytes ?? 2 ** 32;
  const length = Number(res.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = res.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.length;
      if (received > maxBytes) throw new ResourceNotFoundError(`${url} is larger than the limit of ${maxBytes} bytes.`);
      chunks.push(value);
      options.onProgress?.(received, total);
    }
  } catch (e) {
    if (e instanceof HapiError) throw e;
    throw new ResourceNotFoundError(`Could not fetch ${url} (${(e as Error).message}).`, { cause: e });
  }
  if (total !== null && received < total) throw new ResourceNotFoundError(`Could not fetch ${url} (connection closed after ${received} of ${total} bytes).`);
  const out = new Uint8Array(received);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  if (options.md5) {
    const sum = md5Hex(out);
    if (sum !== options.md5) throw new CorruptFileError(url, `MD5 is ${sum}, but ${options.md5} was expected.`);
  }
  return out;
}
