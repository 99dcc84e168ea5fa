/**
 * Synchronous access to Node's built-in modules without a static import, so browser bundles never
 * pull them in. Local-file datasets read synchronously in Node, as Paddle's do.
 */
type NodeModules = {
  fs: typeof import('node:fs');
  path: typeof import('node:path');
  os: typeof import('node:os');
  crypto: typeof import('node:crypto');
};

let cached: NodeModules | null | undefined;

/** Whether this is Node (not a browser or a worker with a DOM). */
export function isNode(): boolean {
  const p = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof p?.versions?.node === 'string';
}

/**
 * Node's `fs`, `path`, `os` and `crypto`, or `null` outside Node. Uses `process.getBuiltinModule`
 * (Node ≥ 20.16) or CommonJS `require` when the build is CJS.
 */
export function node(): NodeModules | null {
  if (cached !== undefined) return cached;
  cached = null;
  if (!isNode()) return cached;
  const p = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const req = typeof p?.getBuiltinModule === 'function'
    ? (id: string) => p.getBuiltinModule!(id)
    : typeof require === 'function'
      ? (id: string) => require(id) as unknown
      : null;
  if (req) {
    cached = {
      fs: req('node:fs') as NodeModules['fs'],
      path: req('node:path') as NodeModules['path'],
      os: req('node:os') as NodeModules['os'],
      crypto: req('node:crypto') as NodeModules['crypto'],
    };
  }
  return cached;
}
