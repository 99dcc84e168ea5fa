// Sample values for the keyword-call test, keyed by parameter name (shared by every callable that
// has a parameter of that name), with overrides only where one callable's shapes must agree.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import * as paddle from 'tfjs-hapi';
import type { Signature } from '../../src/framework/args';
import { SAVED, scratch } from './keyword-targets';

const tensor = (shape: number[], seed = 1) => tf.tidy(() => tf.randomUniform(shape, -1, 1, 'float32', seed));
const ints = (values: number[], shape?: number[]) => tf.tensor(values, shape, 'int32');
const bools = (values: boolean[]) => tf.tensor(values.map(Number), [values.length], 'bool');
/** A small RGB image: the transforms' sample input, and what the test applies a built transform to. */
export const probeImage = (): paddle.vision.HWCImage => ({ data: Uint8Array.from({ length: 6 * 6 * 3 }, (_, i) => (i * 37) % 256), width: 6, height: 6, channels: 3 });
const fixture = (rel: string) => fileURLToPath(new URL(`../fixtures/${rel}`, import.meta.url));
const tensorDataset = () => new paddle.io.TensorDataset([tensor([8, 4]), ints([0, 1, 2, 0, 1, 2, 0, 1], [8, 1])]);


/** An iterable-style dataset for ChainDataset. */
class Counter extends paddle.io.IterableDataset<number> {
  constructor(private readonly n: number) {
    super();
  }
  *[Symbol.iterator](): Iterator<number> {
    for (let i = 0; i < this.n; i++) yield i;
  }
}

const optimizerParameters = () => {
  paddle.seed(3);
  return new paddle.nn.Linear(4, 3).parameters();
};

/** Samples by parameter name. */
const BY_NAME: Record<string, () => unknown> = {
  x: () => tensor([2, 3, 5, 5]),
  y: () => tensor([2, 3, 5, 5], 2),
  input: () => tensor([2, 3, 5, 5]),
  label: () => tensor([2, 3, 5, 5], 3),
  inChannels: () => 3,
  outChannels: () => 4,
  kernelSize: () => 3,
  inFeatures: () => 4,
  outFeatures: () => 3,
  numFeatures: () => 3,
  normalizedShape: () => 5,
  size: () => 3,
  p: () => 0.5,
  pad: () => [1, 1, 1, 1],
  padding: () => 1,
  outputSize: () => 2,
  runningMean: () => tf.zeros([3]),
  runningVar: () => tf.ones([3]),
  numEmbeddings: () => 10,
  embeddingDim: () => 4,
  numClasses: () => 4,
  value: () => 0.5,
  max: () => 1,
  clipNorm: () => 1,
  learningRate: () => 0.1,
  stepSize: () => 2,
  milestones: () => [2, 4],
  boundaries: () => [2],
  values: () => [0.1, 0.01],
  gamma: () => 0.5,
  decaySteps: () => 10,
  tMax: () => 10,
  warmupSteps: () => 3,
  startLr: () => 0,
  endLr: () => 0.1,
  dModel: () => 16,
  lrLambda: () => function decay(epoch: number) { return 0.9 ** epoch; },
  maxLearningRate: () => 0.1,
  totalSteps: () => 10,
  baseLearningRate: () => 0.01,
  stepSizeUp: () => 2,
  t0: () => 3,
  tensors: () => [tensor([4, 3]), ints([0, 1, 2, 0])],
  datasets: () => [tensorDataset(), tensorDataset()],
  dataset: tensorDataset,
  dataSource: tensorDataset,
  indices: () => [0, 2, 5],
  lengths: () => [5, 3],
  weights: () => [0.1, 0.2, 0.3, 0.4],
  numSamples: () => 3,
  batchSize: () => 4,
  pic: probeImage,
  img: probeImage,
  mean: () => [0.5, 0.5, 0.5],
  std: () => [0.5, 0.5, 0.5],
  top: () => 1,
  left: () => 1,
  height: () => 3,
  width: () => 4,
  angle: () => 30,
  translate: () => [1, 0],
  scale: () => 1.2,
  shear: () => 10,
  startpoints: () => [[0, 0], [5, 0], [5, 5], [0, 5]],
  endpoints: () => [[1, 0], [5, 1], [4, 5], [0, 4]],
  brightnessFactor: () => 1.5,
  contrastFactor: () => 1.5,
  saturationFactor: () => 0.5,
  hueFactor: () => 0.1,
  i: () => 1,
  j: () => 1,
  h: () => 2,
  w: () => 3,
  v: () => 0,
  transforms: () => [new paddle.vision.transforms.Resize(4), new paddle.vision.transforms.ToTensor()],
  degrees: () => 20,
  backend: () => 'pil',
  path: () => fixture('vision/images/gray.png'),
  root: () => fixture('datasets/folder'),
  features: () => new paddle.nn.Sequential(new paddle.nn.Conv2D(3, 4, 3), new paddle.nn.ReLU()),
  block: () => paddle.vision.models.BasicBlock,
  version: () => '1.1',
  network: () => new paddle.nn.Linear(4, 3),
  net: () => new paddle.nn.Linear(4, 3),
  trainData: tensorDataset,
  evalData: tensorDataset,
  testData: tensorDataset,
  inputs: () => tensor([2, 4]),
  labels: () => ints([0, 2], [2, 1]),
  data: () => [[1, 2], [3, 4]],
  shape: () => [2, 3],
  fillValue: () => 2,
  start: () => 0,
  stop: () => 1,
  num: () => 5,
  numRows: () => 3,
  n: () => 5,
  k: () => 2,
  perm: () => [0, 2, 1, 3],
  axis: () => 1,
  repeatTimes: () => [1, 2, 1, 1],
  shifts: () => 1,
  dtype: () => 'int32',
  numOrSections: () => 2,
  chunks: () => 2,
  condition: () => tf.tidy(() => tf.greater(tensor([2, 3, 5, 5]), 0)),
  mask: () => tf.tidy(() => tf.greater(tensor([2, 3, 5, 5], 4), 0)),
  verbose: () => 0,
  seed: () => 5,
  nonlinearity: () => 'leaky_relu',
};

/** Per-callable samples, where one callable's arguments must agree with each other (or must be given). */
const BY_CALLABLE: Record<string, Record<string, () => unknown>> = {
  'nn.functional.linear': { x: () => tensor([2, 4]), weight: () => tensor([4, 3], 2), bias: () => tensor([3], 3) },
  'nn.functional.embedding': { x: () => ints([0, 3, 9, 1], [2, 2]), weight: () => tensor([10, 4]) },
  'nn.functional.conv2d': { weight: () => tensor([4, 3, 3, 3], 2) },
  'nn.functional.conv2dTranspose': { weight: () => tensor([3, 4, 3, 3], 2) },
  'nn.functional.layerNorm': { normalizedShape: () => [5] },
  'nn.functional.oneHot': { x: () => ints([0, 3, 1]) },
  'nn.functional.crossEntropy': { input: () => tensor([4, 3]), label: () => ints([0, 2, 1, 0], [4, 1]) },
  'nn.functional.softmaxWithCrossEntropy': { logits: () => tensor([4, 3]), label: () => ints([0, 2, 1, 0], [4, 1]) },
  'nn.functional.nllLoss': { input: () => tf.tidy(() => tf.logSoftmax(tensor([4, 3]))), label: () => ints([0, 2, 1, 0]) },
  'nn.functional.binaryCrossEntropy': { input: () => tf.tidy(() => tf.sigmoid(tensor([4, 3]))), label: () => tf.tidy(() => tf.sigmoid(tensor([4, 3], 2))) },
  'nn.functional.binaryCrossEntropyWithLogits': { logit: () => tensor([4, 3]), label: () => tf.tidy(() => tf.sigmoid(tensor([4, 3], 2))) },
  'nn.functional.klDiv': { input: () => tf.tidy(() => tf.logSoftmax(tensor([4, 3]))), label: () => tf.tidy(() => tf.softmax(tensor([4, 3], 2))) },
  'nn.initializer.Assign': { value: () => [1, 2, 3] },
  'nn.LayerList': { sublayers: () => [new paddle.nn.ReLU(), new paddle.nn.Linear(4, 3)] },
  'nn.LayerDict': { sublayers: () => ({ act: new paddle.nn.ReLU(), fc: new paddle.nn.Linear(4, 3) }) },
  // The backend the test runs on already: choosing it again must answer Paddle's name of it.
  setDevice: { device: () => 'wasm' },
  createParameter: { shape: () => [3, 2], dtype: () => 'float32' },
  'vision.models.makeLayers': { cfg: () => [4, 'M', 8], batchNorm: () => true },
  'vision.models.BasicBlock': { inplanes: () => 8, planes: () => 8 },
  'vision.models.BottleneckBlock': { inplanes: () => 16, planes: () => 4, stride: () => 2, downsample: () => new paddle.nn.Conv2D(16, 16, 1, { stride: 2 }) },
  'nn.initializer.calculateGain': { param: () => 0.2 },
  InputSpec: { shape: () => [null, 4], dtype: () => 'int64' },
  'vision.transforms.functional.centerCrop': { outputSize: () => 4 },
  'vision.transforms.functional.resize': { size: () => 4 },
  'vision.transforms.BrightnessTransform': { value: () => 0.4 },
  'vision.transforms.ContrastTransform': { value: () => 0.4 },
  'vision.transforms.SaturationTransform': { value: () => 0.4 },
  'vision.transforms.HueTransform': { value: () => 0.2 },
  'vision.datasets.MNIST': { imagePath: () => fixture('datasets/mnist-images-idx3-ubyte.gz'), labelPath: () => fixture('datasets/mnist-labels-idx1-ubyte.gz'), download: () => false },
  'vision.datasets.FashionMNIST': { imagePath: () => fixture('datasets/mnist-images-idx3-ubyte.gz'), labelPath: () => fixture('datasets/mnist-labels-idx1-ubyte.gz'), download: () => false },
  'vision.datasets.Cifar10': { dataFile: () => fixture('datasets/cifar-10-python.tar.gz'), download: () => false },
  'vision.datasets.Cifar100': { dataFile: () => fixture('datasets/cifar-100-python.tar.gz'), download: () => false },
  'vision.datasets.FakeData': { size: () => 4, imageSize: () => [3, 4, 4], numClasses: () => 3 },
  'vision.setImageBackend': { backend: () => 'cv2' },
  'vision.imageLoad': { path: () => fixture('vision/images/rgb420.jpg') },
  'metric.accuracy': { input: () => tf.tidy(() => tf.softmax(tensor([4, 3]))), label: () => ints([0, 2, 1, 0], [4, 1]) },
  'callbacks.ModelCheckpoint': { saveDir: scratch },
  'callbacks.VisualDL': { logDir: scratch },
  'Model.fit': { batchSize: () => 4, epochs: () => 1, verbose: () => 0 },
  'Model.evaluate': { batchSize: () => 4, verbose: () => 0 },
  'Model.predict': { batchSize: () => 4, verbose: () => 0 },
  'Model.trainBatch': { labels: () => ints([0, 2], [2, 1]) },
  'Model.evalBatch': { labels: () => ints([0, 2], [2, 1]) },
  'Model.save': { path: () => join(scratch(), 'ckpt') },
  'Model.load': { path: () => SAVED.path },
  save: { obj: () => ({ w: tensor([2, 2]), step: 3 }), path: () => (SAVED.file = join(scratch(), 'saved.pdparams')) },
  load: { path: () => SAVED.file },
  'Model.summary': { inputSize: () => [1, 4] },
  summary: { inputSize: () => [1, 4] },
  full: { shape: () => [2, 3] },
  cast: { dtype: () => 'int32' },
  reshape: { shape: () => [6, 25] },
  expand: { x: () => tensor([1, 5]), shape: () => [3, 5] },
  expandAs: { x: () => tensor([1, 5]), y: () => tensor([3, 5], 2) },
  flip: { axis: () => [1] },
  unsqueeze: { axis: () => 0 },
  topk: { k: () => 2 },
  concat: { x: () => [tensor([2, 3]), tensor([2, 3], 2)] },
  stack: { x: () => [tensor([2, 3]), tensor([2, 3], 2)] },
  gather: { x: () => tensor([4, 3]), index: () => ints([3, 0]) },
  gatherNd: { x: () => tensor([4, 3]), index: () => ints([0, 1, 3, 2], [2, 2]) },
  scatter: { x: () => tensor([3, 2]), index: () => ints([2, 0]), updates: () => tensor([2, 2], 2) },
  slice: { axes: () => [1, 2], starts: () => [0, 1], ends: () => [2, 4] },
  where: { x: () => tensor([2, 3, 5, 5], 5), y: () => tensor([2, 3, 5, 5], 6) },
  matmul: { x: () => tensor([2, 3]), y: () => tensor([3, 4], 2) },
  logicalAnd: { x: () => bools([true, false, true]), y: () => bools([true, true, false]) },
  logicalOr: { x: () => bools([true, false, false]), y: () => bools([true, true, false]) },
  logicalNot: { x: () => bools([true, false]) },
  'nn.functional.interpolate': { size: () => 7 },
  'nn.Upsample': { size: () => 7 },
  'vision.models.ResNet': { block: () => paddle.vision.models.BasicBlock, depth: () => 18 },
  'io.ChainDataset': { datasets: () => [new Counter(2), new Counter(3)] },
  'io.BatchSampler': { dataset: tensorDataset, batchSize: () => 3 },
  randint: { high: () => 5, shape: () => [2, 3] },
  ...Object.fromEntries(
    ['SGD', 'Momentum', 'Adam', 'AdamW', 'Adamax', 'RMSProp', 'Adagrad', 'Adadelta', 'Lamb'].map((o) => [`optimizer.${o}`, { parameters: optimizerParameters }]),
  ),
  grad: { outputs: () => () => tf.sum(tf.square(GRAD_INPUT)), inputs: () => GRAD_INPUT },
};
const GRAD_INPUT = tf.variable(tf.tensor([1, 2, 3]), true, 'kw-grad-input');

/** The parameters of `sig` given in every form: the required ones and those its callable pins in BY_CALLABLE. */
export function givenParams(sig: Signature): string[] {
  const own = BY_CALLABLE[sig.where] ?? {};
  return [...sig.params, ...sig.optionOnly].filter((p, i) => i < sig.required || p in own);
}

/** Values for the parameters of `sig` given in every form ({@link givenParams}). Throws naming a required parameter without one. */
export function sampleArgs(sig: Signature): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const own = BY_CALLABLE[sig.where] ?? {};
  for (const name of givenParams(sig)) {
    const make = own[name] ?? BY_NAME[name];
    if (!make) throw new Error(`no sample value for required parameter '${name}' of ${sig.where}`);
    out[name] = make();
  }
  return out;
}
