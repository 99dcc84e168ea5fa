/**
 * Browser page for ./check-checkpoints.mjs: trains LeNet for one step, saves it to
 * `indexeddb://`, loads it into a fresh model, and loads a checkpoint from a URL; reports each
 * result to the page's server at `/log?…`.
 */
import * as tf from '@tensorflow/tfjs-core';
// Registered explicitly: bundling the sources with esbuild currently drops the side effects of
// src/backend/register.ts (esbuild: "marked as having no side effects").
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import * as paddle from '../../src/index';

const log = (m: string) => fetch(`/log?${encodeURIComponent(m)}`).catch(() => undefined);

function lenetModel(seed: number) {
  paddle.seed(seed);
  const net = paddle.zoo.lenet();
  const model = new paddle.Model(net);
  model.prepare(new paddle.optimizer.Adam({ learningRate: 1e-3, parameters: net.parameters() }), new paddle.nn.CrossEntropyLoss());
  return { net, model };
}

const firstWeights = (net: paddle.nn.Layer) => Array.from(net.stateDict()['fc.2.weight'].dataSync().slice(0, 4));

try {
  await tf.setBackend('cpu');
  const a = lenetModel(1);
  const x = tf.randomNormal([4, 1, 28, 28]);
  const y = tf.zeros([4, 1], 'int32');
  await a.model.fit([[x, y]], null, { epochs: 1, verbose: 0 });
  await a.model.save('indexeddb://lenet-check');
  const b = lenetModel(2);
  await b.model.load('indexeddb://lenet-check');
  await log(`indexeddb: ${JSON.stringify(firstWeights(a.net)) === JSON.stringify(firstWeights(b.net)) ? 'PASS' : 'FAIL'}`);
  const c = lenetModel(3);
  // The fixture holds only fc.2.weight: skipMismatch skips the other keys (with a warning).
  await c.model.load(`${location.origin}/fixture`, { skipMismatch: true });
  await log(`url: ${firstWeights(c.net).every((v) => v === 0.25) ? 'PASS' : 'FAIL'}`);
} catch (e) {
  await log(`ERROR ${(e as Error).stack}`);
}
await log('DONE');
