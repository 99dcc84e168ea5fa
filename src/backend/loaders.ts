/**
 * How each backend is made available to tfjs's registry before `tf.setBackend` is called.
 * The cpu and wasm backends are dependencies imported by `register.ts`; WebGL is a dependency
 * loaded only in browsers; WebGPU and tfjs-node are optional peers `import()`ed only when chosen.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Runtime } from '../framework/runtime';
import type { BackendName } from './priority';

/** Resolves to `null` when `name` is in tfjs's registry, or to the reason it cannot be. */
export type BackendLoader = (runtime: Runtime) => Promise<string | null>;

const registered = (name: string): boolean => tf.engine().findBackendFactory(name) != null;

/**
 * Imports an optional peer by a specifier bundlers do not try to resolve at build time: a
 * missing optional package must not break a user's bundle. In a bundled browser app, import
 * the package yourself before `setDevice` and it is found in the registry instead.
 */
async function importOptional(specifier: string): Promise<unknown> {
  return import(/* @vite-ignore */ /* webpackIgnore: true */ specifier);
}

async function loadOptionalPeer(name: BackendName, pkg: string, notRegisteredReason: string): Promise<string | null> {
  if (registered(name)) return null;
  try {
    await importOptional(pkg);
  } catch (err) {
    const { code, message } = err as { code?: string; message?: string };
    // Node says it with a code; bundlers' module runners (Vite, webpack) only in the message.
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || /Cannot find (module|package)|Could not resolve/i.test(message ?? '')) {
      return `${pkg} is not installed`;
    }
    // A browser cannot resolve a bare specifier the bundler never saw.
    if (/Failed to resolve module specifier|dynamically imported module/i.test(message ?? '')) {
      return `${pkg} could not be loaded in this page (import it before setDevice so the bundler includes it)`;
    }
    return `importing ${pkg} failed: ${message ?? String(err)}`;
  }
  return registered(name) ? null : notRegisteredReason;
}

/** One loader per backend. */
export const LOADERS: Readonly<Record<BackendName, BackendLoader>> = Object.freeze({
  cpu: async () => (registered('cpu') ? null : '@tensorflow/tfjs-backend-cpu did not register'),
  wasm: async () => (registered('wasm') ? null : '@tensorflow/tfjs-backend-wasm did not register'),
  webgl: async (runtime: Runtime) => {
    if (runtime === 'node') return 'WebGL exists only in browsers (tfjs-backend-webgl registers itself only when a DOM is present)';
    if (!registered('webgl')) await import('@tensorflow/tfjs-backend-webgl');
    return registered('webgl') ? null : 'tfjs-backend-webgl did not register (no WebGL context in this page)';
  },
  webgpu: async () => {
    if (typeof (globalThis as { navigator?: { gpu?: unknown } }).navigator?.gpu === 'undefined') {
      return 'navigator.gpu is not available in this runtime';
    }
    return loadOptionalPeer(
      'webgpu',
      '@tensorflow/tfjs-backend-webgpu',
      '@tensorflow/tfjs-backend-webgpu loaded but did not register (a second copy of @tensorflow/tfjs-core?)',
    );
  },
  tensorflow: async (runtime: Runtime) => {
    if (runtime !== 'node') return 'tfjs-node runs only in Node';
    return loadOptionalPeer(
      'tensorflow',
      '@tensorflow/tfjs-node',
      '@tensorflow/tfjs-node loaded but registered into another copy of @tensorflow/tfjs-core (versions must match)',
    );
  },
});
