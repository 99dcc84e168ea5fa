/**
 * Paddle-style device selection on top of tfjs backends: `setDevice`, `getDevice`,
 * `getDeviceInfo`, and the `ensureDevice` hook the `Model` loops call.
 */
import * as tf from '@tensorflow/tfjs-core';
import { BackendUnavailableError, InvalidArgumentError } from '../errors';
import { LOADERS } from './loaders';
import { type Runtime, detectRuntime } from '../framework/runtime';
import { BACKEND_NAMES, GPU_BACKENDS, PRIORITY, type BackendName } from './priority';
import { applyWasmPaths, wasmFeatures, type WasmPaths } from './wasm';

/**
 * A device name `setDevice` accepts: Paddle's `'cpu'`, `'gpu'`, `'gpu:0'`, a tfjs backend name,
 * or `'auto'`. Names are case-insensitive.
 * @category Device
 */
export type DeviceName = 'auto' | 'gpu' | 'gpu:0' | BackendName;

/**
 * Options of {@link setDevice}.
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

/**
 * What {@link getDeviceInfo} reports.
 * @category Device
 */
export interface DeviceInfo {
  /** Paddle's view of the device: `'gpu:0'` on WebGPU/WebGL, otherwise `'cpu'`. */
  readonly device: 'cpu' | 'gpu:0';
  /** The active tfjs backend, e.g. `'wasm'`; `null` when none has been chosen yet. */
  readonly backend: string | null;
  /** The name last passed to {@link setDevice}, or `null` when the backend was chosen some other way. */
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

type Tried = { backend: string; reason: string };

let current: (DeviceInfo & { backend: string }) | null = null;
let queue: Promise<unknown> = Promise.resolve();

const VALID_NAMES: ReadonlyArray<string> = Object.freeze(['auto', 'cpu', 'gpu', 'gpu:0', ...BACKEND_NAMES.filter((b) => b !== 'cpu')]);

/** Maps a device name to the backends to try, best first. */
function candidates(name: unknown, runtime: Runtime): ReadonlyArray<BackendName> {
  if (typeof name !== 'string') throw new InvalidArgumentError('name', `one of ${VALID_NAMES.map((n) => `'${n}'`).join(', ')}`, name, 'setDevice');
  const lower = name.trim().toLowerCase();
  if (lower === 'auto') return PRIORITY[runtime].auto;
  if (lower === 'gpu' || lower === 'gpu:0') return PRIORITY[runtime].gpu;
  if (/^gpu:\d+$/.test(lower)) {
    throw new InvalidArgumentError('name', "'gpu' or 'gpu:0' (tfjs exposes one GPU per page)", name, 'setDevice');
  }
  if ((BACKEND_NAMES as ReadonlyArray<string>).includes(lower)) return [lower as BackendName];
  throw new InvalidArgumentError('name', `one of ${VALID_NAMES.map((n) => `'${n}'`).join(', ')}`, name, 'setDevice');
}

/** Tries to make `backend` the active one; resolves to `null` on success or to the reason it failed. */
async function tryBackend(backend: BackendName, runtime: Runtime): Promise<string | null> {
  const missing = await LOADERS[backend](runtime);
  if (missing !== null) return missing;
  let ok: boolean;
  try {
    ok = await tf.setBackend(backend);
  } catch (err) {
    return `initialization threw: ${(err as Error)?.message ?? String(err)}`;
  }
  // tf.setBackend resolves false instead of throwing, and tfjs may quietly fall back.
  if (!ok) return 'initialization failed (tf.setBackend resolved false)';
  if (tf.getBackend() !== backend) return `tfjs switched to '${tf.getBackend()}' instead`;
  return null;
}

/**
 * The JS backend prints a "looks like you are running TensorFlow.js in Node.js" banner on its
 * first write, recommending tfjs-node. `'auto'` already picks tfjs-node when it is installed and
 * {@link getDeviceInfo} says why it was passed over, so the banner only adds noise.
 */
function silenceNodeBanner(): void {
  const cpu = tf.engine().registry.cpu as unknown as { firstUse?: boolean } | undefined;
  if (cpu && 'firstUse' in cpu) cpu.firstUse = false;
}

async function describeBackend(backend: string): Promise<Pick<DeviceInfo, 'simd' | 'threads'>> {
  if (backend === 'wasm') {
    const { simd, threads } = await wasmFeatures();
    return { simd, threads };
  }
  if (backend === 'cpu') return { simd: false, threads: 1 };
  return { simd: null, threads: null };
}

const deviceOf = (backend: string | null): 'cpu' | 'gpu:0' => (backend !== null && GPU_BACKENDS.has(backend as BackendName) ? 'gpu:0' : 'cpu');

async function select(name: DeviceName, options: SetDeviceOptions): Promise<string> {
  const runtime = detectRuntime();
  const list = candidates(name, runtime);
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new InvalidArgumentError('options', 'an object such as { wasmPaths }', options, 'setDevice');
  }
  if (options.wasmPaths !== undefined) applyWasmPaths(options.wasmPaths);
  const previous = tf.getBackend();
  const previousReady = previous != null && tf.engine().registry[previous] != null;
  const passedOver: Tried[] = [];
  for (const backend of list) {
    const reason = await tryBackend(backend, runtime);
    if (reason !== null) {
      passedOver.push({ backend, reason });
      continue;
    }
    if (backend === 'cpu') silenceNodeBanner();
    current = Object.freeze({
      device: deviceOf(backend),
      backend,
      requested: name,
      runtime,
      ...(await describeBackend(backend)),
      passedOver: Object.freeze(passedOver.map((t) => Object.freeze(t))),
    });
    return current.device;
  }
  // Leave the engine as it was rather than pointing at a backend that failed to start.
  if (previousReady && tf.getBackend() !== previous) await tf.setBackend(previous);
  throw new BackendUnavailableError(`setDevice('${name}'): no backend for this device can run in ${runtime}.`, passedOver);
}

/**
 * Chooses where tensors live and kernels run, like Paddle's `paddle.set_device`.
 *
 * - `'auto'` tries, best first: in a browser `webgpu`, `webgl`, `wasm`, `cpu`; in Node
 *   `tensorflow` (only if `@tensorflow/tfjs-node` is installed), `wasm` (SIMD), `cpu`.
 * - `'gpu'` / `'gpu:0'` tries `webgpu` then `webgl`.
 * - A tfjs backend name (`'wasm'`, `'webgl'`, `'webgpu'`, `'cpu'` — tfjs's plain-JS backend —,
 *   `'tensorflow'`) selects exactly that backend.
 *
 * WebGPU (`@tensorflow/tfjs-backend-webgpu`) and tfjs-node are optional peers, `import()`ed only
 * when tried; in a bundled browser app import WebGPU yourself first so the bundler includes it.
 * Importing tfjs-hapi registers kernel fixes in tfjs's global kernel registry (see the README,
 * "Devices").
 *
 * @param name - the device, case-insensitive
 * @param options - `wasmPaths` for browsers and bundlers
 * @returns Paddle's name of the device now in use: `'cpu'` or `'gpu:0'`
 * @throws {@link index!InvalidArgumentError} for an unknown name (the message lists the valid ones)
 * or a bad `wasmPaths`
 * @throws {@link BackendUnavailableError} when no backend for the device can start here; the
 * error's `tried` lists each backend and why it failed
 * @example
 * ```ts
 * import * as paddle from 'tfjs-hapi';
 * await paddle.setDevice('auto');               // SIMD WASM in Node
 * await paddle.setDevice('wasm', { wasmPaths: 'https://cdn.jsdelivr.net/npm/@tensorflow/tfjs-backend-wasm@4.22.0/dist/' });
 * console.log(paddle.getDeviceInfo().backend);  // 'wasm'
 * ```
 * @category Device
 */
export function setDevice(name: DeviceName, options: SetDeviceOptions = {}): Promise<string> {
  // Serialized: two overlapping calls must not interleave tfjs's backend switches.
  const run = queue.then(() => select(name, options));
  queue = run.catch(() => undefined);
  return run;
}

/**
 * The device in use, as Paddle names it (`paddle.get_device()`): `'gpu:0'` on WebGPU or WebGL,
 * otherwise `'cpu'` (WASM, the JS backend and tfjs-node all compute on the CPU). Before any
 * device was chosen it is `'cpu'`. {@link getDeviceInfo} tells the tfjs backend.
 *
 * @returns `'cpu'` or `'gpu:0'`
 * @example
 * ```ts
 * await paddle.setDevice('wasm');
 * paddle.getDevice(); // 'cpu'
 * ```
 * @category Device
 */
export function getDevice(): 'cpu' | 'gpu:0' {
  return deviceOf(tf.getBackend() ?? null);
}

/**
 * Reports the active backend, whether WASM uses SIMD, how many threads compute, and why each
 * backend tried before it was passed over by the last {@link setDevice}.
 *
 * @returns a frozen {@link DeviceInfo}
 * @example
 * ```ts
 * await paddle.setDevice('auto');
 * const info = paddle.getDeviceInfo();
 * // in Node: { device: 'cpu', backend: 'wasm', simd: true, threads: 1,
 * //   passedOver: [{ backend: 'tensorflow', reason: '@tensorflow/tfjs-node is not installed' }], ... }
 * ```
 * @category Device
 */
export function getDeviceInfo(): DeviceInfo {
  const backend = tf.getBackend() ?? null;
  if (current !== null && current.backend === backend) return current;
  // Chosen outside setDevice (tf.setBackend): report what can be read synchronously.
  let simd: boolean | null = backend === 'cpu' ? false : null;
  if (backend === 'wasm') {
    try {
      simd = tf.env().getBool('WASM_HAS_SIMD_SUPPORT');
    } catch {
      simd = null;
    }
  }
  return Object.freeze({
    device: deviceOf(backend),
    backend,
    requested: null,
    runtime: detectRuntime(),
    simd,
    threads: backend === 'cpu' ? 1 : null,
    passedOver: Object.freeze([]),
  });
}

/**
 * Makes sure a device is chosen before a training or inference loop runs: if neither
 * {@link setDevice} nor `tf.setBackend` has been called, runs `setDevice('auto')`. A backend the
 * user picked is always kept. For internal use by `Model`.
 *
 * @returns resolves once a backend is active
 * @throws {@link BackendUnavailableError} if no backend can start
 * @internal
 */
export async function ensureDevice(): Promise<void> {
  await queue;
  const active = tf.getBackend();
  if (active != null && tf.engine().registry[active] != null) return;
  await setDevice('auto');
}
