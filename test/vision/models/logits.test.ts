import * as tf from '@tensorflow/tfjs-core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { useBackend } from '../../helpers/backend';
import { expectClose } from '../../helpers/tensors';
import { countParams, fillFormula, formulaInput } from './formula';

interface Case { factory: string; options: Record<string, unknown>; input: number[]; numParams: number; logits: number[]; shape: number[] }
const cases = JSON.parse(readFileSync(new URL('../../fixtures/models/logits.json', import.meta.url), 'utf8')) as Record<string, Case>;

// Eval-mode logits of Paddle's architecture vs torchvision's with the same (formula) weights,
// adjusted where Paddle differs (see make_fixtures.py); also the parameter count of that config.
describe('zoo logits vs torchvision (eval, wasm)', () => {
  beforeAll(() => useBackend('wasm'));
  afterAll(() => paddle.seed(0));

  for (const [name, c] of Object.entries(cases)) {
    it(`${name} ${JSON.stringify(c.options)} on [${c.input}]`, () => {
      const net = (paddle.zoo as unknown as Record<string, (o: object) => paddle.nn.Layer>)[c.factory](c.options);
      try {
        expect(countParams(net)).toBe(c.numParams);
        fillFormula(net);
        net.eval();
        const before = tf.memory().numTensors;
        const x = formulaInput(c.input);
        const y = net.call(x) as tf.Tensor;
        expect(y.shape).toEqual(c.shape);
        const scale = Math.max(...c.logits.map(Math.abs));
        expectClose(y, c.logits, { rtol: 1e-4, atol: 1e-4 * scale, label: name });
        tf.dispose([x, y]);
        expect(tf.memory().numTensors).toBe(before);
      } finally {
        net.dispose();
      }
    }, 60_000);
  }
});
