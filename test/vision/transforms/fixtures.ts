import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { HWCImage } from 'tfjs-hapi/vision';

export interface Encoded {
  dtype: 'uint8' | 'float32';
  shape: number[];
  b64: string;
}

export interface Case {
  op: string;
  input: string;
  args: unknown[];
  expected: Encoded;
  matrix?: number[];
  coeffs?: number[];
}

export interface Fixtures {
  inputs: Record<string, Encoded>;
  cases: Case[];
}

/** Reads test/fixtures/vision/<name>, written by the generator script beside it. */
export function loadFixtures<T = Fixtures>(name: string): T {
  const path = fileURLToPath(new URL(`../../fixtures/vision/${name}`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Decodes an array written by the generator: HWC arrays become HWCImages. */
export function decodeArray(e: Encoded): Uint8Array | Float32Array {
  const bytes = Buffer.from(e.b64, 'base64');
  const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return e.dtype === 'uint8' ? new Uint8Array(buf) : new Float32Array(buf);
}

export function toImage(e: Encoded): HWCImage {
  const [height, width, channels] = e.shape;
  return { data: decodeArray(e), width, height, channels: channels ?? 1 };
}

/** Element-wise |a - e| <= tol, reporting the worst element and how many differ at all. */
export function expectPixelsClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number, label: string): void {
  expect(actual.length, `${label}: length`).toBe(expected.length);
  let worst = 0;
  let at = -1;
  for (let i = 0; i < expected.length; i++) {
    const d = Math.abs(actual[i] - expected[i]);
    if (!(d <= worst)) {
      worst = d;
      at = i;
    }
  }
  if (!(worst <= tol)) expect.fail(`${label}: element ${at} is ${actual[at]}, expected ${expected[at]} (tolerance ${tol})`);
}
