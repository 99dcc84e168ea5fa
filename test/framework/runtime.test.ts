import { afterEach, describe, expect, it } from 'vitest';
import { node, nodeBuiltin, nodeBuiltinSync } from '../../src/framework/node-builtins';
import { detectRuntime, isNode } from '../../src/framework/runtime';

const g = globalThis as { document?: unknown };

describe('framework/runtime: the one answer to "where do we run"', () => {
  afterEach(() => {
    delete g.document;
  });

  it('is Node here, with its built-ins reachable synchronously and asynchronously', async () => {
    expect(isNode()).toBe(true);
    expect(detectRuntime()).toBe('node');
    expect(nodeBuiltinSync<typeof import('node:path')>('node:path')!.join('a', 'b')).toBe('a/b');
    expect((await nodeBuiltin<typeof import('node:os')>('node:os')).EOL).toBe('\n');
    expect(node()!.fs.existsSync('.')).toBe(true);
  });

  it('counts a DOM beside Node (Electron renderer, jsdom) as a browser, but keeps file access', () => {
    g.document = {};
    expect(detectRuntime()).toBe('browser');
    expect(isNode()).toBe(true);
  });
});
