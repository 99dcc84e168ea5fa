import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import 'tfjs-hapi';

// Its own worker: WASM starts here for the first time, through tfjs directly.
describe('the WASM module started with tf.setBackend', () => {
  it('leaves no rethrowing unhandledRejection or uncaughtException handler behind', async () => {
    const before = process.listeners('unhandledRejection').length;
    expect(await tf.setBackend('wasm')).toBe(true);
    const listeners = [...process.listeners('unhandledRejection'), ...process.listeners('uncaughtException')];
    for (const l of listeners) expect(String(l)).not.toMatch(/throw (reason|ex)\b/);
    expect(process.listeners('unhandledRejection').length).toBe(before);
  });
});
