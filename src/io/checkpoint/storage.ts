import { CorruptFileError, ResourceNotFoundError, UnsupportedError } from '../../errors';
import { hasFileSystem, readFileIfExists, writeFileAtomic } from '../../framework/node-fs';

/** Where checkpoint bytes go or come from. */
export type Target =
  | { kind: 'file'; path: string }
  | { kind: 'indexeddb'; name: string }
  | { kind: 'downloads'; name: string }
  | { kind: 'url'; url: string };

/** Parses `path` into a storage target. */
export function parseTarget(path: string): Target {
  if (path.startsWith('indexeddb://')) return { kind: 'indexeddb', name: path.slice('indexeddb://'.length) };
  if (path.startsWith('downloads://')) return { kind: 'downloads', name: path.slice('downloads://'.length) };
  if (/^https?:\/\//i.test(path)) return { kind: 'url', url: path };
  if (path.startsWith('file://')) return { kind: 'file', path: decodeURIComponent(new URL(path).pathname) };
  return { kind: 'file', path };
}

const DB = 'tfjs-hapi';
const STORE = 'checkpoints';

function idb(): IDBFactory {
  const f = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!f) throw new UnsupportedError("'indexeddb://' needs a browser with IndexedDB; in Node save to a file path.");
  return f;
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = idb().open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function idbRequest<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result as T);
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Writes one file of a checkpoint (`suffix` is `.pdparams`, `.pdopt`, or `''`). */
export async function writeBytes(target: Target, suffix: string, bytes: Uint8Array): Promise<void> {
  switch (target.kind) {
    case 'file':
      await writeFileAtomic(target.path + suffix, bytes);
      return;
    case 'indexeddb':
      await idbRequest('readwrite', (s) => s.put(bytes, target.name + suffix));
      return;
    case 'downloads': {
      const doc = (globalThis as { document?: Document }).document;
      if (!doc) throw new UnsupportedError("'downloads://' needs a browser page; in Node save to a file path.");
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/octet-stream' }));
      const a = doc.createElement('a');
      a.href = url;
      a.download = `${target.name.split('/').pop()}${suffix}`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
      return;
    }
    case 'url':
      throw new UnsupportedError(`cannot save to a URL (${target.url}); use a file path, 'indexeddb://' or 'downloads://'.`);
  }
}

/** Reads one file of a checkpoint, or null when it does not exist. */
export async function readBytes(target: Target, suffix: string): Promise<Uint8Array | null> {
  switch (target.kind) {
    case 'file':
      if (!hasFileSystem()) throw new UnsupportedError(`reading '${target.path}${suffix}' needs a file system; in a browser load from a URL, 'indexeddb://' or bytes.`);
      return readFileIfExists(target.path + suffix);
    case 'indexeddb': {
      const v = await idbRequest<unknown>('readonly', (s) => s.get(target.name + suffix));
      if (v === undefined) return null;
      if (v instanceof Uint8Array) return v;
      if (v instanceof ArrayBuffer) return new Uint8Array(v);
      throw new CorruptFileError(`indexeddb://${target.name}${suffix}`, 'the stored value is not bytes');
    }
    case 'url': {
      const res = await fetch(target.url + suffix);
      if (res.status === 404) return null;
      if (!res.ok) throw new ResourceNotFoundError(`${target.url}${suffix}: HTTP ${res.status} ${res.statusText}`);
      return new Uint8Array(await res.arrayBuffer());
    }
    case 'downloads':
      throw new UnsupportedError("cannot load from 'downloads://'; load from a URL, 'indexeddb://', or the file's bytes.");
  }
}
