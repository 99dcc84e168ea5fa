/**
 * Paddle's AlexNet (100 classes, 224×224, batch 8) on wasm: training and inference images/s of
 * tfjs-hapi against the same network in tfjs-layers, in the same process.
 *
 *   tsx --import ./examples/support/extensionless-esm.mjs bench/alexnet.ts [batches] [rounds]
 *   /usr/bin/python3 bench/torch_alexnet.py [batches]       (PyTorch on the same machine)
 *
 * - tfjs-hapi: `paddle.Model(zoo.alexnet({ numClasses: 100 }))`, Adam 1e-3, CrossEntropyLoss,
 *   `fit` over pre-made batches (verbose 0); inference = `net.call` in eval mode.
 * - tfjs-layers: the same layers (zero padding + conv 11/4 …, NHWC, dropout 0.5), Adam 1e-3,
 *   softmax cross-entropy, with stock wasm kernels plus the Conv2DBackpropFilter it needs to train
 *   at all (tfjs-hapi's, which is the conv-based fix of shared/reference/tfjs-layers-alexnet.mjs),
 *   and once more with all of tfjs-hapi's kernel fixes, to separate framework from kernels.
 * The machine may be shared: CPU-time rates and same-process ratios are the comparable numbers.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import * as paddle from '../src/index';
import { stockKernel } from '../src/backend/kernels/patch';

const BATCHES = Number(process.argv[2] ?? 3);
const ROUNDS = Number(process.argv[3] ?? 1);
const BS = 8;
const NC = 100;

await paddle.setDevice('wasm');
if (tf.getBackend() !== 'wasm') throw new Error(`expected wasm, got ${tf.getBackend()}`);

const SWAPPED = ['Conv2DBackpropInput', 'BatchMatMul'];
const ours = new Map(SWAPPED.map((n) => [n, tf.getKernel(n, 'wasm')!]));
function useKernels(which: 'ours' | 'stock'): void {
  for (const name of SWAPPED) {
    const k = which === 'ours' ? ours.get(name)! : stockKernel(name, 'wasm')!;
    tf.unregisterKernel(name, 'wasm');
    tf.registerKernel(k);
  }
}

paddle.seed(1);
const xs = Array.from({ length: BATCHES }, (_, i) => tf.randomUniform([BS, 3, 224, 224], -1, 1, 'float32', i));
const ys = Array.from({ length: BATCHES }, (_, i) => tf.cast(tf.floor(tf.randomUniform([BS, 1], 0, NC, 'float32', 100 + i)), 'int32'));
const batches = xs.map((x, i) => [x, ys[i]]);
const xNhwc = tf.transpose(tf.concat(xs, 0), [0, 2, 3, 1]);
const yOneHot = tf.oneHot(tf.reshape(tf.concat(ys, 0), [-1]), NC);

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
interface Timing { cpu: number; wall: number }
async function timed(fn: () => unknown): Promise<Timing> {
  const c0 = cpuMs();
  const w0 = performance.now();
  await fn();
  return { cpu: cpuMs() - c0, wall: performance.now() - w0 };
}

async function hapi(): Promise<{ train: Timing; infer: Timing }> {
  const net = paddle.zoo.alexnet({ numClasses: NC });
  const model = new paddle.Model(net);
  const opt = new paddle.optimizer.Adam({ learningRate: 1e-3, parameters: net.parameters() });
  model.prepare(opt, new paddle.nn.CrossEntropyLoss());
  await model.fit(batches, null, { epochs: 1, verbose: 0 });
  const train = await timed(() => model.fit(batches, null, { epochs: 1, verbose: 0 }));
  net.eval();
  const predictAll = () => { for (const x of xs) tf.tidy(() => { (net.call(x) as tf.Tensor).dataSync(); }); };
  predictAll();
  const infer = await timed(predictAll);
  net.dispose();
  opt.dispose();
  return { train, infer };
}

function layersAlexNet(): tfl.Sequential {
  const m = tfl.sequential();
  const L = tfl.layers;
  m.add(L.zeroPadding2d({ inputShape: [224, 224, 3], padding: 2 }));
  m.add(L.conv2d({ filters: 64, kernelSize: 11, strides: 4, activation: 'relu' }));
  m.add(L.maxPooling2d({ poolSize: 3, strides: 2 }));
  m.add(L.conv2d({ filters: 192, kernelSize: 5, padding: 'same', activation: 'relu' }));
  m.add(L.maxPooling2d({ poolSize: 3, strides: 2 }));
  m.add(L.conv2d({ filters: 384, kernelSize: 3, padding: 'same', activation: 'relu' }));
  m.add(L.conv2d({ filters: 256, kernelSize: 3, padding: 'same', activation: 'relu' }));
  m.add(L.conv2d({ filters: 256, kernelSize: 3, padding: 'same', activation: 'relu' }));
  m.add(L.maxPooling2d({ poolSize: 3, strides: 2 }));
  m.add(L.flatten());
  m.add(L.dropout({ rate: 0.5 }));
  m.add(L.dense({ units: 4096, activation: 'relu' }));
  m.add(L.dropout({ rate: 0.5 }));
  m.add(L.dense({ units: 4096, activation: 'relu' }));
  m.add(L.dense({ units: NC }));
  m.compile({ optimizer: tf.train.adam(1e-3), loss: (y: tf.Tensor, p: tf.Tensor) => tf.losses.softmaxCrossEntropy(y, p) });
  return m;
}

async function layers(kernels: 'ours' | 'stock'): Promise<{ train: Timing; infer: Timing }> {
  useKernels(kernels);
  try {
    const m = layersAlexNet();
    const args = { batchSize: BS, epochs: 1, shuffle: false, verbose: 0 as const };
    await m.fit(xNhwc, yOneHot, args);
    const train = await timed(() => m.fit(xNhwc, yOneHot, args));
    const predictAll = () => tf.tidy(() => { (m.predict(xNhwc, { batchSize: BS }) as tf.Tensor).dataSync(); });
    predictAll();
    const infer = await timed(predictAll);
    m.optimizer.dispose();
    m.dispose();
    return { train, infer };
  } finally {
    useKernels('ours');
  }
}

const contenders: Record<string, () => Promise<{ train: Timing; infer: Timing }>> = {
  tfjsHapi: hapi,
  tfjsLayers: () => layers('stock'),
  tfjsLayersHapiKernels: () => layers('ours'),
};
const tensorsBefore = tf.memory().numTensors;
const runs: Record<string, { train: Timing; infer: Timing }[]> = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
for (let r = 0; r < ROUNDS; r++) {
  const names = Object.keys(contenders);
  for (let i = 0; i < names.length; i++) {
    const name = names[(i + r) % names.length];
    runs[name].push(await contenders[name]());
  }
}
const median = (a: number[]) => [...a].sort((p, q) => p - q)[Math.floor(a.length / 2)];
const imgs = BATCHES * BS;
const rate = (k: string, phase: 'train' | 'infer', clock: 'cpu' | 'wall') => +(imgs / (median(runs[k].map((t) => t[phase][clock])) / 1000)).toFixed(2);
const table = (clock: 'cpu' | 'wall') => Object.fromEntries(Object.keys(runs).map((k) => [k, { train: rate(k, 'train', clock), infer: rate(k, 'infer', clock) }]));
const cpu = table('cpu');
console.log(JSON.stringify({
  backend: tf.getBackend(), batches: BATCHES, batchSize: BS, rounds: ROUNDS,
  imagesPerCpuSecond: cpu,
  imagesPerWallSecond: table('wall'),
  ratiosHapiOverLayers_cpu: {
    train: +(cpu.tfjsHapi.train / cpu.tfjsLayers.train).toFixed(2),
    infer: +(cpu.tfjsHapi.infer / cpu.tfjsLayers.infer).toFixed(2),
    trainSameKernels: +(cpu.tfjsHapi.train / cpu.tfjsLayersHapiKernels.train).toFixed(2),
  },
  tensorsLeftByTheRuns: tf.memory().numTensors - tensorsBefore,
}, null, 2));
tf.dispose([...xs, ...ys, xNhwc, yOneHot]);
