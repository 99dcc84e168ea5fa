import type * as FsPromises from 'node:fs/promises';
import { UnsupportedError } from '../errors';
import { nodeBuiltin } from './node-builtins';
import { isNode } from './runtime';

let fsPromise: Promise<typeof FsPromises> | null = null;

/** Whether this runtime has a file system (Node, Deno, Bun). */
export const hasFileSystem = isNode;

/** `node:fs/promises`, imported on first use so browser bundles never load it. */
export function nodeFs(what: string): Promise<typeof FsPromises> {
  if (!hasFileSystem()) {
    return Promise.reject(new UnsupportedError(`${what} needs a file system; in a browser use 'indexeddb://name', 'downloads://name' or bytes.`));
  }
  fsPromise ??= nodeBuiltin<typeof FsPromises>('node:fs/promises');
  return fsPromise;
}

function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? (i === 0 ? '/' : '.') : path.slice(0, i);
}

/**
 * Writes `data` to `path` atomically: into a temporary file beside it, then renamed over it, so
 * a crash never leaves a half-written checkpoint. Creates missing parent directories.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const fs = await nodeFs(`writing '${path}'`);
  await fs.mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, path);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

/** Reads a whole file, or returns null when it does not exist. */
export async function readFileIfExists(path: string): Promise<Uint8Array | null> {
  const fs = await nodeFs(`reading '${path}'`);
  try {
    return new Uint8Array(await fs.readFile(path));
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return null;
    throw err;
  }
}
