// DataLoader workers in a real browser: the page (test/io/browser/page.ts) is bundled with
// esbuild (code splitting, so the page, its datasets and the worker share one copy of tfjs-hapi)
// and opened in headless Chromium, which POSTs back what it saw.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';

// Debian's Chromium; CHROMIUM_PATH points elsewhere.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

it('Web Workers: same batches as on the page thread; errors name the sample; workers stop', async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`This test needs Chromium at ${CHROMIUM} (set CHROMIUM_PATH).`);
  const out = mkdtempSync(join(tmpdir(), 'hapi-webworker-'));
  const here = fileURLToPath(new URL('./browser/', import.meta.url));
  await build({
    entryPoints: { page: join(here, 'page.ts'), datasets: join(here, 'page-datasets.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    outdir: out,
    logLevel: 'silent',
  });
  let resolveResult: (v: string) => void = () => {};
  const result = new Promise<string>((r) => (resolveResult = r));
  const server = createServer((req, res) => {
    if (req.method === 'POST') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        res.end('ok');
        resolveResult(body);
      });
      return;
    }
    const name = req.url === '/' ? 'index.html' : req.url!.slice(1);
    if (name === 'index.html') {
      res.setHeader('content-type', 'text/html');
      return res.end('<!doctype html><script type="module" src="/page.js"></script>');
    }
    const file = join(out, name);
    if (!existsSync(file)) return res.writeHead(404).end();
    res.setHeader('content-type', extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream');
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const browser = launchChromium(`http://127.0.0.1:${port}/`, { executable: CHROMIUM, extraFlags: ['--disable-gpu'] });
  try {
    const msg = JSON.parse(await result) as { ok: boolean; error?: string; result?: { local: number[][][]; threaded: number[][][]; error: string; live: number } };
    expect(msg.error).toBeUndefined();
    const r = msg.result!;
    expect(r.local).toHaveLength(6);
    // Same features in the same order; the second field says which thread read the sample.
    expect(r.threaded.map((b) => b[0])).toEqual(r.local.map((b) => b[0]));
    expect(r.local.flatMap((b) => b[1])).toEqual(Array(23).fill(1));
    expect(r.threaded.flatMap((b) => b[1])).toEqual(Array(23).fill(0));
    expect(r.error).toBe('DataLoaderError: DataLoader worker 0: reading sample 9 failed: TypeError: bad sample 9');
    expect(r.live).toBe(0);
  } finally {
    await browser.close();
    server.close();
    rmSync(out, { recursive: true, force: true });
  }
}, 90_000);
