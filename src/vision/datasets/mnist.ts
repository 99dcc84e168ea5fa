import { CorruptFileError } from '../../errors';
import type { HWCImage } from '../../framework/image';
import { defineSignature, resolveArgs } from '../../framework/args';
import { checkCommon, DOWNLOAD_OPTIONS } from './check-args';
import { FileDataset } from './file-dataset';
import type { ProgressCallback } from '../../io/download/progress';
import { parseIdx } from '../../io/formats/idx';
import { type DataSource, type DatasetTransform, type PublishedFile, applyTransform, resolveSource } from './source';

/**
 * Options of {@link MNIST} and {@link FashionMNIST}, after Paddle's
 * `MNIST(image_path=None, label_path=None, mode='train', transform=None, download=True, backend=None)`.
 *
 * @example
 * ```ts
 * const options: paddle.vision.datasets.MNISTOptions = { mode: 'test', backend: 'cv2' };
 * const test = new paddle.vision.datasets.MNIST(options);
 * await test.ready(); // downloads Paddle's files on first use
 * ```
 * @category Datasets
 */
export interface MNISTOptions {
  /** The `*-images-idx3-ubyte[.gz]` file: a path, URL, `File` or bytes. @defaultValue the cached/downloaded file */
  imagePath?: DataSource | null;
  /** The `*-labels-idx1-ubyte[.gz]` file. @defaultValue the cached/downloaded file */
  labelPath?: DataSource | null;
  /** `'train'` (60,000 images) or `'test'` (10,000). @defaultValue `'train'` */
  mode?: 'train' | 'test';
  /** Applied to each image. @defaultValue none */
  transform?: DatasetTransform | null;
  /** Download Paddle's published files when no path is given and the cache has none. @defaultValue true */
  download?: boolean;
  /**
   * `'pil'`: images as `uint8` {@link HWCImage}s (Paddle gives a PIL image); `'cv2'`: as
   * `float32` HWCImages with values 0–255 (Paddle gives a float32 ndarray). @defaultValue
   * `vision.getImageBackend()` (`'pil'` unless set), as Paddle
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
 * The published image and label files of MNIST-format datasets, per mode.
 *
 * @example
 * ```ts
 * const [images, labels] = paddle.vision.datasets.MNIST_FILES.test;
 * images.url; // 'https://dataset.bj.bcebos.com/mnist/t10k-images-idx3-ubyte.gz'
 * ```
 * @category Datasets
 */
/**
 * All of {@link MNIST}'s arguments by name: Paddle's keyword form (all optional).
 *
 * @example
 * ```ts
 * // Paddle: MNIST(mode='train', transform=ToTensor())
 * const train = new paddle.vision.datasets.MNIST({ mode: 'train', transform: new paddle.vision.transforms.ToTensor() });
 * ```
 * @category Datasets
 */
export type MNISTArgs = MNISTOptions;

const MNIST_PARAMS = ['imagePath', 'labelPath', 'mode', 'transform', 'download', 'backend'];
const MNIST_SIGNATURE = defineSignature('vision.datasets.MNIST', MNIST_PARAMS, { optionOnly: DOWNLOAD_OPTIONS });
const FASHION_MNIST_SIGNATURE = defineSignature('vision.datasets.FashionMNIST', MNIST_PARAMS, { optionOnly: DOWNLOAD_OPTIONS });

export interface MnistFiles {
  readonly name: string;
  readonly train: readonly [PublishedFile, PublishedFile];
  readonly test: readonly [PublishedFile, PublishedFile];
}

const file = (moduleName: string, prefix: string, name: string, md5: string): PublishedFile => ({ url: prefix + name, md5, moduleName });
const MNIST_PREFIX = 'https://dataset.bj.bcebos.com/mnist/';
const FASHION_PREFIX = 'https://dataset.bj.bcebos.com/fashion_mnist/';

/**
 * Paddle's published MNIST files and MD5s (`python/paddle/vision/datasets/mnist.py`).
 *
 * @example
 * ```ts
 * const [images, labels] = paddle.vision.datasets.MNIST_FILES.test;
 * const imagesPath = await paddle.vision.datasets.download(images.url, images.moduleName, { md5: images.md5 });
 * ```
 * @category Datasets
 */
export const MNIST_FILES: MnistFiles = Object.freeze({
  name: 'mnist',
  train: [
    file('mnist', MNIST_PREFIX, 'train-images-idx3-ubyte.gz', 'f68b3c2dcbeaaa9fbdd348bbdeb94873'),
    file('mnist', MNIST_PREFIX, 'train-labels-idx1-ubyte.gz', 'd53e105ee54ea40749a09fcbcd1e9432'),
  ],
  test: [
    file('mnist', MNIST_PREFIX, 't10k-images-idx3-ubyte.gz', '9fb629c4189551a2d022fa330f9573f3'),
    file('mnist', MNIST_PREFIX, 't10k-labels-idx1-ubyte.gz', 'ec29112dd5afa0611ce80d1b7f02629c'),
  ],
} as const);

/**
 * Paddle's published Fashion-MNIST files and MD5s.
 *
 * @example
 * ```ts
 * const [images, labels] = paddle.vision.datasets.FASHION_MNIST_FILES.train;
 * images.md5; // '8d4fb7e6c68d591d4c3dfef9ec88bf0d'
 * ```
 * @category Datasets
 */
export const FASHION_MNIST_FILES: MnistFiles = Object.freeze({
  name: 'fashion-mnist',
  train: [
    file('fashion-mnist', FASHION_PREFIX, 'train-images-idx3-ubyte.gz', '8d4fb7e6c68d591d4c3dfef9ec88bf0d'),
    file('fashion-mnist', FASHION_PREFIX, 'train-labels-idx1-ubyte.gz', '25c81989df183df01b3e8a0aad5dffbe'),
  ],
  test: [
    file('fashion-mnist', FASHION_PREFIX, 't10k-images-idx3-ubyte.gz', 'bef4ecab320f06d8554ea6380940ec79'),
    file('fashion-mnist', FASHION_PREFIX, 't10k-labels-idx1-ubyte.gz', 'bb300cfdad3c16e7a12a480ee83cd310'),
  ],
} as const);

/**
 * One MNIST sample as Paddle gives it: the image (or what `transform` made of it) and the label
 * as a one-element integer array (Paddle: int64 of shape `[1]`; here `Int32Array`, the integer
 * type tfjs tensors hold, so a batch collates to an int32 `[N, 1]` label tensor).
 *
 * @example
 * ```ts
 * const test = new paddle.vision.datasets.MNIST({ mode: 'test' });
 * await test.ready();
 * const [img, label]: paddle.vision.datasets.MNISTItem = test.getItem(0); // HWCImage 28×28×1, Int32Array [7]
 * ```
 * @category Datasets
 */
export type MNISTItem<I = HWCImage> = [image: I, label: Int32Array];

/**
 * The MNIST handwritten digits (LeCun et al.), read from the official IDX files, gzipped or not.
 * In Node, local files are read when constructed; `await ds.ready()` downloads Paddle's published
 * files into the cache (verified by MD5) or fetches URLs/`File`s in a browser.
 *
 * @example
 * ```ts
 * // Paddle: MNIST(mode='train', transform=ToTensor())
 * const train = new paddle.vision.datasets.MNIST({ mode: 'train', transform: new paddle.vision.transforms.ToTensor() });
 * await train.ready();
 * const [img, label] = train.getItem(0); // Tensor [1, 28, 28], Int32Array [5]
 * ```
 * @see http://yann.lecun.com/exdb/mnist/
 * @category Datasets
 */
export class MNIST<I = HWCImage> extends FileDataset<MNISTItem<I>> {
  protected readonly context: string = 'MNIST';
  /** `'train'` or `'test'`. */
  readonly mode: 'train' | 'test';
  /** `'pil'` (uint8 images) or `'cv2'` (float32 images). */
  readonly backend: 'pil' | 'cv2';
  readonly transform: DatasetTransform | null;
  private images: Uint8Array = new Uint8Array(0);
  private labels: Uint8Array = new Uint8Array(0);
  private rows = 28;
  private cols = 28;

  /**
   * Reads the dataset with every argument in one options object.
   * @param args - every argument by name, Paddle's keyword form (see {@link MNISTArgs})
   * @throws InvalidArgumentError for a bad `mode` or `backend`, or an unknown option
   * @throws ResourceNotFoundError when a given file is missing, or none is given/cached and `download` is false
   * @throws CorruptFileError when the files are not IDX image/label files or disagree in length (this and
   *   ResourceNotFoundError at construction for local files, else from `ready()`)
   */
  constructor(args?: MNISTArgs);
  /**
   * Reads the dataset from the image and label files, the other arguments by name.
   * @param imagePath - the `*-images-idx3-ubyte[.gz]` file (path, URL, `File` or bytes); null or undefined for the
   *   cached/downloaded one
   * @param labelPath - the `*-labels-idx1-ubyte[.gz]` file; null or undefined for the cached/downloaded one
   * @param options - the remaining arguments by name ({@link MNISTOptions})
   * @throws InvalidArgumentError for a bad `mode` or `backend`, or an unknown option
   * @throws ResourceNotFoundError when a given file is missing, or none is given/cached and `download` is false
   * @throws CorruptFileError when the files are not IDX image/label files or disagree in length (this and
   *   ResourceNotFoundError at construction for local files, else from `ready()`)
   */
  constructor(imagePath: DataSource | null | undefined, labelPath?: DataSource | null, options?: Omit<MNISTOptions, 'imagePath' | 'labelPath'>);
  /**
   * Reads the dataset from the image and label files of one mode, the other arguments by name.
   * @param imagePath - the `*-images-idx3-ubyte[.gz]` file (path, URL, `File` or bytes); null or undefined for the
   *   cached/downloaded one
   * @param labelPath - the `*-labels-idx1-ubyte[.gz]` file; null or undefined for the cached/downloaded one
   * @param mode - `'train'` or `'test'` (default `'train'`)
   * @param options - the remaining arguments by name ({@link MNISTOptions})
   * @throws InvalidArgumentError for a bad `mode` or `backend`, or an unknown option
   * @throws ResourceNotFoundError when a given file is missing, or none is given/cached and `download` is false
   * @throws CorruptFileError when the files are not IDX image/label files or disagree in length (this and
   *   ResourceNotFoundError at construction for local files, else from `ready()`)
   */
  constructor(imagePath: DataSource | null | undefined, labelPath: DataSource | null | undefined, mode: MNISTOptions['mode'], options?: Omit<MNISTOptions, 'imagePath' | 'labelPath' | 'mode'>);
  /**
   * Reads the dataset with Paddle's positional arguments
   *   `(imagePath, labelPath, mode, transform, download, backend)`.
   * @param imagePath - the `*-images-idx3-ubyte[.gz]` file (path, URL, `File` or bytes); null or undefined for the
   *   cached/downloaded one
   * @param labelPath - the `*-labels-idx1-ubyte[.gz]` file; null or undefined for the cached/downloaded one
   * @param mode - `'train'` or `'test'` (default `'train'`)
   * @param transform - applied to each image (default none)
   * @param download - download Paddle's published files when none is given or cached (default true)
   * @param backend - `'pil'` (uint8 images) or `'cv2'` (float32 images); default `vision.getImageBackend()`
   * @throws InvalidArgumentError for a bad `mode` or `backend`, or an unknown option
   * @throws ResourceNotFoundError when a given file is missing, or none is given/cached and `download` is false
   * @throws CorruptFileError when the files are not IDX image/label files or disagree in length (this and
   *   ResourceNotFoundError at construction for local files, else from `ready()`)
   */
  constructor(
    imagePath: DataSource | null | undefined,
    labelPath?: DataSource | null,
    mode?: MNISTOptions['mode'],
    transform?: MNISTOptions['transform'],
    download?: boolean,
    backend?: MNISTOptions['backend'],
  );
  constructor(...args: unknown[]) {
    super();
    const sig = this.files() === MNIST_FILES ? MNIST_SIGNATURE : FASHION_MNIST_SIGNATURE;
    const options = resolveArgs<MNISTArgs>(sig, args);
    const { mode, backend, transform, download } = checkCommon(options, sig.where);
    this.mode = mode;
    this.backend = backend;
    this.transform = transform;
    const files = this.files()[mode];
    const opts = { download, cacheDir: options.cacheDir, onProgress: options.onProgress, mirror: options.mirror };
    this.start([
      resolveSource(options.imagePath, 'imagePath', files[0], opts, this.name()),
      resolveSource(options.labelPath, 'labelPath', files[1], opts, this.name()),
    ]);
  }

  /** The published files this class downloads. */
  protected files(): MnistFiles {
    return MNIST_FILES;
  }

  private name(): string {
    return this.files() === MNIST_FILES ? 'MNIST' : 'FashionMNIST';
  }

  protected parse([img, lab]: { bytes: Uint8Array; name: string }[]): void {
    const images = parseIdx(img.bytes, img.name);
    const labels = parseIdx(lab.bytes, lab.name);
    if (images.dtype !== 'uint8' || images.shape.length !== 3) {
      throw new CorruptFileError(img.name, `expected an IDX file of uint8 images [N, rows, cols], got ${images.dtype} [${images.shape.join(', ')}] — is this the label file?`);
    }
    if (labels.dtype !== 'uint8' || labels.shape.length !== 1) {
      throw new CorruptFileError(lab.name, `expected an IDX file of uint8 labels [N], got ${labels.dtype} [${labels.shape.join(', ')}] — is this the image file?`);
    }
    if (images.shape[0] !== labels.shape[0]) {
      throw new CorruptFileError(lab.name, `${labels.shape[0]} labels for ${images.shape[0]} images in ${img.name}.`);
    }
    this.images = images.data as Uint8Array;
    this.labels = labels.data as Uint8Array;
    this.rows = images.shape[1];
    this.cols = images.shape[2];
  }

  protected count(): number {
    return this.labels.length;
  }

  protected item(i: number): MNISTItem<I> {
    const n = this.rows * this.cols;
    const px = this.images.subarray(i * n, (i + 1) * n);
    const image: HWCImage = { data: this.backend === 'pil' ? px.slice() : Float32Array.from(px), width: this.cols, height: this.rows, channels: 1 };
    const out = this.transform ? applyTransform(this.transform, image) : image;
    return [out as I, Int32Array.of(this.labels[i])];
  }
}

/**
 * Zalando's Fashion-MNIST: MNIST's format and API, ten kinds of clothing.
 *
 * @example
 * ```ts
 * const test = new paddle.vision.datasets.FashionMNIST({ mode: 'test' });
 * await test.ready();
 * test.len(); // 10000
 * ```
 * @see https://github.com/zalandoresearch/fashion-mnist
 * @category Datasets
 */
export class FashionMNIST<I = HWCImage> extends MNIST<I> {
  protected override readonly context: string = 'FashionMNIST';

  protected override files(): MnistFiles {
    return FASHION_MNIST_FILES;
  }
}
