/**
 * Model.fit on Paddle's LeNet (batch 64, wasm) against the same network in tfjs-layers, in the
 * same process, and against a bare `optimizer.minimize` loop over the same batches.
 *
 *   npm run bench:fit-lenet            (or: tsx --import ./examples/support/extensionless-esm.mjs bench/fit-lenet.ts [batches] [rounds])
 *
 * - tfjs-hapi `Model.fit`: Paddle's LeNet (NCHW API), Adam 1e-3, CrossEntropyLoss, Accuracy,
 *   verbose 0, fed pre-made batches (no data pipeline), with tfjs-hapi's wasm kernel fixes.
 * - bare loop: the same network and optimizer, `opt.minimize(() => loss)` per batch — the floor
 *   for fit's per-step overhead.
 * - tfjs-layers `model.fit`: the same architecture (NHWC), Adam 1e-3, categorical cross-entropy
 *   + accuracy, on stock wasm kernels plus the one kernel it needs to train at all
 *   (Conv2DBackpropFilter as a forward conv, as in shared/reference/tfjs-layers-lenet.mjs);
 *   and once more with all of tfjs-hapi's kernel fixes, to separate framework overhead from
 *   kernels.
 * Each timed run is one epoch of `batches` batches after a warm-up epoch; rounds are interleaved
 * and the median is reported (the machine may be shared: compare the ratios).
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import * as paddle from '../src/index';
import { stockKernel } from '../src/backend/kernels/patch';

const BATCHES = Number(process.argv[2] ?? 20);
const ROUNDS = Number(process.argv[3] ?? 3);
const BS = 64;

await paddle.setDevice('wasm');
if (tf.getBackend() !== 'wasm') throw new Error(`expected wasm, got ${tf.getBackend()}`);

// ---- kernels: tfjs-hapi's fixes vs stock + the one fix tfjs-layers needs ----
const SWAPPED = ['Conv2DBackpropInput', 'BatchMatMul'];
const ours = new Map(SWAPPED.map((n) => [n, tf.getKernel(n, 'wasm')!]));
function useKernels(which: 'ours' | 'stock'): void {
  for (const name of SWAPPED) {
    const k = which === 'ours' ? ours.get(name)! : stockKernel(name, 'wasm')!;
    tf.unregisterKernel(name, 'wasm');
    tf.registerKernel(k);
  }
}

// ---- data: the same random batches for every contender ----
paddle.seed(1);
const xs = Array.from({ length: BATCHES }, (_, i) => tf.randomUniform([BS, 1, 28, 28], -1, 1, 'float32', i));
const ys = Array.from({ length: BATCHES }, (_, i) => tf.cast(tf.floor(tf.randomUniform([BS, 1], 0, 10, 'float32', 100 + i)), 'int32'));
const batches = xs.map((x, i) => [x, ys[i]]);

function hapiModel() {
  const net = paddle.zoo.lenet();
  const model = new paddle.Model(net);
  const opt = new paddle.optimizer.Adam({ learningRate: 1e-3, parameters: net.parameters() });
  model.prepare(opt, new paddle.nn.CrossEntropyLoss(), new paddle.metric.Accuracy());
  return { net, model, opt };
}

/**
 * CPU time of this process in ms (user + system). The machine is shared, so wall time is noisy;
 * CPU time is what each contender itself spent (tfjs on wasm/cpu runs on this one thread).
 */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const wall = () => performance.now();
interface Timing { cpu: number; wall: number }
async function timed(fn: () => unknown): Promise<Timing> {
  const c0 = cpuMs();
  const w0 = wall();
  await fn();
  return { cpu: cpuMs() - c0, wall: wall() - w0 };
}

async function timeHapiFit(withMetric: boolean): Promise<Timing> {
  const { model, net, opt } = hapiModel();
  if (!withMetric) model.prepare(opt, new paddle.nn.CrossEntropyLoss());
  await model.fit(batches, null, { epochs: 1, verbose: 0 }); // warm-up
  const t = await timed(() => model.fit(batches, null, { epochs: 1, verbose: 0 }));
  net.dispose();
  opt.dispose();
  return t;
}

async function timeBareLoop(): Promise<Timing> {
  const { net, opt } = hapiModel();
  const loss = new paddle.nn.CrossEntropyLoss();
  const epoch = () => {
    for (const [x, y] of batches) opt.minimize(() => loss.call(net.call(x), y) as tf.Scalar).dispose();
  };
  epoch();
  const t = await timed(epoch);
  net.dispose();
  opt.dispose();
  return t;
}

const xNhwc = tf.transpose(tf.concat(xs, 0), [0, 2, 3, 1]);
const yOneHot = tf.oneHot(tf.reshape(tf.concat(ys, 0), [-1]), 10);

function layersLeNet(): tfl.Sequential {
  const m = tfl.sequential();
  m.add(tfl.layers.conv2d({ inputShape: [28, 28, 1], filters: 6, kernelSize: 3, padding: 'same', activation: 'relu' }));
  m.add(tfl.layers.maxPooling2d({ poolSize: 2, strides: 2 }));
  m.add(tfl.layers.conv2d({ filters: 16, kernelSize: 5, padding: 'valid', activation: 'relu' }));
  m.add(tfl.layers.maxPooling2d({ poolSize: 2, strides: 2 }));
  m.add(tfl.layers.flatten());
  m.add(tfl.layers.dense({ units: 120 }));
  m.add(tfl.layers.dense({ units: 84 }));
  m.add(tfl.layers.dense({ units: 10, activation: 'softmax' }));
  m.compile({ optimizer: tf.train.adam(1e-3), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return m;
}

async function timeLayersFit(kernels: 'ours' | 'stock'): Promise<Timing> {
  useKernels(kernels);
  try {
    const m = layersLeNet();
    const args = { batchSize: BS, epochs: 1, shuffle: false, verbose: 0 as const };
    await m.fit(xNhwc, yOneHot, args); // warm-up
    const t = await timed(() => m.fit(xNhwc, yOneHot, args));
    m.optimizer.dispose();
    m.dispose();
    return t;
  } finally {
    useKernels('ours');
  }
}

const contenders: Record<string, () => Promise<Timing>> = {
  hapiFit: () => timeHapiFit(true),
  hapiFitNoMetric: () => timeHapiFit(false),
  bareMinimizeLoop: timeBareLoop,
  tfjsLayersFit: () => timeLayersFit('stock'),
  tfjsLayersFitHapiKernels: () => timeLayersFit('ours'),
};
const tensorsBefore = tf.memory().numTensors;
const runs: Record<string, Timing[]> = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
for (let r = 0; r < ROUNDS; r++) {
  // Rotate the order each round, so no contender always runs first.
  const names = Object.keys(contenders);
  for (let i = 0; i < names.length; i++) {
    const name = names[(i + r) % names.length];
    runs[name].push(await contenders[name]());
  }
}
const median = (a: number[]) => [...a].sort((p, q) => p - q)[Math.floor(a.length / 2)];
const imgs = BATCHES * BS;
const cpu = (k: string) => median(runs[k].map((t) => t.cpu));
const wallMs = (k: string) => median(runs[k].map((t) => t.wall));
const perSec = (ms: number) => Math.round(imgs / (ms / 1000));
const ratio = (a: number, b: number) => +(a / b).toFixed(2);
const result = {
  backend: tf.getBackend(),
  batches: BATCHES,
  batchSize: BS,
  rounds: ROUNDS,
  imagesPerCpuSecond: Object.fromEntries(Object.keys(runs).map((k) => [k, perSec(cpu(k))])),
  imagesPerWallSecond: Object.fromEntries(Object.keys(runs).map((k) => [k, perSec(wallMs(k))])),
  ratios: {
    fitOverheadVsBareLoop_cpu: `${(((cpu('hapiFit') - cpu('bareMinimizeLoop')) / cpu('bareMinimizeLoop')) * 100).toFixed(1)}%`,
    fitNoMetricOverheadVsBareLoop_cpu: `${(((cpu('hapiFitNoMetric') - cpu('bareMinimizeLoop')) / cpu('bareMinimizeLoop')) * 100).toFixed(1)}%`,
    hapiFitVsTfjsLayers_cpu: ratio(cpu('tfjsLayersFit'), cpu('hapiFit')),
    hapiFitVsTfjsLayersSameKernels_cpu: ratio(cpu('tfjsLayersFitHapiKernels'), cpu('hapiFit')),
    hapiFitVsTfjsLayers_wall: ratio(wallMs('tfjsLayersFit'), wallMs('hapiFit')),
  },
  tensorsLeftByTheRuns: tf.memory().numTensors - tensorsBefore,
};
console.log(JSON.stringify(result, null, 2));
tf.dispose([...xs, ...ys, xNhwc, yOneHot]);
