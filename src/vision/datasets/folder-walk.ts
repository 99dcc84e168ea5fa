import { InvalidArgumentError, ResourceNotFoundError, UnsupportedError } from '../../errors';
import { node } from '../../framework/node-builtins';

// Walking and filtering a folder the way Paddle's DatasetFolder and ImageFolder do.

/** Paddle's `IMG_EXTENSIONS` (re-exported by dataset-folder.ts). */
export const IMG_EXTENSIONS_LIST: readonly string[] = Object.freeze(['.jpg', '.jpeg', '.png', '.ppm', '.bmp', '.pgm', '.tif', '.tiff', '.webp']);

/** What {@link validator} reads. */
export interface FileFilter {
  extensions?: readonly string[] | null;
  isValidFile?: ((path: string) => boolean) | null;
}

export type Fs = NonNullable<ReturnType<typeof node>>;

export function requireNode(context: string): Fs {
  const n = node();
  if (!n) throw new UnsupportedError(`${context} walks a folder on disk, which needs Node.`);
  return n;
}

/**
 * Every file under `dir` (following links) in Paddle's order: `sorted(os.walk(dir))` sorts the
 * folders by their path string, then each folder's files by name.
 */
export function walkFiles(n: Fs, dir: string): string[] {
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

export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function validator(opts: FileFilter, context: string): { test: (p: string) => boolean; describe: string } {
  // Paddle ignores is_valid_file whenever extensions is None (it then defaults them); here the
  // user's isValidFile is honoured, and passing both is an error, as Paddle's docs say.
  if (opts.extensions && opts.isValidFile) {
    throw new InvalidArgumentError('isValidFile', 'not to be given together with extensions', opts.isValidFile, context);
  }
  if (opts.isValidFile) return { test: opts.isValidFile, describe: 'files accepted by isValidFile' };
  const exts = (opts.extensions ?? IMG_EXTENSIONS_LIST).map((e) => e.toLowerCase());
  if (!Array.isArray(exts) || exts.some((e) => typeof e !== 'string')) {
    throw new InvalidArgumentError('extensions', 'a list of strings such as [".jpg", ".png"]', opts.extensions, context);
  }
  return { test: (p) => exts.some((e) => p.toLowerCase().endsWith(e)), describe: `files ending in ${exts.join(',')}` };
}

export function checkRoot(n: Fs, root: unknown, context: string): string {
  if (typeof root !== 'string') throw new InvalidArgumentError('root', 'a folder path', root, context);
  if (!n.fs.statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ResourceNotFoundError(`${context}: argument 'root' names ${n.path.resolve(root)}, which is not a folder.`);
  }
  return root;
}
