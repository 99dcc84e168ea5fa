import * as tf from '@tensorflow/tfjs-core';
import '../../src/backend/register';

/** The backends every numeric test runs on in Node. */
export const NODE_BACKENDS = ['cpu', 'wasm'] as const;
export type NodeBackend = (typeof NODE_BACKENDS)[number];

/** Switches the engine to `name` and fails loudly if tfjs silently fell back to another one. */
export async function useBackend(name: NodeBackend): Promise<void> {
  const ok = await tf.setBackend(name);
  if (!ok || tf.getBackend() !== name) throw new Error(`backend ${name} did not initialize (active: ${tf.getBackend()})`);
}
