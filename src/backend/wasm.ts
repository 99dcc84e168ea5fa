/**
 * WASM-specific set-up: where the `.wasm` binaries are, the process handlers Emscripten installs
 * in Node, and what SIMD/threads the initialized backend uses.
 */
import * as tf from '@tensorflow/tfjs-core';
import { getThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { InvalidArgumentError } from '../errors';

/**
 * Where the WASM binaries are served from: a URL prefix ending in `/`, or a map naming all three
 * files (`tfjs-backend-wasm.wasm`, `tfjs-backend-wasm-simd.wasm`,
 * `tfjs-backend-wasm-threaded-simd.wasm`). Passed to tfjs's `setWasmPaths`.
 *
 * @example
 * ```ts
 * await paddle.setDevice('wasm', { wasmPaths: '/static/tfjs-wasm/' });
 * ```
 * @category Device
 */
export type WasmPaths = string | Record<string, string>;

const WASM_FILES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm'];

let appliedPaths: string | null = null;

/** True once tfjs has an initialized WASM backend instance. */
export function wasmInitialized(): boolean {
  return tf.engine().registry.wasm != null;
}

/** Passes `paths` to `setWasmPaths`, which tfjs accepts only before WASM first initializes. */
export function applyWasmPaths(paths: WasmPaths): void {
  const key = JSON.stringify(paths);
  if (key === appliedPaths) return;
  if (typeof paths !== 'string') {
    if (paths === null || typeof paths !== 'object') {
      throw new InvalidArgumentError('wasmPaths', 'a URL prefix string or a map of the three .wasm file names to URLs', paths, 'setDevice');
    }
    const missing = WASM_FILES.filter((f) => typeof paths[f] !== 'string');
    if (missing.length) {
      throw new InvalidArgumentError('wasmPaths', `a map naming all of ${WASM_FILES.join(', ')} (missing ${missing.join(', ')})`, paths, 'setDevice');
    }
  }
  if (wasmInitialized()) {
    throw new InvalidArgumentError(
      'wasmPaths',
      // In Node, WASM starts at import (from the installed package, which needs no paths).
      'to be given before the WASM backend first starts (pass it to the first setDevice call; in Node WASM starts at import)',
      paths,
      'setDevice',
    );
  }
  setWasmPaths(paths);
  appliedPaths = key;
}

type Listener = (...args: unknown[]) => void;
const PROCESS_EVENTS = ['unhandledRejection', 'uncaughtException'] as const;

/**
 * Runs `init` (which starts the WASM backend) and then removes the `process` handlers the
 * Emscripten module adds in Node. Its `unhandledRejection` handler rethrows, which overrides any
 * handler the application (or a test runner) installed; without it Node's own default applies.
 */
export async function withoutEmscriptenHandlers<T>(init: () => Promise<T>): Promise<T> {
  // Typed loosely: the handlers are removed by identity, whatever their signature.
  const proc = (globalThis as { process?: { listeners(e: string): Listener[]; removeListener(e: string, l: Listener): unknown } }).process;
  if (typeof proc?.listeners !== 'function') return init();
  const before = new Map(PROCESS_EVENTS.map((e) => [e, new Set(proc.listeners(e))]));
  try {
    return await init();
  } finally {
    for (const event of PROCESS_EVENTS) {
      for (const listener of proc.listeners(event)) {
        // Only Emscripten's rethrowing handlers, not one another module added meanwhile.
        if (!before.get(event)!.has(listener) && /\bthrow\b/.test(String(listener))) proc.removeListener(event, listener);
      }
    }
  }
}

/**
 * Wraps tfjs's registered WASM backend factory with {@link withoutEmscriptenHandlers}, so the
 * handlers are removed however WASM starts (`setDevice`, `tf.setBackend`, `tf.ready`).
 */
export function guardWasmFactory(): void {
  const entry = tf.engine().registryFactory.wasm as { factory: () => tf.KernelBackend | Promise<tf.KernelBackend>; guarded?: true } | undefined;
  if (!entry || entry.guarded) return;
  const original = entry.factory;
  entry.factory = () => withoutEmscriptenHandlers(async () => original());
  entry.guarded = true;
}

/** SIMD and thread facts of the WASM backend; call only after it initialized. */
export async function wasmFeatures(): Promise<{ simd: boolean; multithreadSupported: boolean; threads: number }> {
  const simd = Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'));
  const multithreadSupported = Boolean(await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT'));
  return { simd, multithreadSupported, threads: getThreadsCount() };
}
