import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs test/backend/fresh/early-layers.ts in a new Node process, where no backend was chosen yet. */
async function fresh(scenario: 'set-device' | 'no-set-device'): Promise<{ out: Record<string, any>; stderr: string }> {
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', '--import', './examples/support/extensionless-esm.mjs', 'test/backend/fresh/early-layers.ts', scenario],
    { cwd: root, env: { ...process.env, NODE_OPTIONS: '' } },
  );
  return { out: JSON.parse(stdout.trim().split('\n').pop()!), stderr };
}

describe('layers and tensors before any setDevice, in a fresh process', () => {
  it("are made on tfjs's JS backend, move to WASM with setDevice('cpu'), and train there", async () => {
    const { out, stderr } = await fresh('set-device');
    expect(out.atImport).toBe('cpu');
    expect(out.infoAtImport).toMatchObject({ device: 'cpu', backend: 'cpu', requested: null, simd: false });
    expect(out.builtOn).toEqual(['cpu', 'cpu']);
    expect(out.setDevice).toBe('cpu');
    expect(out).toMatchObject({ trainedOn: 'wasm', weightOn: 'wasm', weightChanged: true });
    expect(out.info).toMatchObject({ device: 'cpu', backend: 'wasm', requested: 'cpu', simd: true });
    expect(Number.isFinite(out.loss)).toBe(true);
    // An unawaited tf.setBackend: a typed error naming the fix, not tfjs's "not yet initialized".
    expect(out.whilePending).toEqual({
      name: 'BackendUnavailableError',
      message:
        "creating parameter linear_1.w_0: tfjs's backend 'wasm' is still starting (a tf.setBackend call was not awaited); " +
        "call `await paddle.setDevice('wasm')` before creating layers or tensors.",
    });
    expect(stderr).toBe('');
  });

  it('without setDevice, a custom loop runs on WASM once it has started in the background', async () => {
    const { out, stderr } = await fresh('no-set-device');
    expect(out.builtOn).toEqual(['cpu', 'cpu']);
    // Synchronous code right after import runs on the JS backend ...
    expect(out.firstStepOn).toBe('cpu');
    // ... and after an await, the same layer trains on SIMD WASM, chosen by tfjs-hapi.
    expect(out).toMatchObject({ trainedOn: 'wasm', weightOn: 'wasm', weightChanged: true });
    expect(out.loss).toBeLessThan(out.firstLoss);
    expect(out.info).toMatchObject({ backend: 'wasm', requested: null, simd: true });
    expect(out.info.passedOver).toEqual([{ backend: 'tensorflow', reason: '@tensorflow/tfjs-node is not installed' }]);
    expect(stderr).toBe('');
  });
});
