import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { useBackend } from '../../helpers/backend';
import { expectClose } from '../../helpers/tensors';

// paddle.save / paddle.load (src/io/checkpoint/). Model.save / Model.load, built on them, are
// tested in test/hapi/checkpoint.test.ts.
const dir = mkdtempSync(join(tmpdir(), 'io-ckpt-'));

beforeAll(() => useBackend('cpu'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('paddle.save / paddle.load', () => {
  it('round-trip any nest', async () => {
    const t = tf.tensor2d([[1, 2], [3, 4]]);
    const path = join(dir, 'nest.pkl');
    await paddle.save({ epoch: 3, name: 'lenet', lr: 1, w: [t, tf.tensor1d([7], 'int32')], meta: { ok: true } }, path);
    const back = (await paddle.load(path)) as { epoch: number; name: string; lr: number; w: tf.Tensor[]; meta: { ok: boolean } };
    expect(back.epoch).toBe(3);
    expect(back.name).toBe('lenet');
    expect(back.meta).toEqual({ ok: true });
    expectClose(back.w[0], t);
    expect(back.w[1].dtype).toBe('int32');
    tf.dispose([t, ...back.w]);
    await expect(paddle.save({}, 'indexeddb://x')).rejects.toThrow(paddle.UnsupportedError);
  });
});
