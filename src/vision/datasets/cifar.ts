import { CorruptFileError } from '../../errors';
import { NdArray } from '../../io/formats/pickle/ndarray';
import { readPickle } from '../../io/formats/pickle/reader';
import type { HWCImage } from '../../framework/image';
import { gunzip, isGzip } from '../../io/formats/gzip';
import { readTar } from '../../io/formats/tar';
import { defineSignature, resolveArgs } from '../../framework/args';
import { checkCommon, DOWNLOAD_OPTIONS } from './check-args';
import type { ProgressCallback } from '../../io/download/progress';
import { FileDataset } from './file-dataset';
import { type DataSource, type DatasetTransform, type PublishedFile, applyTransform, resolveSource } from './source';

/**
 * Options of {@link Cifar10} and {@link Cifar100}, after Paddle's
 * `Cifar10(data_file=None, mode='train', transform=None, download=True, backend=None)`.
 *
 * @example
 * ```ts
 * const options: paddle.vision.datasets.CifarOptions = { dataFile: 'cifar-10-python.tar.gz', mode: 'test' };
 * const test = new paddle.vision.datasets.Cifar10(options);
 * ```
 * @category Datasets
 */
export interface CifarOptions {
  /**
   * The archive: `cifar-10-python.tar.gz` / `cifar-100-python.tar.gz` (Paddle's), or the binary
   * versions `cifar-10-binary.tar.gz` / `cifar-100-binary.tar.gz`; a path, URL, `File` or bytes.
   * @defaultValue the cached/downloaded python archive
   */
  dataFile?: DataSource | null;
  /** `'train'` (50,000 images) or `'test'` (10,000). @defaultValue `'train'` */
  mode?: 'train' | 'test';
  /** Applied to each image. @defaultValue none */
  transform?: DatasetTransform | null;
  /** Download Paddle's published archive when none is given or cached. @defaultValue true */
  download?: boolean;
  /**
   * `'pil'`: uint8 HWC images; `'cv2'`: float32 HWC images with values 0–255 (RGB order either
   * way, as Paddle's Cifar). @defaultValue `vision.getImageBackend()` (`'pil'` unless set), as Paddle
   */
  backend?: 'pil' | 'cv2' | null;
  /** Cache folder. @defaultValue `TFJS_HAPI_DATA_HOME` or `~/.cache/paddle/dataset` */
  cacheDir?: string;
  /** Download progress. @defaultValue a bar on a terminal */
  onProgress?: ProgressCallback;
  /**
   * Base URL of a mirror of Paddle's dataset host `https://dataset.bj.bcebos.com/` (same paths;
   * MD5s still checked). @defaultValue the `TFJS_HAPI_DATASET_MIRROR` environment variable, else Paddle's host
   */
  mirror?: string;
}

/**
 * Paddle's published CIFAR-10 archive and MD5 (`python/paddle/vision/datasets/cifar.py`).
 *
 * @example
 * ```ts
 * const { url, md5, moduleName } = paddle.vision.datasets.CIFAR10_FILE;
 * const path = await paddle.vision.datasets.download(url, moduleName, { md5 });
 * ```
 * @category Datasets
 */
export const CIFAR10_FILE: PublishedFile = Object.freeze({
  url: 'https://dataset.bj.bcebos.com/cifar/cifar-10-python.tar.gz',
  md5: 'c58f30108f718f92721af3b95e74349a',
  moduleName: 'cifar',
});
/**
 * Paddle's published CIFAR-100 archive and MD5.
 *
 * @example
 * ```ts
 * const { url, md5, moduleName } = paddle.vision.datasets.CIFAR100_FILE;
 * const path = await paddle.vision.datasets.download(url, moduleName, { md5 });
 * ```
 * @category Datasets
 */
export const CIFAR100_FILE: PublishedFile = Object.freeze({
  url: 'https://dataset.bj.bcebos.com/cifar/cifar-100-python.tar.gz',
  md5: 'eb9058c3a382ffc7106e4002c42a8d85',
  moduleName: 'cifar',
});

/**
 * All of {@link Cifar10}'s (and {@link Cifar100}'s) arguments by name: Paddle's keyword form (all optional).
 *
 * @example
 * ```ts
 * const train = new paddle.vision.datasets.Cifar10({ dataFile: 'cifar-10-python.tar.gz' });
 * ```
 * @category Datasets
 */
export type CifarArgs = CifarOptions;

const CIFAR_PARAMS = ['dataFile', 'mode', 'transform', 'download', 'backend'];
const CIFAR10_SIGNATURE = defineSignature('vision.datasets.Cifar10', CIFAR_PARAMS, { optionOnly: DOWNLOAD_OPTIONS });
const CIFAR100_SIGNATURE = defineSignature('vision.datasets.Cifar100', CIFAR_PARAMS, { optionOnly: DOWNLOAD_OPTIONS });

const PIXELS = 32 * 32 * 3;

/**
 * One CIFAR sample: the image (or what `transform` made of it) and the class index as a plain
 * number (Paddle: an int64 0-d array), so a batch collates to a `[N]` label tensor as in Paddle.
 *
 * @example
 * ```ts
 * const ds = new paddle.vision.datasets.Cifar10({ dataFile: 'cifar-10-python.tar.gz' }); // Paddle: Cifar10(data_file='cifar-10-python.tar.gz')
 * const [img, label]: paddle.vision.datasets.CifarItem = ds.getItem(0); // HWCImage, e.g. 6
 * ```
 * @category Datasets
 */
export type CifarItem<I = HWCImage> = [image: I, label: number];

/**
 * CIFAR-10 (Krizhevsky, 2009): 60,000 32×32 colour images in 10 classes, read from the official
 * archive without extracting it. The python version holds Python 2 pickles of numpy arrays, read
 * with tfjs-hapi's safe unpickler (nothing in them is executed); the binary version is read too.
 *
 * @example
 * ```ts
 * const train = new paddle.vision.datasets.Cifar10({ dataFile: 'cifar-10-python.tar.gz' });
 * const [img, label] = train.getItem(0); // HWCImage 32×32×3 uint8, 6
 * ```
 * @see https://www.cs.toronto.edu/~kriz/cifar.html
 * @category Datasets
 */
export class Cifar10<I = HWCImage> extends FileDataset<CifarItem<I>> {
  protected readonly context: string = 'Cifar10';
  readonly mode: 'train' | 'test';
  readonly backend: 'pil' | 'cv2';
  readonly transform: DatasetTransform | null;
  private batches: Uint8Array[] = [];
  private labelBatches: Int32Array[] = [];
  private ends: number[] = [];

  /**
   * Reads the dataset with every argument in one options object.
   * @param args - every argument by name, Paddle's keyword form (see {@link CifarArgs})
   * @throws InvalidArgumentError for a bad `mode` or `backend`, or an unknown option
   * @throws ResourceNotFoundError when the archive is missing and cannot be downloaded
   * @throws CorruptFileError for a malformed archive or pickle (including a non-allow-listed global) (this and
   *   ResourceNotFoundError at construction for local files, else from `ready()`)
   */
  constructor(args?: CifarArgs);
  /**
   * Reads the dataset from an archive, the other arguments by name.
   * @param dataFile - the archive (path, URL, `File` or bytes; python or binary version); null or undefined
   *   for the cached/downloaded python archive
   * @param options - the remaining arguments by name ({@link CifarOptions})
   * @throws InvalidArgumentError for a bad `mode` or `backend`, or an unknown option
   * @throws ResourceNotFoundError when the archive is missing and cannot be downloaded
   * @throws CorruptFileError for a malformed archive or pickle (including a non-allow-listed global) (this and
   *   ResourceNotFoundError at construction for local files, else from `ready()`)
   */
  constructor(dataFile: DataSource | null | undefined, options?: Omit<CifarOptions, 'dataFile'>);
  /**
   * Reads the dataset with Paddle's positional arguments `(dataFile, mode, transform, download, backend)`.
   * @param dataFile - the archive (path, URL, `File` or bytes; python or binary version); null or undefined
   *   for the cached/downloaded python archive
   * @param mode - `'train'` or `'test'` (default `'train'`)
   * @param transform - applied to each image (default none)
   * @param download - download Paddle's published archive when none is given or cached (default true)
   * @param backend - `'pil'` (uint8 images) or `'cv2'` (float32 images); default `vision.getImageBackend()`
   * @throws InvalidArgumentError for a bad `mode` or `backend`, or an unknown option
   * @throws ResourceNotFoundError when the archive is missing and cannot be downloaded
   * @throws CorruptFileError for a malformed archive or pickle (including a non-allow-listed global) (this and
   *   ResourceNotFoundError at construction for local files, else from `ready()`)
   */
  constructor(
    dataFile: DataSource | null | undefined,
    mode?: CifarOptions['mode'],
    transform?: CifarOptions['transform'],
    download?: boolean,
    backend?: CifarOptions['backend'],
  );
  constructor(...args: unknown[]) {
    super();
    const sig = this.isCifar100() ? CIFAR100_SIGNATURE : CIFAR10_SIGNATURE;
    const name = this.isCifar100() ? 'Cifar100' : 'Cifar10';
    const options = resolveArgs<CifarArgs>(sig, args);
    const { mode, backend, transform, download } = checkCommon(options, sig.where);
    this.mode = mode;
    this.backend = backend;
    this.transform = transform;
    const published = this.isCifar100() ? CIFAR100_FILE : CIFAR10_FILE;
    const opts = { download, cacheDir: options.cacheDir, onProgress: options.onProgress, mirror: options.mirror };
    this.start([resolveSource(options.dataFile, 'dataFile', published, opts, name)]);
  }

  /** Cifar100 overrides this; a method (not a field) so it is known inside the base constructor. */
  protected isCifar100(): boolean {
    return false;
  }

  protected parse([archive]: { bytes: Uint8Array; name: string }[]): void {
    const tar = isGzip(archive.bytes) ? gunzip(archive.bytes, { file: archive.name }) : archive.bytes;
    // Paddle's MODE_FLAG_MAP: entries whose name contains the flag, sorted by name.
    const flag = this.isCifar100() ? this.mode : this.mode === 'train' ? 'data_batch' : 'test_batch';
    const entries = readTar(tar, { file: archive.name, filter: (n) => n.split('/').pop()!.includes(flag) })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (entries.length === 0) throw new CorruptFileError(archive.name, `no '${flag}' entries — not a ${this.isCifar100() ? 'CIFAR-100' : 'CIFAR-10'} archive.`);
    let total = 0;
    for (const e of entries) {
      const where = `${archive.name}:${e.name}`;
      const [data, labels] = e.name.endsWith('.bin') ? this.parseBinary(e.data, where) : this.parsePickle(e.data, where);
      this.batches.push(data);
      this.labelBatches.push(labels);
      total += labels.length;
      this.ends.push(total);
    }
  }

  private parseBinary(bytes: Uint8Array, where: string): [Uint8Array, Int32Array] {
    // Records are <label><3072 pixels> (CIFAR-10) or <coarse><fine><3072 pixels> (CIFAR-100).
    const head = this.isCifar100() ? 2 : 1;
    const rec = head + PIXELS;
    if (bytes.length === 0 || bytes.length % rec !== 0) {
      throw new CorruptFileError(where, `${bytes.length} bytes is not a whole number of ${rec}-byte records (truncated, or the other CIFAR's file).`);
    }
    const n = bytes.length / rec;
    const data = new Uint8Array(n * PIXELS);
    const labels = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      labels[i] = bytes[i * rec + head - 1];
      data.set(bytes.subarray(i * rec + head, (i + 1) * rec), i * PIXELS);
    }
    return [data, labels];
  }

  private parsePickle(bytes: Uint8Array, where: string): [Uint8Array, Int32Array] {
    const batch = readPickle(bytes, { file: where, encoding: 'latin1' });
    if (!(batch instanceof Map)) throw new CorruptFileError(where, 'a CIFAR batch must be a pickled dict.');
    const data = field(batch, 'data');
    const labels = field(batch, 'labels') ?? field(batch, 'fine_labels');
    if (!(data instanceof NdArray) || data.dtype !== 'uint8' || data.shape.length !== 2 || data.shape[1] !== PIXELS) {
      throw new CorruptFileError(where, "the batch's 'data' must be a uint8 numpy array of shape [N, 3072].");
    }
    const list = labels instanceof NdArray ? Array.from(labels.toInt32(where)) : labels;
    if (!Array.isArray(list) || list.length !== data.shape[0] || !list.every((l) => Number.isInteger(l) && (l as number) >= 0)) {
      throw new CorruptFileError(where, `the batch needs ${data.shape[0]} integer 'labels' (or 'fine_labels').`);
    }
    return [data.data as Uint8Array, Int32Array.from(list as number[])];
  }

  protected count(): number {
    return this.ends.length ? this.ends[this.ends.length - 1] : 0;
  }

  protected item(i: number): CifarItem<I> {
    let b = 0;
    while (this.ends[b] <= i) b++;
    const row = i - (b === 0 ? 0 : this.ends[b - 1]);
    const src = this.batches[b].subarray(row * PIXELS, (row + 1) * PIXELS);
    // The archive stores each image as CHW planes; images here are HWC, as Paddle transposes them.
    const data = this.backend === 'pil' ? new Uint8Array(PIXELS) : new Float32Array(PIXELS);
    for (let c = 0; c < 3; c++) {
      for (let p = 0; p < 1024; p++) data[p * 3 + c] = src[c * 1024 + p];
    }
    const image: HWCImage = { data, width: 32, height: 32, channels: 3 };
    const out = this.transform ? applyTransform(this.transform, image) : image;
    return [out as I, this.labelBatches[b][row]];
  }
}

/**
 * A batch dict's entry by name. The published archives (Python 2's cPickle) have str keys, read
 * as strings; a batch re-pickled by Python 3 has the bytes keys Paddle's reader sees (`b'data'`),
 * read as `Uint8Array`s — both are accepted, as Paddle's `encoding='bytes'` load does.
 */
function field(batch: Map<unknown, unknown>, name: string): unknown {
  if (batch.has(name)) return batch.get(name);
  for (const [k, v] of batch) {
    if (k instanceof Uint8Array && k.length === name.length && k.every((c, i) => c === name.charCodeAt(i))) return v;
  }
  return undefined;
}

/**
 * CIFAR-100: CIFAR-10's format with 100 fine classes (labels are the fine ones, as in Paddle).
 *
 * @example
 * ```ts
 * const test = new paddle.vision.datasets.Cifar100({ dataFile: 'cifar-100-python.tar.gz', mode: 'test' });
 * test.len(); // 10000
 * ```
 * @see https://www.cs.toronto.edu/~kriz/cifar.html
 * @category Datasets
 */
export class Cifar100<I = HWCImage> extends Cifar10<I> {
  protected override readonly context: string = 'Cifar100';

  protected override isCifar100(): boolean {
    return true;
  }
}
