// Run in a fresh Node process by test/backend/device-default.test.ts (no backend chosen yet):
// builds a Linear and a tensor before any setDevice, trains, and prints what ran where as JSON.
// Usage: node --import tsx --import ./examples/support/extensionless-esm.mjs <this file> <scenario>
import * as tf from '@tensorflow/tfjs-core';
import { defaultDeviceSettled } from '../../../src/backend/device';
import * as paddle from '../../../src/index';

const scenario = process.argv[2];
const out: Record<string, unknown> = { atImport: tf.getBackend(), infoAtImport: paddle.getDeviceInfo() };

// tfjs keeps each tensor's data on one backend and moves it when another backend reads it.
const backendOf = (t: tf.Tensor): string | undefined => {
  const engine = tf.engine() as unknown as { state: { tensorInfo: WeakMap<object, { backend: unknown }> } };
  const owner = engine.state.tensorInfo.get(t.dataId)?.backend;
  return tf.engine().backendNames().find((name) => tf.engine().registry[name] === owner);
};

const fc = new paddle.nn.Linear(4, 2);
const x = tf.tensor2d([[1, 2, 3, 4], [0.5, -1, 2, 0]]);
const y = tf.tensor2d([[1, 0], [0, 1]]);
const opt = new paddle.optimizer.SGD({ learningRate: 0.1, parameters: fc.parameters() });
const step = (): number => {
  const loss = opt.minimize(() => tf.mean(tf.square(tf.sub(fc.call(x), y))));
  const value = loss.dataSync()[0];
  loss.dispose();
  return value;
};
out.builtOn = [backendOf(fc.weight!), backendOf(x)];

if (scenario === 'set-device') {
  // A tf.setBackend nobody awaited leaves tfjs unable to create tensors until WASM has started.
  const pending = tf.setBackend('wasm');
  try {
    new paddle.nn.Linear(2, 2);
    out.whilePending = 'no error';
  } catch (err) {
    out.whilePending = { name: (err as Error).name, message: (err as Error).message };
  }
  await pending;
  out.setDevice = await paddle.setDevice('cpu');
} else {
  out.firstLoss = step();
  out.firstStepOn = tf.getBackend();
  await defaultDeviceSettled();
}
const before = fc.weight!.dataSync().slice();
out.loss = step();
out.trainedOn = tf.getBackend();
out.weightOn = backendOf(fc.weight!);
out.weightChanged = fc.weight!.dataSync().some((v, i) => v !== before[i]);
out.info = paddle.getDeviceInfo();
tf.dispose([x, y]);
console.log(JSON.stringify(out));
