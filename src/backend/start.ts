/**
 * Starting a tfjs backend without stalling the one that runs.
 *
 * `tf.setBackend('wasm')` marks the engine as switching before WASM has started, and every tensor
 * created until it has started throws tfjs's "Backend 'wasm' has not yet been initialized". So a
 * backend is started first, with its registered factory, while the active one keeps working;
 * switching to it afterwards is synchronous, and tfjs moves each existing tensor's data to the
 * new backend when it is next read.
 */
import * as tf from '@tensorflow/tfjs-core';
import { LOADERS } from './loaders';
import { JS_BACKEND, type BackendName } from './priority';
import type { Runtime } from '../framework/runtime';

type Registry = Record<string, tf.KernelBackend | undefined>;

const starting = new Map<BackendName, Promise<string | null>>();

/** Reads a thrown value's message. */
const messageOf = (err: unknown): string => (err as Error)?.message ?? String(err);

type FactoryEntry = { factory: () => tf.KernelBackend | Promise<tf.KernelBackend> };

/**
 * Creates `backend`'s instance in tfjs's registry without making it active. A synchronous
 * factory (JS, tfjs-node) is simply called. An asynchronous one (WASM, WebGPU) is started once:
 * concurrent calls share the start, and so does a `tf.setBackend` made meanwhile (the registered
 * factory hands out the same pending instance), so WASM is never instantiated twice.
 *
 * @returns `null` once started, or why it could not start
 */
export function startBackend(backend: BackendName): Promise<string | null> {
  const engine = tf.engine();
  const registry = engine.registry as Registry;
  if (registry[backend] != null) return Promise.resolve(null);
  const pending = starting.get(backend);
  if (pending !== undefined) return pending;
  // A tf.setBackend of this backend is under way: wait for tfjs's start rather than make another.
  const tfjsStart = (engine as unknown as { pendingBackendInit?: Promise<boolean> | null }).pendingBackendInit;
  if (tfjsStart != null && tf.getBackend() === backend) {
    return tfjsStart.then((ok) => (ok && registry[backend] != null ? null : 'initialization failed (tf.setBackend resolved false)'));
  }
  const entry = (engine as unknown as { registryFactory: Record<string, FactoryEntry | undefined> }).registryFactory[backend];
  if (entry === undefined) return Promise.resolve(`${backend} is not registered with tfjs`);
  const original = entry.factory;
  let made: tf.KernelBackend | Promise<tf.KernelBackend>;
  try {
    made = original();
  } catch (err) {
    return Promise.resolve(`initialization threw: ${messageOf(err)}`);
  }
  if (typeof (made as { then?: unknown }).then !== 'function') {
    registry[backend] = made as tf.KernelBackend;
    return Promise.resolve(null);
  }
  const shared = Promise.resolve(made);
  const handOut = (): Promise<tf.KernelBackend> => shared;
  entry.factory = handOut;
  const start = shared.then(
    (instance) => {
      // tfjs's own initializer may have stored this same instance meanwhile.
      if (registry[backend] == null) registry[backend] = instance;
      return null;
    },
    (err: unknown) => `initialization threw: ${messageOf(err)}`,
  );
  const done = start.finally(() => {
    if (entry.factory === handOut) entry.factory = original;
    starting.delete(backend);
  });
  starting.set(backend, done);
  return done;
}

/**
 * The JS backend prints a "looks like you are running TensorFlow.js in Node.js" banner on its
 * first write, recommending tfjs-node. tfjs-hapi already picks tfjs-node when it is installed and
 * `getDeviceInfo()` says why it was passed over, so the banner only adds noise.
 */
export function silenceNodeBanner(): void {
  const cpu = (tf.engine().registry as Registry)[JS_BACKEND] as unknown as { firstUse?: boolean } | undefined;
  if (cpu && 'firstUse' in cpu) cpu.firstUse = false;
}

/**
 * Makes `backend` the active one: loads its package, starts it with {@link startBackend}, then
 * switches tfjs to it.
 *
 * @returns `null` on success, or the reason it failed
 */
export async function activateBackend(backend: BackendName, runtime: Runtime): Promise<string | null> {
  const missing = await LOADERS[backend](runtime);
  if (missing !== null) return missing;
  const failed = await startBackend(backend);
  if (failed !== null) return failed;
  let ok: boolean;
  try {
    ok = await tf.setBackend(backend);
  } catch (err) {
    return `initialization threw: ${messageOf(err)}`;
  }
  // tf.setBackend resolves false instead of throwing, and tfjs may quietly fall back.
  if (!ok) return 'initialization failed (tf.setBackend resolved false)';
  if (tf.getBackend() !== backend) return `tfjs switched to '${tf.getBackend()}' instead`;
  if (backend === JS_BACKEND) silenceNodeBanner();
  return null;
}
