/**
 * Node's built-in modules without a static import, so browser bundlers never try to resolve them:
 * `process.getBuiltinModule` (Node ≥ 20.16), CommonJS `require` in the CJS build, and otherwise a
 * dynamic import of a computed specifier.
 */

/** Whether this is Node (or a runtime that mimics it), not a browser. */
export function isNode(): boolean {
  const p = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof p?.versions?.node === 'string';
}

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
