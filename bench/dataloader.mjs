// DataLoader throughput, measured against LeNet training in the same process.
// Usage: npm run build && node bench/dataloader.mjs [--quick]   (HAPI_DIST=<dir> for another build)
//  (a) DataLoader over 60,000 MNIST-shaped samples, ToTensor + Normalize, batch 64, numWorkers 0,
//      one full epoch: batches/s — against LeNet training steps/s on wasm (tfjs-hapi's nn/optimizer,
//      and tfjs-layers' LeNet as a peer), and a training epoch fed by the loader.
//  (b) Resize(224) + RandomHorizontalFlip + ToTensor + Normalize on 32×32 RGB images, batch 16:
//      numWorkers 2 against numWorkers 0.
// Prints one JSON line per measurement. The machine may be shared: compare ratios, not absolutes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import * as tf from '@tensorflow/tfjs-core';

// HAPI_DIST=<dir> benchmarks another build (default: ../dist).
const dist = new URL('index.js', process.env.HAPI_DIST ? new URL(`${process.env.HAPI_DIST.replace(/\/?$/, '/')}`, `file://${process.cwd()}/`) : new URL('../dist/', import.meta.url));
if (!existsSync(dist)) {
  console.error('bench/dataloader.mjs needs the build: run `npm run build` first.');
  process.exit(1);
}
const quick = process.argv.includes('--quick');
const paddle = await import(dist.href);
const { MnistLike, HeavyLike } = await import('./dataloader-datasets.mjs');
await paddle.setDevice('wasm');
const report = (o) => console.log(JSON.stringify({ backend: tf.getBackend(), cpus: os.cpus().length, loadavg: os.loadavg()[0].toFixed(2), ...o }));

/**
 * CPU seconds used so far by the main thread and by all other threads of this process (worker
 * threads, V8's helpers), from /proc on Linux; null elsewhere.
 */
function threadCpu() {
  try {
    const tick = 100; // USER_HZ
    let main = 0;
    let others = 0;
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const sec = (Number(f[11]) + Number(f[12])) / tick; // utime + stime
      if (Number(tid) === process.pid) main += sec;
      else others += sec;
    }
    return { main, others };
  } catch {
    return null;
  }
}

/** Wall time and CPU time (all threads of the process, workers included) of one pass. */
async function drain(loader, maxBatches = Infinity) {
  let n = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  // Threads that exit during the pass (non-persistent workers) drop out of /proc: use persistent ones.
  const p0 = threadCpu();
  for await (const batch of loader) {
    tf.dispose(batch);
    if (++n >= maxBatches) break;
  }
  const cpu = process.cpuUsage(c0);
  const p1 = threadCpu();
  const threads = p0 && p1 ? { mainCpu: +(p1.main - p0.main).toFixed(2), otherThreadsCpu: +(p1.others - p0.others).toFixed(2) } : {};
  return { batches: n, seconds: (performance.now() - t0) / 1000, cpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(2), ...threads };
}

/** Wall time the same work would take on 2 idle cores: the busier of the main thread and half the total. */
const projected2Core = (r) => (r.mainCpu === undefined ? null : Math.max(r.mainCpu, (r.mainCpu + r.otherThreadsCpu) / 2));

// ---- (a) loader vs LeNet training ----
const mnist = new MnistLike(quick ? 6400 : 60000);
const loader = new paddle.io.DataLoader(mnist, { batchSize: 64, shuffle: true });
await drain(loader, 20); // warm-up
const a = await drain(loader);
report({ case: 'loader 28x28 ToTensor+Normalize bs64 numWorkers0', ...a, batchesPerSec: +(a.batches / a.seconds).toFixed(1) });

const net = new paddle.vision.models.LeNet();
const opt = new paddle.optimizer.Adam({ learningRate: 1e-3, parameters: net.parameters() });
const lossFn = new paddle.nn.CrossEntropyLoss();
const step = (x, y) => tf.tidy(() => opt.minimize(() => lossFn.call(net.call(x), y)).dataSync()[0]);
const [x0, y0] = await (async () => {
  for await (const b of new paddle.io.DataLoader(mnist, { batchSize: 64 })) return b;
})();
const trainSteps = quick ? 10 : 40;
for (let i = 0; i < 5; i++) step(x0, y0);
let t0 = performance.now();
for (let i = 0; i < trainSteps; i++) step(x0, y0);
const trainSec = (performance.now() - t0) / 1000;
report({ case: 'LeNet train step (tfjs-hapi nn+Adam) bs64, one fixed batch', batches: trainSteps, seconds: trainSec, batchesPerSec: +(trainSteps / trainSec).toFixed(1) });
tf.dispose([x0, y0]);

// The same training fed by the loader: does loading slow the steps down?
const fed = new paddle.io.DataLoader(mnist, { batchSize: 64, shuffle: true });
let fedN = 0;
t0 = performance.now();
for await (const [x, y] of fed) {
  step(x, y);
  tf.dispose([x, y]);
  if (++fedN >= trainSteps) break;
}
const fedSec = (performance.now() - t0) / 1000;
report({ case: 'LeNet train step fed by the DataLoader (numWorkers 0)', batches: fedN, seconds: fedSec, batchesPerSec: +(fedN / fedSec).toFixed(1) });

try {
  const tfl = await import('@tensorflow/tfjs-layers');
  const m = tfl.sequential();
  m.add(tfl.layers.conv2d({ inputShape: [28, 28, 1], filters: 6, kernelSize: 5, padding: 'same', activation: 'relu' }));
  m.add(tfl.layers.maxPooling2d({ poolSize: 2, strides: 2 }));
  m.add(tfl.layers.conv2d({ filters: 16, kernelSize: 5, padding: 'valid', activation: 'relu' }));
  m.add(tfl.layers.maxPooling2d({ poolSize: 2, strides: 2 }));
  m.add(tfl.layers.flatten());
  m.add(tfl.layers.dense({ units: 120, activation: 'relu' }));
  m.add(tfl.layers.dense({ units: 84, activation: 'relu' }));
  m.add(tfl.layers.dense({ units: 10, activation: 'softmax' }));
  m.compile({ optimizer: tf.train.adam(1e-3), loss: 'categoricalCrossentropy' });
  const xs = tf.randomNormal([64 * trainSteps, 28, 28, 1]);
  const ys = tf.oneHot(tf.randomUniform([64 * trainSteps], 0, 10, 'int32'), 10);
  await m.fit(xs, ys, { batchSize: 64, epochs: 1, verbose: 0 });
  t0 = performance.now();
  await m.fit(xs, ys, { batchSize: 64, epochs: 1, verbose: 0 });
  const s = (performance.now() - t0) / 1000;
  report({ case: 'LeNet fit (tfjs-layers peer) bs64', batches: trainSteps, seconds: s, batchesPerSec: +(trainSteps / s).toFixed(1) });
  tf.dispose([xs, ys]);
} catch (e) {
  report({ case: 'LeNet fit (tfjs-layers peer)', error: String(e) });
}

// ---- (b) CPU-heavy transform: numWorkers 2 vs 0 ----
const heavy = new HeavyLike(quick ? 128 : 640);
const heavyBatches = heavy.len() / 16;
const results = {};
const projected = {};
for (const numWorkers of [0, 2, 0, 2]) {
  const l = new paddle.io.DataLoader(heavy, { batchSize: 16, numWorkers, persistentWorkers: numWorkers > 0 });
  await drain(l, 2); // warm-up (and worker start-up, kept out of the timing by persistentWorkers)
  const r = await drain(l);
  await l.dispose();
  const bps = r.batches / r.seconds;
  results[numWorkers] = Math.max(results[numWorkers] ?? 0, bps);
  const proj = projected2Core(r);
  if (proj !== null) projected[numWorkers] = Math.min(projected[numWorkers] ?? Infinity, proj);
  // cpuPerWall near numWorkers + 1 means the threads really ran in parallel; far below it, the
  // cores were busy with other work.
  report({ case: `loader 32x32 -> Resize224+Flip+ToTensor+Normalize bs16 numWorkers${numWorkers}`, batches: r.batches, seconds: +r.seconds.toFixed(2), cpuSeconds: r.cpuSeconds, cpuPerWall: +(r.cpuSeconds / r.seconds).toFixed(2), mainCpu: r.mainCpu, otherThreadsCpu: r.otherThreadsCpu, batchesPerSec: +bps.toFixed(2) });
}
report({ case: 'speed-up numWorkers 2 vs 0 (best of 2 runs each)', ratio: +(results[2] / results[0]).toFixed(2), batchesPerEpoch: heavyBatches });
// On a shared machine the wall-clock ratio mostly measures how much CPU the scheduler granted;
// this projects both runs onto 2 idle cores from the CPU time each thread actually used.
if (projected[0] && projected[2]) {
  report({ case: 'projected speed-up on 2 idle cores, from per-thread CPU time', ratio: +(projected[0] / projected[2]).toFixed(2), seconds0: +projected[0].toFixed(2), seconds2: +projected[2].toFixed(2) });
}
