import * as tf from '@tensorflow/tfjs-core';
import type { Layer } from '../../../src/nn/layer/layer';

/**
 * Deterministic weights both the fixture script (test/fixtures/models/make_fixtures.py, `fill`)
 * and the tests compute: entry j of the Paddle state dict gets sin(i·0.37 + j·1.3) scaled by
 * 1/√fan_in (weights), 1 + 0.25·s (BatchNorm scale and variance) or 0.1·s (biases, means).
 */
export function fillFormula(net: Layer): void {
  const linear = new Set<string>();
  for (const [name, p] of net.namedParameters()) if (p.rank === 2) linear.add(name);
  Object.entries(net.stateDict()).forEach(([key, v], j) => {
    const n = v.size;
    const out = new Float32Array(n);
    const fanIn = v.rank >= 2 ? (linear.has(key) ? v.shape[0] : v.shape.slice(1).reduce((a, b) => a * b, 1)) : 1;
    const bnLike = v.rank === 1 && (key.endsWith('_variance') || (key.endsWith('.weight') && !linear.has(key)));
    const k = 1 / Math.sqrt(fanIn);
    for (let i = 0; i < n; i++) {
      const s = Math.sin(i * 0.37 + j * 1.3);
      out[i] = v.rank >= 2 ? s * k : bnLike ? 1 + 0.25 * s : 0.1 * s;
    }
    const t = tf.tensor(out, v.shape);
    (v as tf.Variable).assign(t);
    t.dispose();
  });
}

/** The fixture script's `fill_input`. */
export function formulaInput(shape: number[]): tf.Tensor {
  const n = shape.reduce((a, b) => a * b, 1);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.sin(i * 0.013 + 0.5) * 1.5;
  return tf.tensor(out, shape);
}

/** Total parameter count, Paddle's `summary` total (BatchNorm statistics included). */
export function countParams(net: Layer): number {
  return net.parameters().reduce((a, p) => a + p.size, 0);
}
