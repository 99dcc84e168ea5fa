import { InvalidArgumentError, UnsupportedError } from '../../errors';
import { Dataset } from '../../io/dataset';
import type { Resolved } from './source';

/**
 * Shared life cycle of the datasets that read published files: parse at construction when every
 * file's bytes are at hand (Node paths, bytes, the cache), else in `ready()` (URLs, browser
 * `File`s, downloads). Subclasses implement `parse` and `item`.
 */
export abstract class FileDataset<T> extends Dataset<T> {
  private loading: Promise<void> | null = null;
  private pending: Resolved[] = [];
  private loaded = false;

  /** Paddle's class name, for messages. */
  protected abstract readonly context: string;

  /** Reads the parsed files into the subclass's fields. */
  protected abstract parse(files: { bytes: Uint8Array; name: string }[]): void;

  /** The `i`-th sample, once loaded. */
  protected abstract item(i: number): T;

  /** Number of samples, once loaded. */
  protected abstract count(): number;

  /** Call at the end of the subclass constructor. @internal */
  protected start(files: Resolved[]): void {
    if (files.every((f) => 'bytes' in f)) {
      this.parse(files as { bytes: Uint8Array; name: string }[]);
      this.loaded = true;
      return;
    }
    this.pending = files;
  }

  /**
   * Resolves once the data are loaded: at once for local files; downloads, fetches URLs and
   * reads `File`s otherwise.
   * @throws ResourceNotFoundError or CorruptFileError from the download or the parse
   */
  override ready(): Promise<void> {
    if (this.loaded) return Promise.resolve();
    this.loading ??= (async () => {
      const files = await Promise.all(this.pending.map(async (f) => ('bytes' in f ? f : { bytes: await f.later(), name: f.name })));
      this.parse(files);
      this.loaded = true;
      this.pending = [];
    })();
    // A failed load may be retried by calling ready() again (e.g. after placing the file).
    this.loading.catch(() => {
      this.loading = null;
    });
    return this.loading;
  }

  /** Sample `i`, as Paddle's `__getitem__`. */
  getItem(i: number): T {
    this.check();
    const n = this.count();
    if (!Number.isInteger(i) || i < 0 || i >= n) throw new InvalidArgumentError('index', `an integer in [0, ${n})`, i, `${this.context}.getItem`);
    return this.item(i);
  }

  /** Number of samples, as Paddle's `__len__`. */
  len(): number {
    this.check();
    return this.count();
  }

  private check(): void {
    if (!this.loaded) {
      throw new UnsupportedError(`${this.context}: the data are not loaded yet — \`await dataset.ready()\` first (it downloads or fetches the files).`);
    }
  }
}
