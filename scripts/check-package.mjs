#!/usr/bin/env node
// Proves the published package works as users get it: `npm pack` → install the tarball into an
// empty project next to @tensorflow/tfjs-core (from npm's cache only, never the network) →
// `import` and `require` it in Node, start WASM,
// compute a conv gradient (which needs our kernels and the bundled gradient registrations), load
// every subpath; compile a TypeScript consumer (ESM and CJS) with `--strict --skipLibCheck false`;
// then `publint --strict` and `attw --pack`. Needs `npm run build` first.
// Prints one `N passed, N failed` line and exits non-zero on any failure.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const subpaths = Object.keys(pkg.exports).filter((k) => k !== '.' && k !== './package.json').map((k) => k.slice(2));
const results = [];

function step(name, fn) {
  try {
    fn();
    results.push([name, true]);
    console.log(`ok   ${name}`);
  } catch (err) {
    results.push([name, false]);
    console.log(`FAIL ${name}\n${String(err.stdout ?? '')}${String(err.stderr ?? '')}${err.stdout ? '' : err.message}`);
  }
}
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true' } });

const work = mkdtempSync(join(tmpdir(), 'tfjs-hapi-pack-'));
let tarball = '';
step('npm pack', () => {
  const out = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], root));
  tarball = join(work, out[0].filename);
  const files = out[0].files.map((f) => f.path);
  for (const needed of ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts']) {
    if (!files.includes(needed)) throw new Error(`tarball lacks ${needed}`);
  }
  const stray = files.filter((f) => !/^(dist\/|package\.json$|README\.md$|LICENSE$)/.test(f));
  if (stray.length) throw new Error(`tarball holds files outside dist: ${stray.join(', ')}`);
});

const app = join(work, 'app');
step('install the tarball into an empty project', () => {
  run('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, version: '0.0.0' }));
  const core = `@tensorflow/tfjs-core@${pkg.peerDependencies['@tensorflow/tfjs-core']}`;
  run('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball, core], app);
});

// The same checks from ESM and from CJS: one backend switch, one gradient through the conv
// kernels, every subpath loads, and the subpaths share the root's modules (one generator).
const body = (load) => `
${load}
const checks = async () => {
  // Before any setDevice, as in Paddle: layers are made on tfjs's JS backend, and move with setDevice.
  if (tf.getBackend() !== 'cpu') throw new Error('expected the JS backend at import, got ' + tf.getBackend());
  const early = new paddle.nn.Linear(2, 3);
  if ((await paddle.setDevice('cpu')) !== 'cpu' || paddle.getDeviceInfo().backend !== 'wasm') {
    throw new Error("setDevice('cpu') should pick SIMD WASM: " + JSON.stringify(paddle.getDeviceInfo()));
  }
  const out = early.call(tf.ones([1, 2]));
  if (out.shape.join() !== '1,3' || !out.dataSync().every(Number.isFinite)) throw new Error('a Linear made before setDevice');
  tf.dispose(out);
  const device = await paddle.setDevice('wasm');
  const info = paddle.getDeviceInfo();
  if (device !== 'cpu' || info.backend !== 'wasm' || tf.getBackend() !== 'wasm') throw new Error('setDevice: ' + JSON.stringify(info));
  const x = tf.randomNormal([2, 9, 9, 3]);
  const w = tf.variable(tf.randomNormal([3, 3, 3, 4]));
  const { value, grads } = tf.variableGrads(() => tf.sum(tf.conv2d(x, w, 2, 'same')), [w]);
  const g = grads[w.name];
  if (g.shape.join() !== '3,3,3,4' || !g.dataSync().every(Number.isFinite)) throw new Error('bad gradient');
  const err = await paddle.setDevice('gpu').catch((e) => e);
  if (!(err instanceof paddle.HapiError) || err.name !== 'BackendUnavailableError' || err.code !== 'BACKEND_UNAVAILABLE') {
    throw new Error('setDevice("gpu") should throw a BackendUnavailableError, got ' + (err && err.name));
  }
  if (tf.getBackend() !== 'wasm') throw new Error('a failed setDevice must keep the active backend');
  // Root and subpaths must share one copy of each module (class identity, one random
  // generator): what a subpath exports is the very object the root's namespace holds.
  let compared = 0;
  for (const [name, mod] of Object.entries(subs)) {
    if (typeof mod !== 'object' || mod === null) throw new Error('subpath ' + name);
    const ns = paddle[name];
    if (!ns) continue;
    for (const [key, value] of Object.entries(mod)) {
      if (key === 'default' || !(key in ns)) continue;
      if (ns[key] !== value) throw new Error('tfjs-hapi/' + name + ' exports a different ' + key + ' than paddle.' + name);
      compared++;
    }
  }
  if (compared === 0) throw new Error('no subpath export could be compared with the root: the identity check is blind');
  tf.dispose([x, w, value, g]);
  console.log('ok');
};
checks().catch((e) => { console.error(e); process.exit(1); });
`;
const imports = subpaths.map((s, i) => `import * as sub${i} from 'tfjs-hapi/${s}';`).join('\n');
const subsObj = `{ ${subpaths.map((s, i) => `'${s}': sub${i}`).join(', ')} }`;
writeFileSync(join(app, 'esm.mjs'), body(`import * as tf from '@tensorflow/tfjs-core';\nimport * as paddle from 'tfjs-hapi';\n${imports}\nconst subs = ${subsObj};`));
writeFileSync(
  join(app, 'cjs.cjs'),
  body(`const tf = require('@tensorflow/tfjs-core');\nconst paddle = require('tfjs-hapi');\nconst subs = { ${subpaths.map((s) => `'${s}': require('tfjs-hapi/${s}')`).join(', ')} };`),
);
step("ESM: import * as paddle from 'tfjs-hapi', a Linear before setDevice('cpu'), conv gradient, subpaths share the root's modules", () => run('node', ['esm.mjs'], app));
step("CJS: require('tfjs-hapi'), a Linear before setDevice('cpu'), conv gradient, subpaths share the root's modules", () => run('node', ['cjs.cjs'], app));
// A TypeScript user's view of the installed package: namespace members used as types
// (`paddle.nn.Layer`, `paddle.io.Dataset`), a subclass with typed fields, from an ES module
// (`.mts`, the `.d.ts` declarations) and a CommonJS one (`.cts`, the `.d.cts` ones). Every
// declaration file is checked (skipLibCheck false); no @types/node, as in a browser project.
const consumer = (header) => `${header}
class Net extends paddle.nn.Layer {
  conv: paddle.nn.Conv2D = new paddle.nn.Conv2D(1, 4, 3, { padding: 1 });
  drop: paddle.nn.Dropout = new paddle.nn.Dropout(0.5);
  act: paddle.nn.ReLU = new paddle.nn.ReLU();
  forward(x: tf.Tensor): tf.Tensor {
    return this.act.call(this.drop.call(this.conv.call(x)));
  }
}
class Pairs extends paddle.io.Dataset<[Float32Array, number]> {
  getItem(i: number): [Float32Array, number] {
    return [Float32Array.of(i), i % 2];
  }
  len(): number {
    return 4;
  }
}
export async function train(): Promise<number> {
  const device: string = await paddle.setDevice('cpu');
  const name: 'cpu' | 'gpu:0' = paddle.getDevice();
  const net: paddle.nn.Layer = new Net();
  const data: paddle.io.Dataset<[Float32Array, number]> = new Pairs();
  const loader: paddle.io.DataLoader = new paddle.io.DataLoader(data, { batchSize: 2 });
  const model: paddle.Model = new paddle.Model(net);
  const opt: paddle.optimizer.Adam = new paddle.optimizer.Adam({ learningRate: 1e-3, parameters: net.parameters() });
  model.prepare(opt, new paddle.nn.CrossEntropyLoss(), new paddle.metric.Accuracy());
  const history = await model.fit(loader, { epochs: 1 });
  const result = await model.evaluate(data, { batchSize: 2 });
  const losses: number[] = [result.loss ?? []].flat();
  const err: paddle.BackendUnavailableError | null = null;
  // A subpath's declarations are the root namespace's (one copy of each module).
  const fc: import('tfjs-hapi/nn').Linear = new paddle.nn.Linear(4, 2);
  const same: typeof paddle.optimizer.SGD = {} as typeof import('tfjs-hapi/optimizer').SGD;
  // Keyword calls and tfjs's method-style ops (types from tfjs-core's chained ops).
  const conv2 = new paddle.nn.Conv2D({ inChannels: 3, outChannels: 8, kernelSize: 3, stride: 2 });
  const scaled: tf.Tensor = paddle.toTensor([[1, 2], [3, 4]]).div(2).reshape([4]);
  const avg: tf.Tensor = paddle.mean(scaled, { axis: 0, keepdim: true });
  void fc;
  void same;
  void conv2;
  void avg;
  return device.length + name.length + losses.length + (err === null ? 0 : 1) + Object.keys(history).length;
}
`;
step('types: an ESM (.mts) and a CJS (.cts) consumer (namespace types, keyword calls, x.div()) compile with --strict --skipLibCheck false', () => {
  writeFileSync(join(app, 'esm.mts'), consumer(`import * as tf from '@tensorflow/tfjs-core';\nimport * as paddle from 'tfjs-hapi';`));
  writeFileSync(join(app, 'cjs.cts'), consumer(`import tf = require('@tensorflow/tfjs-core');\nimport paddle = require('tfjs-hapi');`));
  const options = { strict: true, skipLibCheck: false, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext' };
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files: ['esm.mts', 'cjs.cts'] }));
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
});
step('publint --strict', () => {
  const out = run('npx', ['--no-install', 'publint', '--strict', tarball], root);
  if (!/All good/.test(out)) throw Object.assign(new Error('publint'), { stdout: out });
});
// node10 resolution predates `exports` and cannot see subpaths; engines requires Node >= 20.
step('attw --pack (node16 + bundler resolution)', () => run('npx', ['--no-install', 'attw', tarball, '--profile', 'node16'], root));

rmSync(work, { recursive: true, force: true });
const passed = results.filter(([, ok]) => ok).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
