import * as tf from '@tensorflow/tfjs-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { readTorchStateDict, torchToPaddle } from '../../../src/vision/models/torch-interop';
import { useBackend } from '../../helpers/backend';
import { expectClose } from '../../helpers/tensors';
import { formulaInput } from './formula';

const FIXTURES = fileURLToPath(new URL('../../fixtures/models/', import.meta.url));

/** make_fixtures.py's `fill` for entry j, in Paddle's layout (`linear`: fan-in is shape[0]). */
function formula(shape: number[], j: number, kind: 'linear' | 'conv' | 'bias'): Float32Array {
  const n = shape.reduce((a, b) => a * b, 1);
  const fanIn = kind === 'linear' ? shape[0] : shape.slice(1).reduce((a, b) => a * b, 1);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const s = Math.sin(i * 0.37 + j * 1.3);
    out[i] = kind === 'bias' ? 0.1 * s : s / Math.sqrt(fanIn);
  }
  return out;
}

describe('PyTorch torch.save checkpoints', () => {
  beforeAll(() => useBackend('wasm'));

  it('reads a torch.save zip (storages by persistent ID, _metadata attribute) with the safe reader', () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'alexnet-subset.pt')));
    const state = readTorchStateDict(bytes, 'alexnet-subset.pt');
    expect([...state.keys()]).toEqual(['features.0.weight', 'features.0.bias', 'classifier.6.weight', 'classifier.6.bias']);
    expect(state.get('classifier.6.weight')!.shape).toEqual([10, 4096]);
    expectClose(state.get('features.0.weight')!, formula([64, 3, 11, 11], 0, 'conv'), { rtol: 0, atol: 0 });
    expectClose(state.get('features.0.bias')!, formula([64], 1, 'bias'), { rtol: 0, atol: 0 });
    // Filled in Paddle's [in, out] layout and saved transposed, as torchvision keeps Linear weights.
    const fc = tf.transpose(state.get('classifier.6.weight')!);
    expectClose(fc, formula([4096, 10], 14, 'linear'), { rtol: 0, atol: 0 });
    tf.dispose([fc, ...state.values()]);
  });

  it('names the first tensor that does not fit the model', () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'alexnet-subset.pt')));
    const state = readTorchStateDict(bytes, 'alexnet-subset.pt');
    const net = paddle.zoo.squeezenet1_1({ numClasses: 10 });
    expect(() => torchToPaddle(net, state, 'alexnet-subset.pt')).toThrow(
      "'features.0.weight' (shape [64,3,11,11]) does not fit '_conv.weight' (shape [64,3,3,3])");
    tf.dispose([...state.values()]);
    net.dispose();
  });

  describe('a full torchvision AlexNet written by PyTorch now', () => {
    let dir: string;
    let file: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'zoo-torch-'));
      file = join(dir, 'alexnet.pth');
      execFileSync('/usr/bin/python3', ['make_torch_fixture.py', 'full', file], { cwd: FIXTURES, stdio: 'pipe' });
    }, 120_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("loads as pretrained and gives Paddle's eval logits (logits.json)", async () => {
      const expected = JSON.parse(readFileSync(join(FIXTURES, 'logits.json'), 'utf8')).alexnet as { logits: number[]; input: number[] };
      const net = await paddle.zoo.alexnet({ numClasses: 100, pretrained: file });
      net.eval();
      const x = formulaInput(expected.input);
      const y = net.call(x);
      const scale = Math.max(...expected.logits.map(Math.abs));
      expectClose(y, expected.logits, { rtol: 1e-4, atol: 1e-4 * scale });
      tf.dispose([x, y]);
      net.dispose();
    }, 120_000);
  });
});
