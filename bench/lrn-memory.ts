/**
 * Peak memory and time of `nn.LocalResponseNorm(size)` forward + backward on WASM, for the
 * AlexNet-tutorial case that used to abort (issue 11 item 5):
 *
 *   npx tsx --import ./examples/support/extensionless-esm.mjs bench/lrn-memory.ts [size] [N,C,H,W] [steps]
 *
 * Defaults: size 96 on [8, 96, 55, 55], 3 timed steps after one warm-up. Reports tfjs's peak
 * tensor bytes of one step (`tf.profile`), the WASM heap size after the run (it only grows, so it
 * is the process's high-water mark) and the median step time.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as paddle from '../src/index';

const SIZE = Number(process.argv[2] ?? 96);
const SHAPE = (process.argv[3] ?? '8,96,55,55').split(',').map(Number);
const STEPS = Number(process.argv[4] ?? 3);

await paddle.setDevice('wasm');
if (tf.getBackend() !== 'wasm') throw new Error(`expected wasm, got ${tf.getBackend()}`);

/** The WASM module's linear memory, which grows and never shrinks. */
function heapBytes(): number {
  const backend = tf.backend() as unknown as { wasm: { HEAPU8: Uint8Array } };
  return backend.wasm.HEAPU8.buffer.byteLength;
}

const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
const lrn = new paddle.nn.LocalResponseNorm(SIZE);
const x = tf.randomNormal(SHAPE);
const gy = tf.randomNormal(SHAPE);
const step = () => tf.tidy(() => {
  const g = tf.grad((v: tf.Tensor) => tf.sum(tf.mul(lrn.call(v) as tf.Tensor, gy)))(x);
  return g.dataSync()[0];
});

const heap0 = heapBytes();
try {
  const profile = await tf.profile(() => { step(); });
  const times: number[] = [];
  for (let i = 0; i < STEPS; i++) {
    const t0 = performance.now();
    step();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const input = SHAPE.reduce((a, b) => a * b, 4);
  console.log(`LRN(${SIZE}) [${SHAPE.join(', ')}] forward+backward on wasm: input ${mb(input)}, `
    + `peak tensor bytes ${mb(profile.peakBytes)} (${(profile.peakBytes / input).toFixed(1)}x input), `
    + `WASM heap ${mb(heap0)} -> ${mb(heapBytes())}, median step ${times[Math.floor(times.length / 2)].toFixed(0)} ms `
    + `(${STEPS} steps), live tensors after ${tf.memory().numTensors}`);
} catch (e) {
  console.log(`LRN(${SIZE}) [${SHAPE.join(', ')}] failed: ${(e as Error).message} (WASM heap ${mb(heapBytes())})`);
}
tf.dispose([x, gy]);
