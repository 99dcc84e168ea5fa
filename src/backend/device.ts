/**
 * Paddle-style device selection on top of tfjs backends: `setDevice`, `getDevice`,
 * `getDeviceInfo`, the `ensureDevice` hook the `Model` loops call, and the device in force
 * before any of them (`installDefaultDevice`, run at import by `register.ts`).
 */
import * as tf from '@tensorflow/tfjs-core';
import { BackendUnavailableError, InvalidArgumentError } from '../errors';
import { nodeBuiltinSync } from '../framework/node-builtins';
import { DEVICE_NAMES, GPU_BACKENDS, JS_BACKEND, PRIORITY, SYNC_BACKENDS, type DeviceName } from './priority';
import { LOADERS } from './loaders';
import { type Runtime, detectRuntime } from '../framework/runtime';
import { activateBackend, silenceNodeBanner, startBackend } from './start';
import type { DeviceInfo, SetDeviceArgs, SetDeviceOptions } from './device-info';
import { defineSignature, resolveArgs } from '../framework/args';
import { applyWasmPaths, wasmFeatures } from './wasm';

export type { DeviceName } from './priority';
export type { DeviceInfo, SetDeviceArgs, SetDeviceOptions } from './device-info';

type Tried = { backend: string; reason: string };

let current: (DeviceInfo & { backend: string }) | null = null;
let queue: Promise<unknown> = Promise.resolve();
/** Set by the first `setDevice` call: from then on the device is the user's choice. */
let chosenByUser = false;
/**
 * The backend tfjs-hapi made active at import, so that tensors can be created before any
 * device is chosen. tfjs replaces its engine's profiler on every `setBackend`, so a matching
 * profiler means nobody (not even `tf.setBackend` with the same name) has chosen since.
 */
let implicit: { backend: string; profiler: unknown } | null = null;
/** The background start of the fastest CPU backend (Node's main thread), once begun. */
let preferring: Promise<void> = Promise.resolve();

const profilerOf = (): unknown => (tf.engine() as unknown as { profiler?: unknown }).profiler;
const registered = (backend: string): boolean => (tf.engine().registry as Record<string, unknown>)[backend] != null;

/** Whether the active backend is still the one tfjs-hapi set at import. */
function onImplicitDefault(): boolean {
  return implicit !== null && tf.getBackend() === implicit.backend && profilerOf() === implicit.profiler;
}

/** Runs `task` after every device change already requested, one at a time. */
function enqueue<T>(task: () => Promise<T>): Promise<T> {
  // Serialized: two overlapping calls must not interleave tfjs's backend switches.
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

const quoted = (names: ReadonlyArray<string>): string => names.map((n) => `'${n}'`).join(', ');

/** Maps a device name to the backends to try, best first. */
function candidates(name: unknown, runtime: Runtime) {
  if (typeof name !== 'string') throw new InvalidArgumentError('name', `one of ${quoted(DEVICE_NAMES)}`, name, 'setDevice');
  const lower = name.trim().toLowerCase();
  if (Object.hasOwn(PRIORITY[runtime], lower)) return PRIORITY[runtime][lower as DeviceName];
  if (/^gpu:\d+$/.test(lower)) {
    throw new InvalidArgumentError('name', "'gpu' or 'gpu:0' (tfjs exposes one GPU per page)", name, 'setDevice');
  }
  throw new InvalidArgumentError('name', `one of ${quoted(DEVICE_NAMES)}`, name, 'setDevice');
}

function describeBackend(backend: string): Pick<DeviceInfo, 'simd' | 'threads'> {
  if (backend === JS_BACKEND) return { simd: false, threads: 1 };
  return { simd: null, threads: null };
}

const deviceOf = (backend: string | null): 'cpu' | 'gpu:0' => (backend !== null && GPU_BACKENDS.has(backend as never) ? 'gpu:0' : 'cpu');

async function select(name: unknown, options: SetDeviceOptions, requested: string | null): Promise<string> {
  const runtime = detectRuntime();
  const list = candidates(name, runtime);
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new InvalidArgumentError('options', 'an object such as { wasmPaths }', options, 'setDevice');
  }
  if (options.wasmPaths !== undefined) applyWasmPaths(options.wasmPaths);
  const previous = tf.getBackend();
  const previousReady = previous != null && registered(previous);
  const passedOver: Tried[] = [];
  for (const backend of list) {
    const reason = await activateBackend(backend, runtime);
    if (reason !== null) {
      passedOver.push({ backend, reason });
      continue;
    }
    const features = backend === 'wasm' ? await wasmFeatures() : describeBackend(backend);
    implicit = null;
    current = Object.freeze({
      device: deviceOf(backend),
      backend,
      requested,
      runtime,
      simd: features.simd,
      threads: features.threads,
      passedOver: Object.freeze(passedOver.map((t) => Object.freeze(t))),
    });
    return current.device;
  }
  // Leave the engine as it was rather than pointing at a backend that failed to start.
  if (previousReady && tf.getBackend() !== previous) await tf.setBackend(previous);
  throw new BackendUnavailableError(`setDevice('${String(name)}'): no backend for this device can run in ${runtime}.`, passedOver);
}

/**
 * Chooses where tensors live and kernels run, like Paddle's `paddle.set_device`.
 *
 * | name | tries, best first |
 * |---|---|
 * | `'cpu'` | Node: `tensorflow` (if `@tensorflow/tfjs-node` is installed), `wasm` (SIMD), `js`; browser: `wasm`, `js` |
 * | `'gpu'`, `'gpu:0'` | `webgpu`, `webgl` |
 * | `'auto'` | browser: `webgpu`, `webgl`, `wasm`, `js`; Node: as `'cpu'` |
 * | `'js'`, `'wasm'`, `'webgl'`, `'webgpu'`, `'tensorflow'` | exactly that tfjs backend (`'js'` is the one tfjs calls `'cpu'`) |
 *
 * Layers and tensors made before (on tfjs's JS backend, which runs until a device is chosen)
 * keep working: tfjs moves their data to the new backend when they are next used. In Node the
 * fastest CPU backend starts in the background at import and becomes the device at the first
 * `await` after it started, unless `setDevice` or `tf.setBackend` chose first.
 *
 * WebGPU (`@tensorflow/tfjs-backend-webgpu`) and tfjs-node are optional peers, `import()`ed only
 * when tried; in a bundled browser app import WebGPU yourself first so the bundler includes it.
 * Importing tfjs-hapi registers kernel fixes in tfjs's global kernel registry (see the README,
 * "Devices").
 *
 * The device name is case-insensitive; `wasmPaths` (an option) is for browsers and bundlers.
 * @returns Paddle's name of the device now in use: `'cpu'` or `'gpu:0'`
 * @throws {@link index!InvalidArgumentError} for an unknown name (the message lists the valid ones)
 * or a bad `wasmPaths`
 * @throws {@link BackendUnavailableError} when no backend for the device can start here; the
 * error's `tried` lists each backend and why it failed
 * @example
 * ```ts
 * import * as paddle from 'tfjs-hapi';
 * await paddle.setDevice('cpu');                // Paddle: paddle.set_device('cpu') — SIMD WASM in Node
 * await paddle.setDevice('wasm', { wasmPaths: 'https://cdn.jsdelivr.net/npm/@tensorflow/tfjs-backend-wasm@4.22.0/dist/' });
 * console.log(paddle.getDeviceInfo().backend);  // 'wasm'
 * await paddle.setDevice({ device: 'cpu' });    // Paddle: paddle.set_device(device='cpu')
 * ```
 * @category Device
 */
export function setDevice(args: SetDeviceArgs): Promise<string>;
export function setDevice(device: DeviceName, options?: SetDeviceOptions): Promise<string>;
export function setDevice(...args: unknown[]): Promise<string> {
  let resolved: SetDeviceArgs;
  try {
    resolved = resolveArgs<SetDeviceArgs>(SET_DEVICE, args);
  } catch (e) {
    return Promise.reject(e);
  }
  const { device: name, ...options } = resolved;
  chosenByUser = true;
  return enqueue(() => select(name, options, name));
}

const SET_DEVICE = defineSignature('setDevice', ['device'], { required: 1, optionOnly: ['wasmPaths'] });

/**
 * The device in use, as Paddle names it (`paddle.get_device()`): `'gpu:0'` on WebGPU or WebGL,
 * otherwise `'cpu'` (WASM, the JS backend and tfjs-node all compute on the CPU).
 * {@link getDeviceInfo} tells the tfjs backend.
 *
 * @returns `'cpu'` or `'gpu:0'`
 * @example
 * ```ts
 * await paddle.setDevice('wasm');
 * paddle.getDevice(); // 'cpu', as Paddle's paddle.get_device()
 * ```
 * @category Device
 */
export function getDevice(): 'cpu' | 'gpu:0' {
  return deviceOf(tf.getBackend() ?? null);
}

/**
 * Reports the tfjs backend really running, whether WASM uses SIMD, how many threads compute, and
 * why each backend tried before it was passed over by the last {@link setDevice}.
 *
 * @returns a frozen {@link DeviceInfo}
 * @example
 * ```ts
 * await paddle.setDevice('cpu');
 * const info = paddle.getDeviceInfo();
 * // in Node: { device: 'cpu', backend: 'wasm', simd: true, threads: 1,
 * //   passedOver: [{ backend: 'tensorflow', reason: '@tensorflow/tfjs-node is not installed' }], ... }
 * ```
 * @category Device
 */
export function getDeviceInfo(): DeviceInfo {
  const backend = tf.getBackend() ?? null;
  if (current !== null && current.backend === backend && (implicit === null || onImplicitDefault())) return current;
  // Chosen outside setDevice (tf.setBackend): report what can be read synchronously.
  let simd: boolean | null = backend === JS_BACKEND ? false : null;
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
    threads: backend === JS_BACKEND ? 1 : null,
    passedOver: Object.freeze([]),
  });
}

/**
 * Makes sure a device is chosen before a training or inference loop runs: unless {@link setDevice}
 * or `tf.setBackend` chose one, runs `setDevice('auto')`. For internal use by `Model`.
 *
 * @returns resolves once the backend is active
 * @throws {@link BackendUnavailableError} if no backend can start
 * @internal
 */
export async function ensureDevice(): Promise<void> {
  await queue;
  const active = tf.getBackend();
  if (active != null && registered(active) && !onImplicitDefault()) return;
  await setDevice('auto');
}

/**
 * Throws a typed error where tfjs could not create a tensor: while a backend is still starting
 * because a `tf.setBackend` call was not awaited. With no backend at all, makes the JS backend
 * active first (see {@link installDefaultDevice}).
 *
 * @param what - the public name creating tensors, for the message
 * @throws {@link BackendUnavailableError} naming `await paddle.setDevice()`
 * @internal
 */
export function requireBackend(what: string): void {
  if ((tf.engine() as unknown as { pendingBackendInit?: unknown }).pendingBackendInit != null) {
    throw new BackendUnavailableError(
      `${what}: tfjs's backend '${tf.getBackend()}' is still starting (a tf.setBackend call was not awaited); ` +
        `call \`await paddle.setDevice('${tf.getBackend() === JS_BACKEND ? 'js' : tf.getBackend()}')\` before creating layers or tensors.`,
    );
  }
  if (tf.getBackend() == null) installDefaultDevice();
}

/**
 * Resolves once the background start begun at import has finished (and switched, if nobody
 * chose a device meanwhile). For tests.
 * @internal
 */
export function defaultDeviceSettled(): Promise<void> {
  return preferring;
}

/** Whether this is Node's main thread (DataLoader workers use the JS backend and need no WASM). */
function isNodeMainThread(): boolean {
  return nodeBuiltinSync<{ isMainThread: boolean }>('node:worker_threads')?.isMainThread ?? true;
}

/**
 * Starts the best backend of Paddle's `'cpu'` while the JS backend runs, then makes it the device
 * at the first `await` after it started — unless a device was chosen meanwhile.
 */
async function preferFastestCpu(runtime: Runtime): Promise<void> {
  const undecided = (): boolean => !chosenByUser && onImplicitDefault();
  // Code right after the import may choose a device itself; then nothing needs starting here.
  await null;
  for (const backend of PRIORITY[runtime].cpu) {
    if (backend === implicit?.backend || !undecided()) return;
    if ((await LOADERS[backend](runtime)) === null && (await startBackend(backend)) === null) break;
  }
  await enqueue(async () => {
    if (undecided()) await select('cpu', {}, null);
  });
}

/**
 * Makes tfjs's synchronous backend (the JS one, or tfjs-node if the app imported it) active at
 * import, so that layers and tensors can be created before any device is chosen, as in Paddle —
 * tfjs would otherwise throw "Backend 'wasm' has not yet been initialized". In Node's main
 * thread it also starts the fastest CPU backend in the background ({@link preferFastestCpu}).
 * Does nothing if a backend was already chosen. Called by `register.ts`.
 * @internal
 */
export function installDefaultDevice(): void {
  if (tf.getBackend() != null) return;
  const backend = SYNC_BACKENDS.find((b) => tf.engine().findBackendFactory(b) != null);
  if (backend === undefined) return;
  // The factory is synchronous, so the switch is complete when setBackend returns.
  tf.setBackend(backend).catch(() => undefined);
  if (tf.getBackend() !== backend || !registered(backend)) return;
  if (backend === JS_BACKEND) silenceNodeBanner();
  implicit = { backend, profiler: profilerOf() };
  const runtime = detectRuntime();
  current = Object.freeze({
    device: deviceOf(backend),
    backend,
    requested: null,
    runtime,
    ...describeBackend(backend),
    passedOver: Object.freeze([]),
  });
  if (runtime === 'node' && isNodeMainThread()) preferring = preferFastestCpu(runtime).catch(() => undefined);
}
