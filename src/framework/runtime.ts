import { isNode, nodeBuiltinSync } from './node-builtins';

export { isNode };

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

/**
 * Node's `fs`, `path`, `os` and `crypto`, or `null` outside Node (and in ES-module Node before
 * 20.16, which has no synchronous way to reach them).
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
