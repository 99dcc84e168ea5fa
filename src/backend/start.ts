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
import { JS_BACKEND, type BackendName, type Runtime } from './priority';

type Registry = Record<string, tf.KernelBackend | undefined>;

const starting = new Map<BackendName, Promise<string | null>>();

/** Reads a thrown value's message. */
const messageOf = (err: unknown): string => (err as Error)?.message ?? String(err);

/**
 * Creates `backend`'s instance in tfjs's registry without making it active. Concurrent calls
 * share one start (WASM must not be instantiated twice).
 *
 * @returns `null` once started, or why it could not start
 */
export function startBackend(backend: BackendName): Promise<string | null> {
  const engine = tf.engine();
  const registry = engine.registry as Registry;
  if (registry[backend] != null) return Promise.resolve(null);
  const factory = engine.findBackendFactory(backend);
  if (factory == null) return Promise.resolve(`${backend} is not registered with tfjs`);
  let pending = starting.get(backend);
  if (pending === undefined) {
    pending = (async () => {
      try {
        const instance = await factory();
        // Someone else's tf.setBackend may have started it meanwhile: keep theirs.
        if (registry[backend] == null) registry[backend] = instance;
        else if (registry[backend] !== instance) instance.dispose();
        return null;
      } catch (err) {
        return `initialization threw: ${messageOf(err)}`;
      } finally {
        starting.delete(backend);
      }
    })();
    starting.set(backend, pending);
  }
  return pending;
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
