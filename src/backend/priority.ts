/**
 * The order in which `'auto'` and the Paddle device names try tfjs backends, per runtime.
 *
 * A frozen table rather than a chain of ifs, so the order is data that can be read, documented
 * and tested in one place.
 */
import type { Runtime } from '../framework/runtime';

/** The tfjs backends tfjs-hapi knows how to find and start. */
export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu' | 'tensorflow';

/** Backend names in the order they are listed in errors. */
export const BACKEND_NAMES: ReadonlyArray<BackendName> = Object.freeze(['webgpu', 'webgl', 'wasm', 'cpu', 'tensorflow']);

/** Which backends compute on a GPU (Paddle's `'gpu'` device). */
export const GPU_BACKENDS: ReadonlySet<BackendName> = new Set<BackendName>(['webgpu', 'webgl']);

/**
 * Priority lists, best first. `auto` is the default device; `gpu` serves Paddle's `'gpu'` and
 * `'gpu:0'`. In Node there is no GPU backend tfjs can start (WebGL registers only in a browser,
 * WebGPU needs `navigator.gpu`), but both are still tried so the error can say why each failed.
 */
export const PRIORITY: Readonly<Record<Runtime, Readonly<{ auto: ReadonlyArray<BackendName>; gpu: ReadonlyArray<BackendName> }>>> =
  Object.freeze({
    browser: Object.freeze({
      auto: Object.freeze<BackendName[]>(['webgpu', 'webgl', 'wasm', 'cpu']),
      gpu: Object.freeze<BackendName[]>(['webgpu', 'webgl']),
    }),
    node: Object.freeze({
      // tfjs-node's native TensorFlow is used only when the user installed it.
      auto: Object.freeze<BackendName[]>(['tensorflow', 'wasm', 'cpu']),
      gpu: Object.freeze<BackendName[]>(['webgpu', 'webgl']),
    }),
  });
