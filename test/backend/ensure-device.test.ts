import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { ensureDevice } from '../../src/backend/device';
import { LOADERS } from '../../src/backend/loaders';

// Runs in its own process (vitest isolates files), so no device has been chosen yet here.
describe('ensureDevice on first use', () => {
  it('moves off the JS backend tfjs-hapi starts with when nobody chose, then leaves the choice alone', async () => {
    // tfjs's JS backend at import, or SIMD WASM if the background start already switched.
    expect(['cpu', 'wasm']).toContain(tf.getBackend());
    await ensureDevice();
    expect(tf.getBackend()).toBe('wasm');
    expect(paddle.getDeviceInfo()).toMatchObject({ backend: 'wasm', simd: true });
    await paddle.setDevice('js');
    await ensureDevice();
    expect(tf.getBackend()).toBe('cpu');
  });
});

describe('backend loaders outside their runtime', () => {
  it('webgpu: reports navigator.gpu missing, or the optional package missing when it exists', async () => {
    expect(await LOADERS.webgpu('node')).toBe('navigator.gpu is not available in this runtime');
    const g = globalThis as { navigator?: unknown };
    const saved = Object.getOwnPropertyDescriptor(g, 'navigator');
    Object.defineProperty(g, 'navigator', { value: { gpu: {} }, configurable: true });
    try {
      expect(await LOADERS.webgpu('browser')).toBe('@tensorflow/tfjs-backend-webgpu is not installed');
    } finally {
      if (saved) Object.defineProperty(g, 'navigator', saved);
      else delete g.navigator;
    }
  });

  it('webgl: loads tfjs-backend-webgl in a browser runtime, which registers nothing without a DOM', async () => {
    expect(await LOADERS.webgl('browser')).toBe('tfjs-backend-webgl did not register (no WebGL context in this page)');
    expect(tf.engine().findBackendFactory('webgl')).toBeNull();
  });

  it('tensorflow: only in Node', async () => {
    expect(await LOADERS.tensorflow('browser')).toBe('tfjs-node runs only in Node');
  });
});
