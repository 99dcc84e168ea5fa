/**
 * Where the library runs: the one place that answers it. Everything else (device priorities,
 * worker threads, file access, Node built-ins) asks here, so the answers cannot disagree.
 */

/** Where the library runs: a browser (window or worker) or Node. */
export type Runtime = 'browser' | 'node';

interface Globals {
  process?: { versions?: { node?: string } };
  document?: unknown;
}

/**
 * Whether Node's APIs are here (`process.versions.node`: Node, and Deno or Bun in their Node
 * mode), so built-in modules and the file system can be reached, even when a DOM is present too
 * (an Electron renderer, a jsdom test).
 */
export function isNode(): boolean {
  return typeof (globalThis as Globals).process?.versions?.node === 'string';
}

/**
 * Which family of backends and workers fits: `'node'` when Node's APIs are here and there is no
 * DOM; a page (even an Electron renderer with Node integration) and a Web Worker are `'browser'`.
 */
export function detectRuntime(): Runtime {
  return isNode() && typeof (globalThis as Globals).document === 'undefined' ? 'node' : 'browser';
}
