import * as tf from '@tensorflow/tfjs-core';
import '../../src/backend/register';
import { setDevice } from '../../src/backend/device';

/** The backends every numeric test runs on in Node. */
export const NODE_BACKENDS = ['cpu', 'wasm'] as const;
export type NodeBackend = (typeof NODE_BACKENDS)[number];

/**
 * Switches the engine to `name` through `setDevice`, which fails loudly if tfjs silently fell
 * back to another backend (and keeps the JS backend's Node banner out of test output).
 */
export async function useBackend(name: NodeBackend): Promise<void> {
  await setDevice(name);
  if (tf.getBackend() !== name) throw new Error(`backend ${name} did not initialize (active: ${tf.getBackend()})`);
}
