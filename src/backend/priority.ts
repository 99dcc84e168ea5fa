/**
 * What each device name means, per runtime: the tfjs backends to try, best first.
 *
 * A frozen table rather than a chain of ifs, so the order is data that can be read, documented
 * and tested in one place.
 */
import type { Runtime } from '../framework/runtime';

/**
 * The tfjs backends tfjs-hapi knows how to find and start, by tfjs's own names. tfjs calls its
 * plain-JS backend `'cpu'`; users select it as the device `'js'`.
 * @category Device
 */
export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu' | 'tensorflow';

/** tfjs's name of its plain-JavaScript backend. */
export const JS_BACKEND = 'cpu' satisfies BackendName;

/**
 * A device name `setDevice` accepts, case-insensitive. Paddle's names keep Paddle's meaning:
 * `'cpu'` is the fastest CPU backend present (tfjs-node if installed, else SIMD WASM, else
 * tfjs's plain-JS backend), `'gpu'`/`'gpu:0'` is WebGPU or WebGL. `'js'`, `'wasm'`, `'webgl'`,
 * `'webgpu'` and `'tensorflow'` (tfjs-node) each select exactly that tfjs backend; `'js'` is the
 * backend tfjs itself calls `'cpu'`, named so that it cannot be mistaken for Paddle's `'cpu'`.
 * `'auto'` is the best device of the runtime.
 * @category Device
 */
export type DeviceName = 'auto' | 'cpu' | 'gpu' | 'gpu:0' | 'js' | 'wasm' | 'webgl' | 'webgpu' | 'tensorflow';

/** Every {@link DeviceName}, in the order errors list them. */
export const DEVICE_NAMES: ReadonlyArray<DeviceName> = Object.freeze<DeviceName[]>(['auto', 'cpu', 'gpu', 'gpu:0', 'js', 'wasm', 'webgl', 'webgpu', 'tensorflow']);

/** Which backends compute on a GPU (Paddle's `'gpu'` device). */
export const GPU_BACKENDS: ReadonlySet<BackendName> = new Set<BackendName>(['webgpu', 'webgl']);

/** Backends whose tfjs factory returns the backend synchronously: usable before any `await`. */
export const SYNC_BACKENDS: ReadonlyArray<BackendName> = Object.freeze<BackendName[]>(['tensorflow', 'cpu']);

// A Record over every DeviceName: a name missing from a runtime's table is a compile error.
type Table = Readonly<Record<DeviceName, ReadonlyArray<BackendName>>>;

const list = (...names: BackendName[]): ReadonlyArray<BackendName> => Object.freeze(names);

/** The backends each name selects, independent of the runtime. */
const EXACT = {
  js: list('cpu'),
  wasm: list('wasm'),
  webgl: list('webgl'),
  webgpu: list('webgpu'),
  tensorflow: list('tensorflow'),
} as const;

/**
 * Priority lists, best first. Paddle's `'cpu'` is the fastest CPU backend present; `'gpu'` and
 * `'gpu:0'` are WebGPU then WebGL. In Node there is no GPU backend tfjs can start (WebGL
 * registers only in a browser, WebGPU needs `navigator.gpu`), but both are still tried so the
 * error can say why each failed.
 */
export const PRIORITY: Readonly<Record<Runtime, Table>> = Object.freeze({
  browser: Object.freeze({
    auto: list('webgpu', 'webgl', 'wasm', 'cpu'),
    cpu: list('wasm', 'cpu'),
    gpu: list('webgpu', 'webgl'),
    'gpu:0': list('webgpu', 'webgl'),
    ...EXACT,
  }),
  node: Object.freeze({
    // tfjs-node's native TensorFlow is used only when the user installed it.
    auto: list('tensorflow', 'wasm', 'cpu'),
    cpu: list('tensorflow', 'wasm', 'cpu'),
    gpu: list('webgpu', 'webgl'),
    'gpu:0': list('webgpu', 'webgl'),
    ...EXACT,
  }),
});

