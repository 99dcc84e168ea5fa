/**
 * The one route to Node's built-in modules, without a static import so browser bundlers never try
 * to resolve them: `process.getBuiltinModule` (Node ≥ 20.16), CommonJS `require` in the CJS build,
 * and otherwise a dynamic import of a computed specifier. Nothing else in src/ imports `node:*`
 * for its value (type-only imports of `node:*` are erased, so they are fine).
 */
import type * as Crypto from 'node:crypto';
import type * as Fs from 'node:fs';
import type * as Os from 'node:os';
import type * as Path from 'node:path';
import { isNode } from './runtime';

/** A Node built-in, loaded synchronously, or `null` where that is impossible (browsers, old ESM Node). */
export function nodeBuiltinSync<T>(id: string): T | null {
  if (!isNode()) return null;
  const p = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  if (typeof p?.getBuiltinModule === 'function') return p.getBuiltinModule(id) as T;
  if (typeof require === 'function') return require(id) as T;
  return null;
}

/** A Node built-in, loaded asynchronously where no synchronous way exists. */
export async function nodeBuiltin<T>(id: string): Promise<T> {
  const sync = nodeBuiltinSync<T>(id);
  if (sync) return sync;
  const specifier = id;
  return (await import(/* webpackIgnore: true */ /* @vite-ignore */ specifier)) as T;
}

/** Node's modules that local-file datasets, archives and the download cache use synchronously. */
type NodeModules = {
  fs: typeof Fs;
  path: typeof Path;
  os: typeof Os;
  crypto: typeof Crypto;
};

let cached: NodeModules | null | undefined;

/**
 * Node's `fs`, `path`, `os` and `crypto`, or `null` outside Node (and in ES-module Node before
 * 20.16, which has no synchronous way to reach them). Local-file datasets read synchronously in
 * Node, as Paddle's do.
 */
export function node(): NodeModules | null {
  if (cached !== undefined) return cached;
  const fs = nodeBuiltinSync<NodeModules['fs']>('node:fs');
  cached = fs
    ? {
        fs,
        path: nodeBuiltinSync<NodeModules['path']>('node:path')!,
        os: nodeBuiltinSync<NodeModules['os']>('node:os')!,
        crypto: nodeBuiltinSync<NodeModules['crypto']>('node:crypto')!,
      }
    : null;
  return cached;
}
