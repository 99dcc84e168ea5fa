// Manual browser check of Model.save/load targets: `indexeddb://` round trip and loading from a
// URL, in headless Chromium. Not part of `npm test` (it needs a browser):
//
//   npx tsx examples/browser/check-checkpoints.mjs     (CHROMIUM=/path/to/chrome to override)
//
// Bundles ./checkpoint-page.ts with esbuild (installed with tsx/tsup), serves it and a
// Python-layout .pdparams fixture on 127.0.0.1, opens it in headless Chromium and prints what
// the page reports. Exits 1 unless every check passes.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = await build({
  entryPoints: [join(here, 'checkpoint-page.ts')],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  mainFields: ['module', 'main'],
  external: ['node:*'],
  write: false,
  logLevel: 'error',
});
const bundle = out.outputFiles[0].contents;

// The URL fixture: LeNet's state dict with every fc.2.weight entry 0.25, written by tfjs-hapi's
// own pickle writer in Paddle's layout (numpy arrays + StructuredToParameterName@@).
const { writePickle, NdArray } = await import('../../src/io/formats/pickle/index.ts');
const fixture = writePickle({ 'fc.2.weight': new NdArray('float32', [84, 10], new Float32Array(840).fill(0.25)) });

const messages = [];
let done;
const finished = new Promise((r) => (done = r));
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/') return res.end('<!doctype html><script type="module" src="page.js"></script>');
  if (url.pathname === '/page.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
  if (url.pathname === '/fixture.pdparams') return res.end(fixture);
  if (url.pathname === '/log') {
    const m = decodeURIComponent(url.search.slice(1));
    messages.push(m);
    console.log(m);
    if (m === 'DONE') done();
    return res.end();
  }
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const profile = mkdtempSync(join(tmpdir(), 'hapi-chromium-'));
const chrome = spawn(process.env.CHROMIUM ?? '/usr/bin/chromium', [
  '--headless=new', '--no-sandbox', `--user-data-dir=${profile}`, `http://127.0.0.1:${server.address().port}/`,
], { stdio: 'ignore' });
const timeout = setTimeout(() => done(), 120_000);
await finished;
clearTimeout(timeout);
chrome.kill();
await new Promise((r) => chrome.once('exit', r));
server.close();
rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
const ok = messages.includes('indexeddb: PASS') && messages.includes('url: PASS');
console.log(ok ? 'browser checkpoint checks passed' : 'browser checkpoint checks FAILED');
process.exitCode = ok ? 0 : 1;
