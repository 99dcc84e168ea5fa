import * as tf from '@tensorflow/tfjs-core';
import { expect } from 'vitest';

/** Live tensor count of the engine. */
export function numTensors(): number {
  return tf.memory().numTensors;
}

/**
 * Runs `fn` once to warm up (lazy optimizer slots, kernel caches), then `times` more, and fails
 * the test if the number of live tensors changes after the warm-up. Tensors returned by `fn`
 * are disposed.
 */
export async function expectNoLeak(fn: () => unknown | Promise<unknown>, times = 2): Promise<void> {
  const run = async () => {
    const out = await fn();
    tf.dispose(out as tf.TensorContainer);
  };
  await run();
  const before = numTensors();
  for (let i = 0; i < times; i++) await run();
  const after = numTensors();
  expect(after - before, `tensors leaked: ${before} live after warm-up, ${after} after ${times} more runs`).toBe(0);
}

/** Flattens a tensor, typed array or nested array to a plain number array. */
export function toArray(x: tf.Tensor | ArrayLike<number> | number | unknown[]): number[] {
  if (x instanceof tf.Tensor) return Array.from(x.dataSync());
  if (typeof x === 'number') return [x];
  if (Array.isArray(x)) return (x as unknown[]).flat(Infinity as 1) as number[];
  return Array.from(x as ArrayLike<number>);
}

/**
 * Asserts element-wise `|a - e| <= atol + rtol * |e|`, reporting the worst element.
 */
export function expectClose(
  actual: tf.Tensor | ArrayLike<number> | number | unknown[],
  expected: tf.Tensor | ArrayLike<number> | number | unknown[],
  { rtol = 1e-4, atol = 1e-5, label = '' }: { rtol?: number; atol?: number; label?: string } = {},
): void {
  if (actual instanceof tf.Tensor && expected instanceof tf.Tensor) {
    expect(actual.shape, `${label} shape`).toEqual(expected.shape);
  }
  const a = toArray(actual);
  const e = toArray(expected);
  expect(a.length, `${label} length`).toBe(e.length);
  let worst = -1;
  let worstExcess = 0;
  for (let i = 0; i < a.length; i++) {
    const excess = Math.abs(a[i] - e[i]) - (atol + rtol * Math.abs(e[i]));
    if (!(excess <= 0) && (worst < 0 || excess > worstExcess || Number.isNaN(excess))) {
      worst = i;
      worstExcess = excess;
    }
  }
  if (worst >= 0) {
    expect.fail(`${label} element ${worst}: got ${a[worst]}, expected ${e[worst]} (rtol ${rtol}, atol ${atol})`);
  }
}
