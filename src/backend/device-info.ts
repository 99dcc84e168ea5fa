/**
 * The option and report types of `setDevice` and `getDeviceInfo`.
 */
import type { DeviceName } from './priority';
import type { Runtime } from '../framework/runtime';
import type { WasmPaths } from './wasm';

/**
 * Options of {@link index!setDevice}.
 * @category Device
 */
export interface SetDeviceOptions {
  /**
   * Where the WASM binaries are served from, for browsers and bundlers: a URL prefix ending in
   * `/` (for example `'/static/tfjs-wasm/'` or a CDN folder of `@tensorflow/tfjs-backend-wasm@4.22.0/dist/`),
   * or a map naming all three `.wasm` files. Passed to tfjs's `setWasmPaths`; it must come with
   * the first `setDevice` call that starts WASM.
   * @defaultValue `undefined` — in Node the binaries are read from the installed package.
   */
  wasmPaths?: WasmPaths;
}

/** All of {@link index!setDevice}'s arguments by name: Paddle's keyword form. */
export interface SetDeviceArgs extends SetDeviceOptions {
  /** The device, case-insensitive: `'cpu'`, `'gpu'`, `'auto'`, `'wasm'`, … */
  device: DeviceName;
}

/**
 * What {@link index!getDeviceInfo} reports.
 * @category Device
 */
export interface DeviceInfo {
  /** Paddle's view of the device: `'gpu:0'` on WebGPU/WebGL, otherwise `'cpu'`. */
  readonly device: 'cpu' | 'gpu:0';
  /** The tfjs backend really running, by tfjs's name (`'wasm'`, `'cpu'` for the plain-JS one, …); `null` if none. */
  readonly backend: string | null;
  /**
   * The name last passed to {@link index!setDevice}; `null` when tfjs-hapi chose the backend itself
   * (before any `setDevice`) or it was chosen with `tf.setBackend`.
   */
  readonly requested: string | null;
  /** `'node'` or `'browser'` (a page or a worker). */
  readonly runtime: Runtime;
  /** Whether the WASM backend runs its SIMD build; `false` on the JS backend; `null` where it does not apply. */
  readonly simd: boolean | null;
  /** Threads the backend computes with (WASM's pool size, 1 for the JS backend); `null` where unknown. */
  readonly threads: number | null;
  /** Each backend tried before the active one, and why it was passed over. */
  readonly passedOver: ReadonlyArray<{ readonly backend: string; readonly reason: string }>;
}
