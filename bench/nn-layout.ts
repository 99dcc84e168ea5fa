/**
 * The cost of Paddle's NCHW layout on tfjs's NHWC-only WASM kernels, for LeNet and an AlexNet
 * stack, one training step (forward + backward), in one process:
 *
 *   npx tsx --import ./examples/support/extensionless-esm.mjs bench/nn-layout.ts [steps] [rounds]
 *
 * - `nhwc`: every layer built with `dataFormat: 'NHWC'`, input NHWC — no activation transposes
 *   (the floor);
 * - `sequential`: the default NCHW layers in an `nn.Sequential`, as the zoo builds them;
 * - `user-forward`: the same NCHW layers as fields of a user's `nn.Layer` whose `forward` calls
 *   them one by one, Paddle style (`x = this.pool1.call(this.relu1.call(this.conv1.call(x)))`,
 *   `paddle.nn.functional.flatten(x, 1)`). The channels-last scope of the outer `call` keeps
 *   it in NHWC between layers, so it should cost what the Sequential costs.
 * Weights are stored in Paddle's layout in all three and transposed inside forward.
 * Each round times `steps` steps of `variableGrads(mean(square(net(x))))` per variant (after
 * warm-up), then profiles one step. Wall times on a shared machine are noisy, so the layout cost
 * is also reported from the profile: the variants differ only by activation transposes, so
 * (Transpose kernel ms − NHWC's Transpose kernel ms) / NHWC's total kernel ms is the cost of
 * accepting NCHW. Medians over interleaved rounds.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as paddle from '../src/index';

const { nn } = paddle;
const STEPS = Number(process.argv[2] ?? 3);
const ROUNDS = Number(process.argv[3] ?? 3);

await paddle.setDevice('wasm');
if (tf.getBackend() !== 'wasm') throw new Error(`expected wasm, got ${tf.getBackend()}`);

type Fmt = 'NCHW' | 'NHWC';

function lenet(f: Fmt): paddle.nn.Layer[] {
  return [
    new nn.Conv2D(1, 6, 3, { stride: 1, padding: 1, dataFormat: f }), new nn.ReLU(), new nn.MaxPool2D(2, { stride: 2, dataFormat: f }),
    new nn.Conv2D(6, 16, 5, { dataFormat: f }), new nn.ReLU(), new nn.MaxPool2D(2, { stride: 2, dataFormat: f }),
    new nn.Flatten(), new nn.Linear(400, 120), new nn.Linear(120, 84), new nn.Linear(84, 10),
  ];
}

function alexnet(f: Fmt): paddle.nn.Layer[] {
  const conv = (i: number, o: number, k: number, s: number, p: number) => new nn.Conv2D(i, o, k, { stride: s, padding: p, dataFormat: f });
  const pool = () => new nn.MaxPool2D(3, { stride: 2, dataFormat: f });
  return [
    conv(3, 64, 11, 4, 2), new nn.ReLU(), pool(),
    conv(64, 192, 5, 1, 2), new nn.ReLU(), pool(),
    conv(192, 384, 3, 1, 1), new nn.ReLU(),
    conv(384, 256, 3, 1, 1), new nn.ReLU(),
    conv(256, 256, 3, 1, 1), new nn.ReLU(), pool(),
    new nn.Flatten(), new nn.Linear(9216, 10),
  ];
}

/** A user's network: the layers as fields, a Paddle-style forward calling them one by one. */
class UserForward extends nn.Layer {
  blocks: paddle.nn.LayerList;
  constructor(layers: paddle.nn.Layer[]) {
    super();
    this.blocks = new nn.LayerList(layers);
  }
  forward(x: tf.Tensor): tf.Tensor {
    for (const l of this.blocks) x = l instanceof nn.Flatten ? nn.functional.flatten(x, 1) : (l.call(x) as tf.Tensor);
    return x;
  }
}

function step(net: paddle.nn.Layer, x: tf.Tensor): void {
  tf.tidy(() => {
    const { value, grads } = tf.variableGrads(() => tf.mean(tf.square(net.call(x) as tf.Tensor)) as tf.Scalar);
    value.dataSync();
    tf.dispose(Object.values(grads));
  });
}

/** One profiled step: total kernel time and the part spent in Transpose kernels. */
async function profiled(net: paddle.nn.Layer, x: tf.Tensor): Promise<{ kernelMs: number; transposeMs: number; transposes: number }> {
  const info = await tf.profile(() => step(net, x));
  let kernelMs = 0;
  let transposeMs = 0;
  let transposes = 0;
  for (const k of info.kernels) {
    const ms = k.kernelTimeMs as number;
    kernelMs += ms;
    if (k.name === 'Transpose') {
      transposeMs += ms;
      transposes++;
    }
  }
  return { kernelMs, transposeMs, transposes };
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

async function bench(name: string, build: (f: Fmt) => paddle.nn.Layer[], nchwShape: number[]) {
  paddle.seed(1);
  const xNchw = tf.randomUniform(nchwShape, -1, 1, 'float32', 1);
  const xNhwc = tf.transpose(xNchw, [0, 2, 3, 1]);
  const nets = {
    nhwc: { net: new nn.Sequential(...build('NHWC')), x: xNhwc },
    sequential: { net: new nn.Sequential(...build('NCHW')), x: xNchw },
    'user-forward': { net: new UserForward(build('NCHW')), x: xNchw },
  };
  const wall: Record<string, number[]> = {};
  const kernel: Record<string, number[]> = {};
  const transpose: Record<string, number[]> = {};
  const counts: Record<string, number> = {};
  for (const [k, { net, x }] of Object.entries(nets)) {
    step(net, x);
    step(net, x);
    wall[k] = [];
    kernel[k] = [];
    transpose[k] = [];
  }
  for (let r = 0; r < ROUNDS; r++) {
    for (const [k, { net, x }] of Object.entries(nets)) {
      const t0 = performance.now();
      for (let i = 0; i < STEPS; i++) step(net, x);
      wall[k].push((performance.now() - t0) / STEPS);
      const p = await profiled(net, x);
      kernel[k].push(p.kernelMs);
      transpose[k].push(p.transposeMs);
      counts[k] = p.transposes;
    }
  }
  const base = median(wall.nhwc);
  const baseKernel = median(kernel.nhwc);
  const baseTranspose = median(transpose.nhwc);
  const rows = Object.keys(nets).map((k) => ({
    stack: name,
    variant: k,
    wallMsPerStep: +median(wall[k]).toFixed(1),
    wallVsNhwc: `${(((median(wall[k]) - base) / base) * 100).toFixed(1)}%`,
    wallVsSequential: `${(((median(wall[k]) - median(wall.sequential)) / median(wall.sequential)) * 100).toFixed(1)}%`,
    kernelMs: +median(kernel[k]).toFixed(1),
    transposeKernels: counts[k],
    transposeMs: +median(transpose[k]).toFixed(1),
    // The layouts differ only by activation transposes: their extra time over the NHWC step's kernels.
    layoutCostVsNhwc: `${(((median(transpose[k]) - baseTranspose) / baseKernel) * 100).toFixed(1)}%`,
  }));
  for (const { net } of Object.values(nets)) net.dispose();
  tf.dispose([xNchw, xNhwc]);
  return rows;
}

const rows = [
  ...(await bench('LeNet, batch 64, 28×28', lenet, [64, 1, 28, 28])),
  ...(await bench('AlexNet features + Linear(9216, 10), batch 8, 224×224', alexnet, [8, 3, 224, 224])),
];
console.table(rows);
console.log(JSON.stringify({ backend: tf.getBackend(), steps: STEPS, rounds: ROUNDS, rows }));
