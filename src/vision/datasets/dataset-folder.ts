import { InvalidArgumentError, ResourceNotFoundError, UnsupportedError } from '../../errors';
import { Dataset } from '../../io/dataset';
import type { HWCImage } from '../../framework/image';
import { positionalArgs } from './args';
import { defaultLoader } from './image-loader';
import { node } from '../../framework/node-builtins';
import { type DatasetTransform, applyTransform } from './source';

/**
 * Paddle's `IMG_EXTENSIONS`: the files folder datasets keep by default.
 *
 * @example
 * ```ts
 * const ds = new paddle.vision.datasets.ImageFolder('photos', { extensions: [...paddle.vision.datasets.IMG_EXTENSIONS, '.gif'] });
 * ```
 * @category Datasets
 */
export const IMG_EXTENSIONS: readonly string[] = Object.freeze(['.jpg', '.jpeg', '.png', '.ppm', '.bmp', '.pgm', '.tif', '.tiff', '.webp']);

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
}

type Fs = NonNullable<ReturnType<typeof node>>;

function requireNode(context: string): Fs {
  const n = node();
  if (!n) throw new UnsupportedError(`${context} walks a folder on disk, which needs Node.`);
  return n;
}

/**
 * Every file under `dir` (following links) in Paddle's order: `sorted(os.walk(dir))` sorts the
 * folders by their path string, then each folder's files by name.
 */
function walkFiles(n: Fs, dir: string): string[] {
  const folders: [string, string[]][] = [];
  const seen = new Set<string>();
  const visit = (d: string) => {
    const real = n.fs.realpathSync(d);
    if (seen.has(real)) return; // a link cycle
    seen.add(real);
    const files: string[] = [];
    const subdirs: string[] = [];
    for (const ent of n.fs.readdirSync(d, { withFileTypes: true })) {
      const p = n.path.join(d, ent.name);
      const isDir = ent.isDirectory() || (ent.isSymbolicLink() && n.fs.statSync(p, { throwIfNoEntry: false })?.isDirectory());
      (isDir ? subdirs : files).push(ent.name);
    }
    folders.push([d, files.sort(byCodePoint)]);
    for (const s of subdirs) visit(n.path.join(d, s));
  };
  visit(dir);
  folders.sort((a, b) => byCodePoint(a[0], b[0]));
  return folders.flatMap(([d, files]) => files.map((f) => n.path.join(d, f)));
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function validator(opts: FolderOptions<unknown>, context: string): { test: (p: string) => boolean; describe: string } {
  // Paddle ignores is_valid_file whenever extensions is None (it then defaults them); here the
  // user's isValidFile is honoured, and passing both is an error, as Paddle's docs say.
  if (opts.extensions && opts.isValidFile) {
    throw new InvalidArgumentError('isValidFile', 'not to be given together with extensions', opts.isValidFile, context);
  }
  if (opts.isValidFile) return { test: opts.isValidFile, describe: 'files accepted by isValidFile' };
  const exts = (opts.extensions ?? IMG_EXTENSIONS).map((e) => e.toLowerCase());
  if (!Array.isArray(exts) || exts.some((e) => typeof e !== 'string')) {
    throw new InvalidArgumentError('extensions', 'a list of strings such as [".jpg", ".png"]', opts.extensions, context);
  }
  return { test: (p) => exts.some((e) => p.toLowerCase().endsWith(e)), describe: `files ending in ${exts.join(',')}` };
}

function checkRoot(n: Fs, root: unknown, context: string): string {
  if (typeof root !== 'string') throw new InvalidArgumentError('root', 'a folder path', root, context);
  if (!n.fs.statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ResourceNotFoundError(`${context}: argument 'root' names ${n.path.resolve(root)}, which is not a folder.`);
  }
  return root;
}

function load<S>(loader: (p: string) => S | Promise<S>, path: string, transform: DatasetTransform | null): unknown {
  const s = loader(path);
  const t = (x: S) => (transform ? applyTransform(transform, x) : x);
  return s instanceof Promise ? s.then(t) : t(s);
}

/**
 * A generic folder dataset laid out as `root/<class>/**​/<file>`, as Paddle's: classes are the
 * sorted sub-folder names, samples every valid file under them in Paddle's order.
 *
 * @example
 * ```ts
 * const ds = new paddle.vision.datasets.DatasetFolder('data/train');
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
  private readonly loader: (path: string) => S | Promise<S>;

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
    const opts = positionalArgs<FolderOptions<S> & { root: string }>(args, ['root', 'loader', 'extensions', 'transform', 'isValidFile'], 'DatasetFolder');
    const n = requireNode('DatasetFolder');
    this.root = checkRoot(n, opts.root, 'DatasetFolder');
    const valid = validator(opts, 'DatasetFolder');
    this.classes = n.fs
      .readdirSync(this.root, { withFileTypes: true })
      .filter((e) => e.isDirectory() || (e.isSymbolicLink() && n.fs.statSync(n.path.join(this.root, e.name), { throwIfNoEntry: false })?.isDirectory()))
      .map((e) => e.name)
      .sort(byCodePoint);
    this.classToIdx = Object.fromEntries(this.classes.map((c, i) => [c, i]));
    this.samples = this.classes.flatMap((c, i) => walkFiles(n, n.path.join(this.root, c)).filter(valid.test).map((p): [string, number] => [p, i]));
    if (this.samples.length === 0) {
      throw new ResourceNotFoundError(`DatasetFolder: found no ${valid.describe} in the class sub-folders of ${n.path.resolve(this.root)} (classes: ${this.classes.length ? this.classes.join(', ') : 'none'}).`);
    }
    this.targets = this.samples.map((s) => s[1]);
    this.extensions = opts.isValidFile ? null : (opts.extensions ?? IMG_EXTENSIONS);
    this.transform = opts.transform ?? null;
    this.loader = opts.loader ?? (defaultLoader as unknown as (p: string) => S);
  }

  /** `[sample, classIndex]`; a Promise when the loader is async. */
  getItem(index: number): [unknown, number] | Promise<[unknown, number]> {
    checkIndex(index, this.samples.length, 'DatasetFolder');
    const [path, target] = this.samples[index];
    const s = load(this.loader, path, this.transform);
    return s instanceof Promise ? s.then((x) => [x, target]) : [s, target];
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
  private readonly loader: (path: string) => S | Promise<S>;

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
    const opts = positionalArgs<FolderOptions<S> & { root: string }>(args, ['root', 'loader', 'extensions', 'transform', 'isValidFile'], 'ImageFolder');
    const n = requireNode('ImageFolder');
    this.root = checkRoot(n, opts.root, 'ImageFolder');
    const valid = validator(opts, 'ImageFolder');
    this.samples = walkFiles(n, this.root).filter(valid.test);
    if (this.samples.length === 0) throw new ResourceNotFoundError(`ImageFolder: found no ${valid.describe} under ${n.path.resolve(this.root)}.`);
    this.extensions = opts.isValidFile ? null : (opts.extensions ?? IMG_EXTENSIONS);
    this.transform = opts.transform ?? null;
    this.loader = opts.loader ?? (defaultLoader as unknown as (p: string) => S);
  }

  /** `[sample]`; a Promise when the loader is async. */
  getItem(index: number): [unknown] | Promise<[unknown]> {
    checkIndex(index, this.samples.length, 'ImageFolder');
    const s = load(this.loader, this.samples[index], this.transform);
    return s instanceof Promise ? s.then((x) => [x]) : [s];
  }

  len(): number {
    return this.samples.length;
  }
}

function checkIndex(i: number, n: number, context: string): void {
  if (!Number.isInteger(i) || i < 0 || i >= n) throw new InvalidArgumentError('index', `an integer in [0, ${n})`, i, `${context}.getItem`);
}
