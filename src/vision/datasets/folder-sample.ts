import { CorruptFileError } from '../../errors';
import { type DatasetTransform, applyTransform } from './source';

// Reading one sample of a folder dataset, with onCorrupt: 'skip' moving past damaged files.

/** How folder datasets treat damaged image files: see `FolderOptions.onCorrupt`. @category Datasets */
export type OnCorrupt = 'error' | 'truncated' | 'skip';

/** The checked arguments both folder datasets keep. @internal */
export interface FolderSetup<S> {
  opts: { root: string; extensions?: readonly string[] | null; isValidFile?: ((path: string) => boolean) | null };
  transform: DatasetTransform | null;
  loader: (path: string) => S | Promise<S>;
  onCorrupt: OnCorrupt;
}

/**
 * Loads sample `index`; with `onCorrupt: 'skip'` a CorruptFileError moves on to the next file
 * (wrapping around), warning once per damaged file. Returns the sample and the index it came from.
 */
export function loadSample<S>(
  paths: (i: number) => string,
  n: number,
  index: number,
  s: FolderSetup<S>,
  warned: Set<string>,
  where: string,
): { value: unknown; at: number } | Promise<{ value: unknown; at: number }> {
  const attempt = (i: number, tries: number): { value: unknown; at: number } | Promise<{ value: unknown; at: number }> => {
    const path = paths(i);
    const onError = (err: unknown): { value: unknown; at: number } | Promise<{ value: unknown; at: number }> => {
      if (s.onCorrupt !== 'skip' || !(err instanceof CorruptFileError)) throw err;
      if (!warned.has(path)) {
        warned.add(path);
        console.warn(`${where}: skipping the damaged file ${path} (${err.message}); its index reads the next good sample.`);
      }
      if (tries + 1 >= n) throw new CorruptFileError(path, `every one of the ${n} files is damaged (onCorrupt: 'skip' found no good sample)`, { cause: err });
      return attempt((i + 1) % n, tries + 1);
    };
    let value: unknown;
    try {
      value = load(s.loader, path, s.transform);
    } catch (err) {
      return onError(err);
    }
    return value instanceof Promise ? value.then((v) => ({ value: v, at: i }), onError) : { value, at: i };
  };
  return attempt(index, 0);
}

function load<S>(loader: (p: string) => S | Promise<S>, path: string, transform: DatasetTransform | null): unknown {
  const s = loader(path);
  const t = (x: S) => (transform ? applyTransform(transform, x) : x);
  return s instanceof Promise ? s.then(t) : t(s);
}
