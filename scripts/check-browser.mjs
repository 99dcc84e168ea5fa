#!/usr/bin/env node
// Device selection in a real browser: bundles a page around src/backend (device selection,
// gradients, kernel fixes), serves it on loopback with COOP/COEP headers and the WASM binaries
// under /wasm/, opens it in headless Chromium and checks what the page reports:
// 'auto' picks a GPU backend (WebGL on SwiftShader here) and says why WebGPU was passed over,
// 'wasm' starts from `wasmPaths` with SIMD and threads allowed (cross-origin isolated), and a
// conv net gradient on each backend matches the JS backend to 1e-4.
// Usage: node scripts/check-browser.mjs [path to chromium]. Prints `N passed, N failed`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const chromium = process.argv[2] ?? process.env.CHROMIUM ?? '/usr/bin/chromium';
// esbuild as tsup itself resolves it (a dependency of the build tool, not of the package).
const esbuild = createRequire(createRequire(join(root, 'package.json')).resolve('tsup'))('esbuild');

const page = `
import * as tf from '@tensorflow/tfjs-core';
import '${root}/src/backend/register';
import { setDevice, getDeviceInfo } from '${root}/src/backend/device';

function grads() {
  return tf.tidy(() => {
    const x = tf.randomUniform([2, 9, 9, 3], -1, 1, 'float32', 1);
    const w1 = tf.randomUniform([3, 3, 3, 4], -1, 1, 'float32', 2);
    const w2 = tf.randomUniform([4 * 4 * 4, 5], -1, 1, 'float32', 3);
    const f = (w1, w2) => {
      const h = tf.maxPool(tf.relu(tf.conv2d(x, w1, 1, 'same')), 2, 2, 'valid');
      return tf.sum(tf.square(tf.matMul(tf.reshape(h, [2, -1]), w2)));
    };
    return tf.grads(f)([w1, w2]).map((g) => Array.from(g.dataSync()));
  });
}
const out = {};
try {
  out.crossOriginIsolated = globalThis.crossOriginIsolated;
  // Before any setDevice a tensor lives on tfjs's JS backend, and moves with the device.
  out.earlyBackend = tf.getBackend();
  const early = tf.tensor([1, 2, 3]);
  out.auto = await setDevice('auto', { wasmPaths: '/wasm/' });
  out.earlySum = tf.sum(early).dataSync()[0];
  out.autoInfo = getDeviceInfo();
  out.autoGrads = grads();
  await setDevice('wasm');
  out.wasmInfo = getDeviceInfo();
  out.wasmGrads = grads();
  await setDevice('js');
  out.cpuGrads = grads();
} catch (e) {
  out.error = String(e && e.stack || e);
}
await fetch('/result', { method: 'POST', body: JSON.stringify(out) });
`;

const work = mkdtempSync(join(tmpdir(), 'tfjs-hapi-browser-'));
const built = await esbuild.build({
  stdin: { contents: page, resolveDir: root, loader: 'js' },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  logLevel: 'error',
  // The wasm backend's Node-only branches reference these; browsers never take them.
  external: ['fs', 'path', 'os', 'worker_threads', 'perf_hooks', 'crypto'],
});
const bundle = built.outputFiles[0].text;
const wasmDir = join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist');

let resolveResult;
const result = new Promise((r) => (resolveResult = r));
const server = createServer((req, res) => {
  const isolation = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
  if (req.method === 'POST' && req.url === '/result') {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      res.writeHead(204).end();
      resolveResult(JSON.parse(body));
    });
    return;
  }
  if (req.url === '/') return res.writeHead(200, { 'Content-Type': 'text/html', ...isolation }).end('<script type="module" src="/page.js"></script>');
  if (req.url === '/page.js') return res.writeHead(200, { 'Content-Type': 'text/javascript', ...isolation }).end(bundle);
  const m = /^\/wasm\/(tfjs-backend-wasm[a-z-]*\.wasm)$/.exec(req.url ?? '');
  if (m) return res.writeHead(200, { 'Content-Type': 'application/wasm', ...isolation }).end(readFileSync(join(wasmDir, m[1])));
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = launchChromium(url, { executable: chromium });
const timeout = new Promise((r) => setTimeout(() => r({ error: 'the page did not report within 120 s' }), 120_000));
const out = await Promise.race([result, timeout]);
await browser.close();
server.close();
rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });

const results = [];
const check = (name, ok, detail = '') => {
  results.push(ok);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : ` — ${detail}`}`);
};
const close = (a, b) => Array.isArray(a) && Array.isArray(b) && a.length === b.length &&
  a.every((g, i) => g.length === b[i].length && g.every((v, j) => Math.abs(v - b[i][j]) <= 1e-4 + 1e-4 * Math.abs(b[i][j])));
check('the page ran without an error', !out.error, out.error);
if (!out.error) {
  check("'auto' in a browser picks a GPU backend", out.auto === 'gpu:0' && ['webgpu', 'webgl'].includes(out.autoInfo.backend), JSON.stringify(out.autoInfo));
  check("getDeviceInfo says runtime 'browser' and why anything before the active backend was passed over",
    out.autoInfo.runtime === 'browser' && out.autoInfo.passedOver.every((t) => t.reason.length > 0) &&
    out.autoInfo.passedOver.length === ['webgpu', 'webgl'].indexOf(out.autoInfo.backend), JSON.stringify(out.autoInfo));
  const webgpu = out.autoInfo.passedOver.find((t) => t.backend === 'webgpu');
  check('an unresolvable optional WebGPU package is reported as such',
    !webgpu || /could not be loaded in this page|navigator\.gpu|resolved false/.test(webgpu.reason), JSON.stringify(webgpu));
  check('a tensor made before setDevice (on the JS backend) is usable after it', out.earlyBackend === 'cpu' && out.earlySum === 6,
    `${out.earlyBackend}, ${out.earlySum}`);
  check('the page is cross-origin isolated (COOP/COEP), so WASM may use threads', out.crossOriginIsolated === true, String(out.crossOriginIsolated));
  check("'wasm' starts from wasmPaths with SIMD", out.wasmInfo.backend === 'wasm' && out.wasmInfo.simd === true && out.wasmInfo.threads >= 1, JSON.stringify(out.wasmInfo));
  check(`conv net gradients on ${out.autoInfo.backend} match the JS backend to 1e-4`, close(out.autoGrads, out.cpuGrads), 'mismatch');
  check('conv net gradients on wasm match the JS backend to 1e-4', close(out.wasmGrads, out.cpuGrads), 'mismatch');
  console.log(`auto: ${JSON.stringify(out.autoInfo)}\nwasm: ${JSON.stringify(out.wasmInfo)}`);
}
const passed = results.filter(Boolean).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
