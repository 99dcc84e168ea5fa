// Kernel timings on WASM: tfjs's stock kernels against tfjs-hapi's, in one process.
// Usage: npm run build && npm run bench:kernels [-- --quick]
// Prints one table row per case (ms per call incl. reading the result, best of the timed calls)
// and the max |difference| between the two results. Where WASM has no stock kernel
// (Conv2DBackpropFilter), "stock" is tfjs's cpu kernel, the only one tfjs offers.
import { existsSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';

const dist = new URL('../dist/index.js', import.meta.url);
if (!existsSync(dist)) {
  console.error('bench/kernels.mjs needs the build: run `npm run build` first.');
  process.exit(1);
}
const quick = process.argv.includes('--quick');

// Capture tfjs's own kernels before tfjs-hapi patches the registry.
const stock = {
  Conv2DBackpropInput: tf.getKernel('Conv2DBackpropInput', 'wasm'),
  BatchMatMul: tf.getKernel('BatchMatMul', 'wasm'),
  Conv2DBackpropFilterCpu: tf.getKernel('Conv2DBackpropFilter', 'cpu'),
};
const paddle = await import(dist.href);
await paddle.setDevice('wasm');
const info = paddle.getDeviceInfo();

function rand(shape, seed) {
  return tf.randomUniform(shape, -1, 1, 'float32', seed);
}

/** Best wall time of `reps` calls after one warm-up; stops early past `budgetMs`. */
function time(fn, reps = 3, budgetMs = 4000) {
  const once = () => {
    const t0 = performance.now();
    const values = fn();
    return [performance.now() - t0, values];
  };
  let [best, values] = once();
  let spent = best;
  for (let i = 0; i < reps && spent < budgetMs; i++) {
    const [ms] = once();
    spent += ms;
    best = Math.min(best, ms);
  }
  return { ms: best, values };
}

/** Calls a stock kernel function directly on the active backend and reads the result. */
function callStock(kernel, inputs, attrs) {
  const backend = tf.backend();
  const out = kernel.kernelFunc({ inputs, attrs, backend });
  const values = backend.readSync(out.dataId);
  backend.disposeData(out.dataId);
  return values;
}

/** Calls the kernel registered now (tfjs-hapi's) through the engine and reads the result. */
function callOurs(name, inputs, attrs) {
  const out = tf.engine().runKernel(name, inputs, attrs);
  const values = out.dataSync();
  out.dispose();
  return values;
}

const maxDiff = (a, b) => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);
const rows = [];

async function convCase(label, xShape, filterShape, strides, pad, { dW = true, dX = true, stockDW = true } = {}) {
  const info = tf.backend_util.computeConv2DInfo(xShape, filterShape, strides, 1, pad);
  const x = rand(xShape, 1);
  const filter = rand(filterShape, 2);
  const dy = rand(info.outShape, 3);
  const flops = 2 * info.outShape.reduce((a, b) => a * b, 1) * filterShape[0] * filterShape[1] * filterShape[2];
  if (dX) {
    const attrs = { strides, pad, dataFormat: 'NHWC', inputShape: xShape };
    const s = time(() => callStock(stock.Conv2DBackpropInput, { dy, filter }, attrs));
    const o = time(() => callOurs('Conv2DBackpropInput', { dy, filter }, attrs));
    rows.push({ label: `${label} dX`, flops, stock: s.ms, ours: o.ms, diff: maxDiff(s.values, o.values) });
  }
  if (dW) {
    const attrs = { strides, pad, dataFormat: 'NHWC', filterShape };
    const o = time(() => callOurs('Conv2DBackpropFilter', { x, dy }, attrs));
    let s = null;
    if (stockDW) {
      await paddle.setDevice('js');
      const [xc, dyc] = [tf.tensor(x.dataSync(), xShape), tf.tensor(dy.dataSync(), info.outShape)];
      s = time(() => callStock(stock.Conv2DBackpropFilterCpu, { x: xc, dy: dyc }, attrs), 0);
      tf.dispose([xc, dyc]);
      await paddle.setDevice('wasm');
    }
    rows.push({ label: `${label} dW`, flops, stock: s?.ms ?? null, stockNote: 'cpu kernel', ours: o.ms, diff: s ? maxDiff(s.values, o.values) : null });
  }
  tf.dispose([x, filter, dy]);
}

function matMulCase(label, aShape, bShape, transposeA, transposeB) {
  const a = rand(aShape, 4);
  const b = rand(bShape, 5);
  const attrs = { transposeA, transposeB };
  const m = transposeA ? aShape[2] : aShape[1];
  const k = transposeA ? aShape[1] : aShape[2];
  const n = transposeB ? bShape[1] : bShape[2];
  const s = time(() => callStock(stock.BatchMatMul, { a, b }, attrs), 2, 12000);
  const o = time(() => callOurs('BatchMatMul', { a, b }, attrs));
  rows.push({ label, flops: 2 * m * k * n * aShape[0], stock: s.ms, ours: o.ms, diff: maxDiff(s.values, o.values) });
  tf.dispose([a, b]);
}

const B = quick ? 16 : 64;
await convCase(`LeNet conv1 [${B},28,28,1]*[5,5,1,6] same`, [B, 28, 28, 1], [5, 5, 1, 6], 1, 'same');
await convCase(`LeNet conv2 [${B},14,14,6]*[5,5,6,16] valid`, [B, 14, 14, 6], [5, 5, 6, 16], 1, 'valid');
matMulCase(`LeNet fc1 dW: [${B},400]^T x [${B},120]`, [1, B, 400], [1, B, 120], true, false);
matMulCase(`LeNet fc1 dX: [${B},120] x [400,120]^T`, [1, B, 120], [1, 400, 120], false, true);
const A = quick ? 4 : 16;
await convCase(`AlexNet conv1 [${A},224,224,3]*[11,11,3,64] s4 p2`, [A, 224, 224, 3], [11, 11, 3, 64], 4, 2, { stockDW: false });
await convCase(`AlexNet conv2 [${A},27,27,64]*[5,5,64,192] p2`, [A, 27, 27, 64], [5, 5, 64, 192], 1, 2, { stockDW: false });
await convCase(`ResNet-ish [${A},56,56,64]*[3,3,64,128] s2 same`, [A, 56, 56, 64], [3, 3, 64, 128], 2, 'same', { stockDW: false });
matMulCase(`AlexNet fc7 dW: [${B},4096]^T x [${B},4096]`, [1, B, 4096], [1, B, 4096], true, false);
matMulCase(`AlexNet fc7 dX: [${B},4096] x [4096,4096]^T`, [1, B, 4096], [1, 4096, 4096], false, true);

// A whole LeNet-5 training step (raw ops, batch 64, SGD) on WASM. tfjs alone cannot run it (no
// Conv2DBackpropFilter), so "dW only" keeps our dW and puts tfjs's stock dX and matMul back.
function lenetStep(batch) {
  const v = (shape, seed) => tf.variable(tf.mul(rand(shape, seed), 0.1));
  const w = { c1: v([5, 5, 1, 6], 11), c2: v([5, 5, 6, 16], 12), f1: v([400, 120], 13), f2: v([120, 84], 14), f3: v([84, 10], 15) };
  const x = rand([batch, 28, 28, 1], 16);
  const y = tf.oneHot(tf.tensor1d(Array.from({ length: batch }, (_, i) => i % 10), 'int32'), 10);
  const opt = tf.train.sgd(0.01);
  const loss = () => {
    const h1 = tf.maxPool(tf.relu(tf.conv2d(x, w.c1, 1, 'same')), 2, 2, 'valid');
    const h2 = tf.maxPool(tf.relu(tf.conv2d(h1, w.c2, 1, 'valid')), 2, 2, 'valid');
    const d1 = tf.relu(tf.matMul(tf.reshape(h2, [batch, 400]), w.f1));
    const d2 = tf.relu(tf.matMul(d1, w.f2));
    return tf.losses.softmaxCrossEntropy(y, tf.matMul(d2, w.f3));
  };
  const step = () => tf.tidy(() => opt.minimize(loss, true).dataSync());
  return { step, dispose: () => tf.dispose([...Object.values(w), x, y, opt]) };
}
function withStock(names, fn) {
  const ours = names.map((n) => tf.getKernel(n, 'wasm'));
  for (const n of names) {
    tf.unregisterKernel(n, 'wasm');
    tf.registerKernel(stock[n]);
  }
  try {
    return fn();
  } finally {
    for (const k of ours) {
      tf.unregisterKernel(k.kernelName, 'wasm');
      tf.registerKernel(k);
    }
  }
}
const LB = 64;
const net = lenetStep(LB);
const stepStock = withStock(['Conv2DBackpropInput', 'BatchMatMul'], () => time(net.step, 5, 8000));
const stepOurs = time(net.step, 5, 8000);
net.dispose();
rows.push({ label: `LeNet-5 training step, batch ${LB} (images/s: ${Math.round((LB * 1000) / stepStock.ms)} -> ${Math.round((LB * 1000) / stepOurs.ms)})`, flops: 0, stock: stepStock.ms, stockNote: 'dW only', ours: stepOurs.ms, diff: null });

console.log(`backend ${info.backend}, SIMD ${info.simd}, threads ${info.threads}; ms per call (best of up to 4), GFLOP/s in brackets`);
const pad = (s, n) => String(s).padEnd(n);
const fmt = (ms, flops) => (ms === null ? 'not run' : flops ? `${ms.toFixed(1)} (${(flops / ms / 1e6).toFixed(2)})` : ms.toFixed(1));
console.log(`${pad('case', 72)} ${pad('stock', 22)} ${pad('tfjs-hapi', 20)} ${pad('speed-up', 9)} max|diff|`);
for (const r of rows) {
  const stockText = r.stock === null ? 'not run (minutes)' : `${fmt(r.stock, r.flops)}${r.stockNote ? ` ${r.stockNote}` : ''}`;
  const speedup = r.stock === null ? '-' : `${(r.stock / r.ours).toFixed(1)}x`;
  console.log(`${pad(r.label, 72)} ${pad(stockText, 22)} ${pad(fmt(r.ours, r.flops), 20)} ${pad(speedup, 9)} ${r.diff === null ? '-' : r.diff.toExponential(1)}`);
}
