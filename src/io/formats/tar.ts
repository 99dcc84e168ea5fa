import { CorruptFileError } from '../../errors';
import { node } from '../../framework/node-builtins';

/**
 * One regular file read from a tar archive.
 *
 * @example
 * ```ts
 * for (const entry of paddle.vision.datasets.readTar(tarBytes)) {
 *   console.log(entry.name, entry.data.length);
 * }
 * ```
 * @category Datasets
 */
export interface TarEntry {
  /** Path inside the archive, `/`-separated, never absolute and never with a `..` part. */
  readonly name: string;
  readonly data: Uint8Array;
}

/**
 * Options of {@link readTar}.
 *
 * @example
 * ```ts
 * const options: paddle.vision.datasets.ReadTarOptions = { file: 'cifar-10-python.tar', filter: (n) => n.endsWith('test_batch') };
 * const [test] = paddle.vision.datasets.readTar(tarBytes, options);
 * ```
 * @category Datasets
 */
export interface ReadTarOptions {
  /** Names the archive in error messages. @defaultValue `'tar archive'` */
  file?: string;
  /** Keeps only the regular files for which this returns true (others are skipped, not copied). */
  filter?: (name: string) => boolean;
}

const BLOCK = 512;

/**
 * Reads the regular files of a tar archive (ustar, GNU long names, pax paths) from memory,
 * synchronously — the CIFAR archives are read this way, without extracting them. Every header
 * checksum is verified, and an entry whose name is absolute or contains `..` makes the whole
 * archive refused: such an archive is malformed or malicious.
 *
 * @param bytes - the uncompressed archive (see {@link gunzip})
 * @param options - see {@link ReadTarOptions}
 * @returns the regular files, in archive order; entry data are views into `bytes`
 * @throws CorruptFileError for a bad checksum, a truncated archive, or an entry escaping its folder
 * @example
 * ```ts
 * const files = readTar(gunzip(bytes), { filter: (n) => n.includes('data_batch') });
 * ```
 * @category Datasets
 */
export function readTar(bytes: Uint8Array, options: ReadTarOptions = {}): TarEntry[] {
  const file = options.file ?? 'tar archive';
  const fail = (why: string): never => {
    throw new CorruptFileError(file, why);
  };
  const out: TarEntry[] = [];
  let pos = 0;
  let longName: string | null = null;
  let paxPath: string | null = null;
  let paxSize: number | null = null;
  while (pos + BLOCK <= bytes.length) {
    const h = bytes.subarray(pos, pos + BLOCK);
    if (h.every((b) => b === 0)) return out;
    if (!checksumOk(h)) fail(`tar header at byte ${pos} has a bad checksum — not a tar archive, or a corrupt one.`);
    const type = String.fromCharCode(h[156] || 0x30);
    let size = paxSize ?? readOctal(h.subarray(124, 136), file);
    const magic = text(h.subarray(257, 263));
    let name = text(h.subarray(0, 100));
    if (magic.startsWith('ustar')) {
      const prefix = text(h.subarray(345, 500));
      if (prefix) name = `${prefix}/${name}`;
    }
    name = paxPath ?? longName ?? name;
    const start = pos + BLOCK;
    const end = start + size;
    if (end > bytes.length) fail(`tar entry '${name}' needs ${size} bytes but the archive ends ${end - bytes.length} bytes early (truncated).`);
    pos = start + Math.ceil(size / BLOCK) * BLOCK;
    const body = bytes.subarray(start, end);
    if (type === 'L') {
      longName = text(body);
      continue;
    }
    if (type === 'x') {
      const pax = parsePax(body);
      paxPath = pax.path ?? null;
      paxSize = pax.size !== undefined ? Number(pax.size) : null;
      if (paxSize !== null && !Number.isSafeInteger(paxSize)) fail(`tar pax size '${pax.size}' is not a number.`);
      continue;
    }
    if (type === 'g') continue;
    longName = paxPath = null;
    paxSize = null;
    checkName(name, file);
    size = body.length;
    if ((type === '0' || type === '7') && (!options.filter || options.filter(name))) out.push({ name, data: body });
  }
  return fail('tar archive ends without its end-of-archive blocks (truncated).');
}

/** Refuses names that would leave the folder the archive is read into. */
export function checkName(name: string, file: string): void {
  const parts = name.replace(/\\/g, '/').split('/');
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || parts.includes('..')) {
    throw new CorruptFileError(file, `tar entry '${name}' would be written outside the target folder; the archive is refused.`);
  }
}

/**
 * Extracts the regular files and folders of a tar archive into `targetDir` (Node only), refusing
 * the archive when an entry would land outside it (absolute names, `..`, links).
 *
 * @param bytes - the uncompressed archive
 * @param targetDir - the folder to extract into; created if missing
 * @returns the paths written
 * @throws CorruptFileError as {@link readTar}, and for link entries
 * @example
 * ```ts
 * extractTar(gunzip(fs.readFileSync('102flowers.tgz')), '/data/flowers');
 * ```
 * @category Datasets
 */
export function extractTar(bytes: Uint8Array, targetDir: string, options: { file?: string } = {}): string[] {
  const n = node();
  if (!n) throw new CorruptFileError(options.file ?? 'tar archive', 'extracting to a folder needs Node.');
  const file = options.file ?? 'tar archive';
  const links = scanTypes(bytes).filter((t) => t.type === '1' || t.type === '2');
  if (links.length) throw new CorruptFileError(file, `tar entry '${links[0].name}' is a link; archives with links are refused.`);
  const root = n.path.resolve(targetDir);
  const entries = readTar(bytes, { file });
  for (const e of entries) {
    const dest = n.path.resolve(root, e.name);
    if (dest !== root && !dest.startsWith(root + n.path.sep)) {
      throw new CorruptFileError(file, `tar entry '${e.name}' would be written outside ${root}; the archive is refused.`);
    }
  }
  const written: string[] = [];
  for (const e of entries) {
    const dest = n.path.resolve(root, e.name);
    n.fs.mkdirSync(n.path.dirname(dest), { recursive: true });
    n.fs.writeFileSync(dest, e.data);
    written.push(dest);
  }
  return written;
}

function scanTypes(bytes: Uint8Array): { name: string; type: string }[] {
  const out: { name: string; type: string }[] = [];
  for (let pos = 0; pos + BLOCK <= bytes.length; ) {
    const h = bytes.subarray(pos, pos + BLOCK);
    if (h.every((b) => b === 0) || !checksumOk(h)) break;
    const size = readOctal(h.subarray(124, 136), 'tar');
    out.push({ name: text(h.subarray(0, 100)), type: String.fromCharCode(h[156] || 0x30) });
    pos += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  return out;
}

function checksumOk(h: Uint8Array): boolean {
  const stored = Number.parseInt(text(h.subarray(148, 156)).trim() || 'x', 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h[i];
  return stored === sum;
}

function readOctal(field: Uint8Array, file: string): number {
  if (field[0] & 0x80) {
    // GNU base-256 for sizes of 8 GiB and more.
    let v = 0;
    for (let i = 1; i < field.length; i++) v = v * 256 + field[i];
    if (!Number.isSafeInteger(v)) throw new CorruptFileError(file, 'tar entry size out of range.');
    return v;
  }
  const s = text(field).trim();
  if (!/^[0-7]*$/.test(s)) throw new CorruptFileError(file, `tar size field '${s}' is not octal.`);
  return s === '' ? 0 : Number.parseInt(s, 8);
}

function text(b: Uint8Array): string {
  const end = b.indexOf(0);
  return new TextDecoder().decode(end < 0 ? b : b.subarray(0, end));
}

function parsePax(body: Uint8Array): Record<string, string> {
  // Records are "<len> key=value\n" with <len> counting bytes, so walk the bytes, not the text.
  const out: Record<string, string> = {};
  let i = 0;
  while (i < body.length) {
    const sp = body.indexOf(0x20, i);
    const len = sp < 0 ? NaN : Number.parseInt(new TextDecoder().decode(body.subarray(i, sp)), 10);
    if (!(len > 0) || i + len > body.length) break;
    const rec = new TextDecoder().decode(body.subarray(sp + 1, i + len - 1));
    const eq = rec.indexOf('=');
    if (eq > 0) out[rec.slice(0, eq)] = rec.slice(eq + 1);
    i += len;
  }
  return out;
}
