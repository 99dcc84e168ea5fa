import * as tf from '@tensorflow/tfjs-core';
import '../../src/backend/register';
import { setDevice } from '../../src/backend/device';

/** The backends every numeric test runs on in Node. */
export const NODE_BACKENDS = ['cpu', 'wasm'] as const;
export type NodeBackend = (typeof NODE_BACKENDS)[number];

/** The device name that selects each tfjs backend: tfjs's `'cpu'` is the device `'js'`. */
const DEVICE_OF: Readonly<Record<NodeBackend, 'js' | 'wasm'>> = { cpu: 'js', wasm: 'wasm' };

/**
 * Switches the engine to the tfjs backend `name` (tfjs's names: `'cpu'` is the plain-JS backend)
 * through `setDevice`, which fails loudly if tfjs silently fell back to another backend (and
 * keeps the JS backend's Node banner out of test output).
 */
export async function useBackend(name: NodeBackend): Promise<void> {
  await setDevice(DEVICE_OF[name]);
  if (tf.getBackend() !== name) throw new Error(`backend ${name} did not initialize (active: ${tf.getBackend()})`);
}
