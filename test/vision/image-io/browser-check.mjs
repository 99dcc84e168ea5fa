// Manual check of the browser paths (native decoding, canvas/ImageBitmap/<img> inputs) in headless
// Chromium. Not part of `vitest run` (needs a browser):
//
//   node test/vision/image-io/browser-check.mjs [/usr/bin/chromium]
//
// Bundles a page with esbuild, serves it and the fixture images on 127.0.0.1, runs Chromium
// headless against it and prints the results the page posts back. Exits 1 if any check fails.
import { spawn } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const images = join(root, 'test/fixtures/vision/images/');
const chromium = process.argv[2] ?? '/usr/bin/chromium';

const page = `
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { decodeImage, readImage } from './src/vision/image-io';
import * as T from './src/vision/transforms';
const results = [];
const check = (name, ok, detail = '') => results.push({ name, ok: !!ok, detail: String(detail) });
const maxDiff = (a, b) => { let m = a.length === b.length ? 0 : Infinity; for (let i = 0; i < b.length; i++) m = Math.max(m, Math.abs(a[i] - b[i])); return m; };
(async () => {
  try {
    await tf.setBackend('cpu');
    const pillow = (await (await fetch('/images.json')).json()).files;
    for (const f of ['rgb.png', 'rgba.png', 'gray.png', 'rgb444.jpg', 'rgb420.jpg', 'progressive.jpg']) {
      const nat = await readImage('/img/' + f, { mode: 'RGB' });
      const want = Uint8Array.from(atob(pillow[f].rgb.b64), (c) => c.charCodeAt(0));
      const d = maxDiff(nat.data, want);
      check('readImage in the browser vs Pillow ' + f, f.endsWith('.png') ? d === 0 : d <= 10, 'max diff ' + d);
    }
    const lib = decodeImage(new Uint8Array(await (await fetch('/img/rgb.png')).arrayBuffer()), { mode: 'RGB' });
    const want = T.functional.hflip(lib).data;
    const canvas = document.createElement('canvas');
    canvas.width = lib.width; canvas.height = lib.height;
    const ctx = canvas.getContext('2d');
    const rgba = new Uint8ClampedArray(lib.width * lib.height * 4);
    for (let i = 0; i < lib.width * lib.height; i++) { rgba.set(lib.data.subarray(i * 3, i * 3 + 3), i * 4); rgba[i * 4 + 3] = 255; }
    const imageData = new ImageData(rgba, lib.width, lib.height);
    ctx.putImageData(imageData, 0, 0);
    const flip = new T.RandomHorizontalFlip(1);
    check('ImageData input', maxDiff(flip.call(imageData).data, want) === 0);
    check('canvas input', maxDiff(flip.call(canvas).data, want) === 0);
    const bitmap = await createImageBitmap(imageData);
    check('ImageBitmap input', maxDiff(flip.call(bitmap).data, want) === 0);
    const img = new Image();
    img.src = '/img/rgb.png';
    await img.decode();
    check('HTMLImageElement input', maxDiff(flip.call(img).data, want) === 0);
    const t = new T.Compose([new T.Resize(16), new T.ToTensor(), new T.Normalize(0.5, 0.5)]).call(img);
    check('Compose on <img> gives a tensor', t.shape.join() === '3,16,20', t.shape);
    const err = await readImage('/img/truncated.jpg', { mode: 'RGB' }).catch((e) => e);
    check('native decode of a truncated JPEG', err && err.code === 'CORRUPT_FILE' && err.message.includes('truncated.jpg'), err && err.message);
  } catch (e) {
    check('page ran without throwing', false, e && e.stack);
  }
  await fetch('/done', { method: 'POST', body: JSON.stringify(results) });
})();
`;

const out = await build({
  stdin: { contents: page, resolveDir: root, loader: 'js' },
  bundle: true,
  format: 'esm',
  write: false,
  platform: 'browser',
  logLevel: 'error',
});
const js = out.outputFiles[0].text;

let finish;
const done = new Promise((r) => (finish = r));
const server = createServer((req, res) => {
  if (req.url === '/') return res.end('<!doctype html><script type="module" src="/page.js"></script>');
  if (req.url === '/page.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
  if (req.url === '/images.json') return res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(join(images, '../images.json')));
  if (req.url.startsWith('/img/')) {
    try {
      return res.writeHead(200, { 'content-type': req.url.endsWith('.png') ? 'image/png' : 'image/jpeg' }).end(readFileSync(images + req.url.slice(5)));
    } catch {
      return res.writeHead(404).end();
    }
  }
  if (req.url === '/done') {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      res.end('ok');
      finish(JSON.parse(body));
    });
    return;
  }
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = spawn(chromium, ['--headless=new', '--no-sandbox', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'chr-'))}`, url], { stdio: 'ignore' });
const timer = setTimeout(() => finish([{ name: 'page reported within 120 s', ok: false, detail: '' }]), 120_000);
const results = await done;
clearTimeout(timer);
browser.kill();
server.close();
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${r.detail ? ` (${r.detail})` : ''}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
