import { InvalidArgumentError, ResourceNotFoundError } from '../../errors';
import { defineSignature, resolveArgs, type Signature } from '../../framework/args';
import { Dataset } from '../../io/dataset';
import type { HWCImage } from '../../framework/image';
import { checkTransform } from './check-args';
import { byCodePoint, checkRoot, IMG_EXTENSIONS_LIST, requireNode, validator, walkFiles } from './folder-walk';
import { defaultLoader } from './image-loader';
import { type FolderSetup, loadSample, type OnCorrupt } from './folder-sample';
import type { DatasetTransform } from './source';

/**
 * Paddle's `IMG_EXTENSIONS`: the files folder datasets keep by default.
 *
 * @example
 * ```ts
 * const ds = new paddle.vision.datasets.ImageFolder('photos', { extensions: [...paddle.vision.datasets.IMG_EXTENSIONS, '.gif'] });
 * ```
 * @category Datasets
 */
export const IMG_EXTENSIONS: readonly string[] = IMG_EXTENSIONS_LIST;

/**
 * Options of {@link DatasetFolder} and {@link ImageFolder}, after Paddle's
 * `(root, loader=None, extensions=None, transform=None, is_valid_file=None)`.
 *
 * @example
 * ```ts
 * const options: paddle.vision.datasets.FolderOptions = { extensions: ['.png'] };
 * const ds = new paddle.vision.datasets.DatasetFolder('data/train', options);
 * ```
 * @category Datasets
 */
export interface FolderOptions<S = HWCImage> {
  /** Reads one file; may return a Promise. @defaultValue decode PNG/JPEG to an RGB uint8 HWCImage (Paddle's `pil_loader`) */
  loader?: ((path: string) => S | Promise<S>) | null;
  /** File extensions to keep, case-insensitive. @defaultValue {@link IMG_EXTENSIONS} unless `isValidFile` is given */
  extensions?: readonly string[] | null;
  /** Applied to each sample. @defaultValue none */
  transform?: DatasetTransform | null;
  /** Decides which files are samples, instead of `extensions`. @defaultValue none */
  isValidFile?: ((path: string) => boolean) | null;
  /**
   * What a damaged image file does (an option of this package, by name only): `'error'` throws
   * CorruptFileError from `getItem`; `'truncated'` makes the default loader decode what the file
   * holds, as Pillow's `ImageFile.LOAD_TRUNCATED_IMAGES = True` (see `decodeImage`'s `truncated`);
   * `'skip'` warns once naming the file and `getItem` returns the next good sample (wrapping
   * around) in its place, so `len()` stays the number of files found and an epoch reads some
   * good sample twice. `'skip'` applies to any loader that throws CorruptFileError.
   * @defaultValue 'error'
   */
  onCorrupt?: OnCorrupt;
}

export type { OnCorrupt };

/**
 * All of {@link DatasetFolder}'s (and {@link ImageFolder}'s) arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: DatasetFolder(root='data/train', transform=t), with Pillow's LOAD_TRUNCATED_IMAGES
 * new paddle.vision.datasets.DatasetFolder({ root: 'data/train', transform: t, onCorrupt: 'truncated' });
 * ```
 * @category Datasets
 */
export interface FolderArgs<S = HWCImage> extends FolderOptions<S> {
  /** The folder to walk (a Node path). */
  root: string;
}

const FOLDER_PARAMS = ['root', 'loader', 'extensions', 'transform', 'isValidFile'];
const DATASET_FOLDER_SIGNATURE = defineSignature('vision.datasets.DatasetFolder', FOLDER_PARAMS, { required: 1, optionOnly: ['onCorrupt'] });
const IMAGE_FOLDER_SIGNATURE = defineSignature('vision.datasets.ImageFolder', FOLDER_PARAMS, { required: 1, optionOnly: ['onCorrupt'] });

function setup<S>(sig: Signature, args: readonly unknown[]): FolderSetup<S> {
  const opts = resolveArgs<FolderArgs<S>>(sig, args);
  const onCorrupt = opts.onCorrupt ?? 'error';
  if (!['error', 'truncated', 'skip'].includes(onCorrupt)) throw new InvalidArgumentError('onCorrupt', "'error', 'truncated' or 'skip'", onCorrupt, sig.where);
  if (opts.loader != null && typeof opts.loader !== 'function') throw new InvalidArgumentError('loader', 'a function of a path', opts.loader, sig.where);
  if (opts.isValidFile != null && typeof opts.isValidFile !== 'function') throw new InvalidArgumentError('isValidFile', 'a function of a path', opts.isValidFile, sig.where);
  const transform = checkTransform(opts.transform, sig.where);
  const truncated = onCorrupt === 'truncated';
  const loader = opts.loader ?? ((p: string) => defaultLoader(p, truncated) as unknown as S);
  return { opts, transform, loader, onCorrupt };
}

/**
 * A generic folder dataset laid out as `root/<class>/**​/<file>`, as Paddle's: classes are the
 * sorted sub-folder names, samples every valid file under them in Paddle's order.
 *
 * @example
 * ```ts
 * const ds = new paddle.vision.datasets.DatasetFolder('data/train');
 * // Paddle: DatasetFolder(root='data/train', transform=t), with Pillow's LOAD_TRUNCATED_IMAGES
 * new paddle.vision.datasets.DatasetFolder({ root: 'data/train', transform: t, onCorrupt: 'truncated' });
 * ds.classes;            // ['cat', 'dog']
 * const [img, target] = ds.getItem(0); // RGB HWCImage, 0
 * ```
 * @category Datasets
 */
export class DatasetFolder<S = HWCImage> extends Dataset<[unknown, number]> {
  readonly root: string;
  /** Sorted class (sub-folder) names. */
  readonly classes: string[];
  /** Class name → index. */
  readonly classToIdx: Record<string, number>;
  /** `[path, classIndex]` of every sample. */
  readonly samples: [string, number][];
  /** The class index of every sample. */
  readonly targets: number[];
  readonly extensions: readonly string[] | null;
  readonly transform: DatasetTransform | null;
  /** What a damaged file does (see {@link FolderOptions.onCorrupt}). */
  readonly onCorrupt: OnCorrupt;
  private readonly setup: FolderSetup<S>;
  private readonly warned = new Set<string>();

  constructor(args: FolderArgs<S>);
  /**
   * Indexes the files under `root`, the other arguments by name.
   * @param root - the folder to walk (a Node path)
   * @param options - the remaining arguments by name; each one's meaning and Paddle default are on
   *   {@link FolderOptions}
   * @throws ResourceNotFoundError when `root` is not a folder or holds no valid file in its class sub-folders
   * @throws InvalidArgumentError for bad options, or `extensions` together with `isValidFile`
   * @throws UnsupportedError outside Node (walking a folder needs the file system)
   */
  constructor(root: string, options?: FolderOptions<S>);
  /**
   * Indexes the files under `root`, with Paddle's positional arguments
   *   `(root, loader, extensions, transform, isValidFile)`.
   * @param root - the folder to walk (a Node path)
   * @param loader - reads one file, may return a Promise (default: decode PNG/JPEG to an RGB uint8 HWCImage)
   * @param extensions - file extensions to keep, case-insensitive (default {@link IMG_EXTENSIONS} unless
   *   `isValidFile` is given)
   * @param transform - applied to each sample (default none)
   * @param isValidFile - decides which files are samples, instead of `extensions` (default none)
   * @throws ResourceNotFoundError when `root` is not a folder or holds no valid file in its class sub-folders
   * @throws InvalidArgumentError for bad options, or `extensions` together with `isValidFile`
   * @throws UnsupportedError outside Node (walking a folder needs the file system)
   */
  constructor(
    root: string,
    loader?: FolderOptions<S>['loader'],
    extensions?: FolderOptions<S>['extensions'],
    transform?: FolderOptions<S>['transform'],
    isValidFile?: FolderOptions<S>['isValidFile'],
  );
  constructor(...args: unknown[]) {
    super();
    const where = DATASET_FOLDER_SIGNATURE.where;
    this.setup = setup<S>(DATASET_FOLDER_SIGNATURE, args);
    const { opts } = this.setup;
    const n = requireNode(where);
    this.root = checkRoot(n, opts.root, where);
    const valid = validator(opts, where);
    this.classes = n.fs
      .readdirSync(this.root, { withFileTypes: true })
      .filter((e) => e.isDirectory() || (e.isSymbolicLink() && n.fs.statSync(n.path.join(this.root, e.name), { throwIfNoEntry: false })?.isDirectory()))
      .map((e) => e.name)
      .sort(byCodePoint);
    this.classToIdx = Object.fromEntries(this.classes.map((c, i) => [c, i]));
    this.samples = this.classes.flatMap((c, i) => walkFiles(n, n.path.join(this.root, c)).filter(valid.test).map((p): [string, number] => [p, i]));
    if (this.samples.length === 0) {
      throw new ResourceNotFoundError(`${where}: found no ${valid.describe} in the class sub-folders of ${n.path.resolve(this.root)} (classes: ${this.classes.length ? this.classes.join(', ') : 'none'}).`);
    }
    this.targets = this.samples.map((s) => s[1]);
    this.extensions = opts.isValidFile ? null : (opts.extensions ?? IMG_EXTENSIONS);
    this.transform = this.setup.transform;
    this.onCorrupt = this.setup.onCorrupt;
  }

  /** `[sample, classIndex]`; a Promise when the loader is async. */
  getItem(index: number): [unknown, number] | Promise<[unknown, number]> {
    const where = DATASET_FOLDER_SIGNATURE.where;
    checkIndex(index, this.samples.length, where);
    const r = loadSample((i) => this.samples[i][0], this.samples.length, index, this.setup, this.warned, where);
    const item = (x: { value: unknown; at: number }): [unknown, number] => [x.value, this.samples[x.at][1]];
    return r instanceof Promise ? r.then(item) : item(r);
  }

  len(): number {
    return this.samples.length;
  }
}

/**
 * Every image under `root` (any depth, no classes), as Paddle's `ImageFolder`; items are `[sample]`.
 *
 * @example
 * ```ts
 * const ds = new paddle.vision.datasets.ImageFolder('photos');
 * new paddle.vision.datasets.ImageFolder({ root: 'photos', onCorrupt: 'skip' }); // Paddle: ImageFolder(root='photos')
 * const [img] = ds.getItem(0);
 * ```
 * @category Datasets
 */
export class ImageFolder<S = HWCImage> extends Dataset<[unknown]> {
  readonly root: string;
  /** Path of every sample. */
  readonly samples: string[];
  readonly extensions: readonly string[] | null;
  readonly transform: DatasetTransform | null;
  /** What a damaged file does (see {@link FolderOptions.onCorrupt}). */
  readonly onCorrupt: OnCorrupt;
  private readonly setup: FolderSetup<S>;
  private readonly warned = new Set<string>();

  constructor(args: FolderArgs<S>);
  /**
   * Indexes the files under `root`, the other arguments by name.
   * @param root - the folder to walk (a Node path)
   * @param options - the remaining arguments by name; each one's meaning and Paddle default are on
   *   {@link FolderOptions}
   * @throws ResourceNotFoundError when `root` is not a folder or holds no valid file at any depth
   * @throws InvalidArgumentError for bad options, or `extensions` together with `isValidFile`
   * @throws UnsupportedError outside Node (walking a folder needs the file system)
   */
  constructor(root: string, options?: FolderOptions<S>);
  /**
   * Indexes the files under `root`, with Paddle's positional arguments
   *   `(root, loader, extensions, transform, isValidFile)`.
   * @param root - the folder to walk (a Node path)
   * @param loader - reads one file, may return a Promise (default: decode PNG/JPEG to an RGB uint8 HWCImage)
   * @param extensions - file extensions to keep, case-insensitive (default {@link IMG_EXTENSIONS} unless
   *   `isValidFile` is given)
   * @param transform - applied to each sample (default none)
   * @param isValidFile - decides which files are samples, instead of `extensions` (default none)
   * @throws ResourceNotFoundError when `root` is not a folder or holds no valid file at any depth
   * @throws InvalidArgumentError for bad options, or `extensions` together with `isValidFile`
   * @throws UnsupportedError outside Node (walking a folder needs the file system)
   */
  constructor(
    root: string,
    loader?: FolderOptions<S>['loader'],
    extensions?: FolderOptions<S>['extensions'],
    transform?: FolderOptions<S>['transform'],
    isValidFile?: FolderOptions<S>['isValidFile'],
  );
  constructor(...args: unknown[]) {
    super();
    const where = IMAGE_FOLDER_SIGNATURE.where;
    this.setup = setup<S>(IMAGE_FOLDER_SIGNATURE, args);
    const { opts } = this.setup;
    const n = requireNode(where);
    this.root = checkRoot(n, opts.root, where);
    const valid = validator(opts, where);
    this.samples = walkFiles(n, this.root).filter(valid.test);
    if (this.samples.length === 0) throw new ResourceNotFoundError(`${where}: found no ${valid.describe} under ${n.path.resolve(this.root)}.`);
    this.extensions = opts.isValidFile ? null : (opts.extensions ?? IMG_EXTENSIONS);
    this.transform = this.setup.transform;
    this.onCorrupt = this.setup.onCorrupt;
  }

  /** `[sample]`; a Promise when the loader is async. */
  getItem(index: number): [unknown] | Promise<[unknown]> {
    const where = IMAGE_FOLDER_SIGNATURE.where;
    checkIndex(index, this.samples.length, where);
    const r = loadSample((i) => this.samples[i], this.samples.length, index, this.setup, this.warned, where);
    return r instanceof Promise ? r.then((x): [unknown] => [x.value]) : [r.value];
  }

  len(): number {
    return this.samples.length;
  }
}

function checkIndex(i: number, n: number, context: string): void {
  if (!Number.isInteger(i) || i < 0 || i >= n) throw new InvalidArgumentError('index', `an integer in [0, ${n})`, i, `${context}.getItem`);
}
