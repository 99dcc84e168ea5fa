import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { ensureDevice } from '../../src/backend/device';
import { DEVICE_NAMES, PRIORITY } from '../../src/backend/priority';

describe('setDevice', () => {
  it("'auto' picks SIMD WASM in Node and says why tfjs-node was passed over", async () => {
    expect(await paddle.setDevice('auto')).toBe('cpu');
    const info = paddle.getDeviceInfo();
    expect(info).toMatchObject({ device: 'cpu', backend: 'wasm', requested: 'auto', runtime: 'node', simd: true, threads: 1 });
    expect(info.passedOver).toEqual([{ backend: 'tensorflow', reason: '@tensorflow/tfjs-node is not installed' }]);
    expect(tf.getBackend()).toBe('wasm');
  });

  it("'cpu' is Paddle's CPU device: the fastest CPU backend present, SIMD WASM here", async () => {
    await paddle.setDevice('js');
    expect(await paddle.setDevice('cpu')).toBe('cpu');
    expect(paddle.getDevice()).toBe('cpu');
    expect(paddle.getDeviceInfo()).toMatchObject({ device: 'cpu', backend: 'wasm', requested: 'cpu', simd: true });
    expect(paddle.getDeviceInfo().passedOver).toEqual([{ backend: 'tensorflow', reason: '@tensorflow/tfjs-node is not installed' }]);
  });

  it("selects a tfjs backend by name, case-insensitively; 'js' is tfjs's plain-JS backend", async () => {
    await paddle.setDevice('JS' as paddle.DeviceName);
    expect(tf.getBackend()).toBe('cpu');
    expect(paddle.getDevice()).toBe('cpu');
    expect(paddle.getDeviceInfo()).toMatchObject({ backend: 'cpu', simd: false, threads: 1, passedOver: [] });
    await paddle.setDevice('wasm');
    expect(tf.getBackend()).toBe('wasm');
    expect(paddle.getDevice()).toBe('cpu');
  });

  it("'gpu' in Node throws BackendUnavailableError listing each GPU backend and why, and keeps the active backend", async () => {
    await paddle.setDevice('wasm');
    const err = await paddle.setDevice('gpu').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(paddle.BackendUnavailableError);
    const e = err as InstanceType<typeof paddle.BackendUnavailableError>;
    expect(e.code).toBe('BACKEND_UNAVAILABLE');
    expect(e.tried.map((t) => t.backend)).toEqual(['webgpu', 'webgl']);
    expect(e.message).toMatch(/webgpu \(navigator\.gpu is not available.*webgl \(WebGL exists only in browsers/);
    await expect(paddle.setDevice('gpu:0')).rejects.toThrow(paddle.BackendUnavailableError);
    expect(tf.getBackend()).toBe('wasm');
  });

  it('rejects unknown names with the list of valid ones', async () => {
    const err = await paddle.setDevice('cuda' as paddle.DeviceName).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(paddle.InvalidArgumentError);
    expect((err as Error).message).toBe(
      "setDevice: argument 'name' expected one of 'auto', 'cpu', 'gpu', 'gpu:0', 'js', 'wasm', 'webgl', 'webgpu', 'tensorflow', but received \"cuda\".",
    );
    await expect(paddle.setDevice('gpu:1' as paddle.DeviceName)).rejects.toThrow(/'gpu' or 'gpu:0'/);
    await expect(paddle.setDevice(3 as unknown as paddle.DeviceName)).rejects.toThrow(paddle.InvalidArgumentError);
  });

  it("'tensorflow' without tfjs-node says it is not installed", async () => {
    await expect(paddle.setDevice('tensorflow')).rejects.toThrow(/tensorflow \(@tensorflow\/tfjs-node is not installed\)/);
  });

  it('rejects wasmPaths once WASM has started, and incomplete path maps', async () => {
    await paddle.setDevice('wasm');
    await expect(paddle.setDevice('wasm', { wasmPaths: '/elsewhere/' })).rejects.toThrow(/before the WASM backend first starts/);
    await expect(paddle.setDevice('wasm', { wasmPaths: { 'tfjs-backend-wasm.wasm': '/a.wasm' } })).rejects.toThrow(
      /missing tfjs-backend-wasm-simd\.wasm, tfjs-backend-wasm-threaded-simd\.wasm/,
    );
  });

  it('keeps a backend chosen with tf.setBackend when ensureDevice runs', async () => {
    await tf.setBackend('cpu');
    await ensureDevice();
    expect(tf.getBackend()).toBe('cpu');
    expect(paddle.getDeviceInfo()).toMatchObject({ backend: 'cpu', requested: null, simd: false, threads: 1 });
  });

  it('reports a backend picked outside setDevice with requested: null', async () => {
    await paddle.setDevice('js');
    await tf.setBackend('wasm');
    expect(paddle.getDeviceInfo()).toMatchObject({ backend: 'wasm', requested: null, simd: true, passedOver: [] });
  });

  it('removes the rethrowing unhandledRejection handler the WASM module installs', () => {
    for (const l of process.listeners('unhandledRejection')) expect(String(l)).not.toMatch(/throw reason/);
  });

  it('has a frozen priority table with every device name in each runtime', () => {
    expect(Object.isFrozen(PRIORITY.node)).toBe(true);
    expect(Object.isFrozen(PRIORITY.node.cpu)).toBe(true);
    for (const runtime of ['node', 'browser'] as const) expect(Object.keys(PRIORITY[runtime]).sort()).toEqual([...DEVICE_NAMES].sort());
    expect(PRIORITY.browser.auto).toEqual(['webgpu', 'webgl', 'wasm', 'cpu']);
    expect(PRIORITY.browser.cpu).toEqual(['wasm', 'cpu']);
    expect(PRIORITY.node.auto).toEqual(['tensorflow', 'wasm', 'cpu']);
    expect(PRIORITY.node.cpu).toEqual(['tensorflow', 'wasm', 'cpu']);
    expect(PRIORITY.node.js).toEqual(['cpu']);
    expect(PRIORITY.node['gpu:0']).toEqual(PRIORITY.node.gpu);
  });
});
