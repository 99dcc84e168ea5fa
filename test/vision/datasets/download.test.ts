import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CorruptFileError, InvalidArgumentError, ResourceNotFoundError } from 'tfjs-hapi';
import { DATA_HOME_ENV, MNIST, download, fetchBytes, findCached, getDataHome } from '../../../src/vision/datasets';
import { terminalProgressBar } from '../../../src/io/download/progress';
import { FIXTURES, expected, fromB64 } from './fixtures';

/** A loopback-only file server whose misbehaviours the tests switch on per path. */
const body = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 131 + 7) & 255);
const md5 = createHash('md5').update(body).digest('hex');
const log: { path: string; range: string | undefined }[] = [];
let mode: Record<string, 'good' | 'cut' | 'cut-once' | 'wrong'> = {};
let server: Server;
let base = '';
const tmp = mkdtempSync(join(tmpdir(), 'hapi-download-'));
const cache = join(tmp, 'cache');

function serve(path: string): Uint8Array | null {
  if (path.startsWith('/mnist/')) return new Uint8Array(readFileSync(FIXTURES + path.replace('/mnist/t10k-', 'mnist-').replace('/mnist/', '')));
  if (path.startsWith('/files/')) return body;
  return null;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    log.push({ path, range: req.headers.range });
    const data = serve(path);
    // No keep-alive: a socket the server closes while idle could be reused by the client and
    // reset, which would make the request counts below depend on timing.
    res.setHeader('connection', 'close');
    if (!data) return void res.writeHead(404).end();
    const m = mode[path] ?? 'good';
    if (m === 'wrong') return void res.writeHead(200, { 'content-length': data.length }).end(data.map((b) => b ^ 1));
    const start = Number(/^bytes=(\d+)-$/.exec(req.headers.range ?? '')?.[1] ?? 0);
    const part = data.subarray(start);
    res.writeHead(start ? 206 : 200, {
      'content-length': part.length,
      ...(start ? { 'content-range': `bytes ${start}-${data.length - 1}/${data.length}` } : {}),
    });
    if (m === 'cut' || m === 'cut-once') {
      if (m === 'cut-once') mode[path] = 'good';
      res.write(part.subarray(0, Math.min(part.length, 50_000)), () => res.destroy());
      return;
    }
    res.end(part);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  server.unref();
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(tmp, { recursive: true, force: true });
});

/** Byte equality without vitest's element-by-element diffing, which is slow on 200 kB. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

beforeEach(() => {
  log.length = 0;
  mode = {};
});

describe('download into the cache over a loopback server', () => {
  it('downloads, verifies the MD5, reports progress, and reuses the cache without a request', async () => {
    const seen: number[] = [];
    const path = await download(`${base}/files/a.bin`, 'demo', { md5, cacheDir: cache, onProgress: (r) => seen.push(r) });
    expect(path).toBe(join(cache, 'demo', 'a.bin'));
    expect(sameBytes(readFileSync(path), body)).toBe(true);
    expect(seen[seen.length - 1]).toBe(body.length);
    expect(log).toHaveLength(1);
    expect(await download(`${base}/files/a.bin`, 'demo', { md5, cacheDir: cache })).toBe(path);
    expect(findCached(`${base}/files/a.bin`, 'demo', { md5, cacheDir: cache })).toBe(path);
    expect(log).toHaveLength(1);
  });

  it('resumes an interrupted download with a Range request', async () => {
    mode['/files/b.bin'] = 'cut-once';
    const path = await download(`${base}/files/b.bin`, 'demo', { md5, cacheDir: cache });
    expect(sameBytes(readFileSync(path), body)).toBe(true);
    expect(log.map((l) => l.range)).toEqual([undefined, 'bytes=50000-']);
  });

  it('keeps a .part after repeated interruptions, says where to place the file, and resumes next time', async () => {
    mode['/files/c.bin'] = 'cut';
    const target = join(cache, 'demo', 'c.bin');
    const attempt = download(`${base}/files/c.bin`, 'demo', { md5, cacheDir: cache, retries: 2 });
    await expect(attempt).rejects.toThrow(ResourceNotFoundError);
    await expect(attempt).rejects.toThrow(`place it at ${target} (md5 ${md5})`);
    expect(existsSync(target)).toBe(false);
    expect(statSync(`${target}.part`).size).toBe(100_000);
    mode['/files/c.bin'] = 'good';
    log.length = 0;
    await download(`${base}/files/c.bin`, 'demo', { md5, cacheDir: cache });
    expect(log.map((l) => l.range)).toEqual(['bytes=100000-']);
    expect(sameBytes(readFileSync(target), body)).toBe(true);
    expect(existsSync(`${target}.part`)).toBe(false);
  });

  it('shares one download between concurrent requests for the same file', async () => {
    const [a, b] = await Promise.all([
      download(`${base}/files/f.bin`, 'demo', { md5, cacheDir: cache }),
      download(`${base}/files/f.bin`, 'demo', { md5, cacheDir: cache }),
    ]);
    expect(a).toBe(b);
    expect(log).toHaveLength(1);
    expect(sameBytes(readFileSync(a), body)).toBe(true);
  });

  it('deletes a download whose MD5 is wrong and throws CorruptFileError', async () => {
    mode['/files/d.bin'] = 'wrong';
    await expect(download(`${base}/files/d.bin`, 'demo', { md5, cacheDir: cache, retries: 2 })).rejects.toThrow(CorruptFileError);
    expect(log.map((l) => l.path)).toEqual(['/files/d.bin', '/files/d.bin']);
    expect(readdirSync(join(cache, 'demo')).filter((f) => f.startsWith('d.bin'))).toEqual([]);
  });

  it('refuses names that would leave the cache folder', async () => {
    await expect(download(`${base}/files/..%2F..%2Fescape.bin`, 'demo', { cacheDir: cache })).rejects.toThrow(InvalidArgumentError);
    await expect(download(`${base}/files/x.bin`, '../up', { cacheDir: cache })).rejects.toThrow(InvalidArgumentError);
    expect(log).toHaveLength(0);
  });

  it('honours the cache environment variable and fetches into memory (the browser path)', async () => {
    process.env[DATA_HOME_ENV] = join(tmp, 'cache-from-env');
    try {
      expect(getDataHome()).toBe(join(tmp, 'cache-from-env'));
      expect(getDataHome(cache)).toBe(cache);
    } finally {
      delete process.env[DATA_HOME_ENV];
    }
    expect(sameBytes(await fetchBytes(`${base}/files/e.bin`, { md5 }), body)).toBe(true);
    await expect(fetchBytes(`${base}/files/e.bin`, { md5: '0'.repeat(32) })).rejects.toThrow(CorruptFileError);
    await expect(fetchBytes(`${base}/nothing`)).rejects.toThrow(/HTTP 404/);
  });
});

describe('terminal progress bar', () => {
  it("draws Paddle's 50-wide bar on a terminal and nothing elsewhere", () => {
    const stderr = process.stderr as NodeJS.WriteStream & { isTTY?: boolean };
    const tty = stderr.isTTY;
    const write = stderr.write;
    const out: string[] = [];
    try {
      stderr.isTTY = false;
      expect(terminalProgressBar('x.gz')).toBeNull();
      stderr.isTTY = true;
      stderr.write = ((s: string) => (out.push(s), true)) as typeof stderr.write;
      const bar = terminalProgressBar('x.gz')!;
      bar(2 ** 20, 4 * 2 ** 20);
      bar(4 * 2 ** 20, 4 * 2 ** 20);
    } finally {
      stderr.isTTY = tty;
      stderr.write = write;
    }
    expect(out).toEqual([`\rx.gz [${'='.repeat(12)}${' '.repeat(38)}] 1.0/4.0 MB`, `\rx.gz [${'='.repeat(50)}] 4.0/4.0 MB`, '\n']);
  });
});

describe('datasets loading over the network in ready()', () => {
  it('MNIST reads URLs in ready(), and is not usable before', async () => {
    const ds = new MNIST({ imagePath: `${base}/mnist/t10k-images-idx3-ubyte.gz`, labelPath: `${base}/mnist/t10k-labels-idx1-ubyte.gz`, mode: 'test' });
    expect(() => ds.len()).toThrow(/await dataset.ready\(\)/);
    await ds.ready();
    expect(ds.len()).toBe(7);
    expect(ds.getItem(6)[0].data).toEqual(fromB64(expected.mnist.images[6]));
  });

  it("MNIST downloads Paddle's files from a mirror into the cache and checks Paddle's MD5", async () => {
    const ds = new MNIST({ mode: 'test', cacheDir: cache, mirror: base });
    expect(log).toHaveLength(0);
    // The fixtures are not Paddle's files, so the published MD5 must reject them.
    await expect(ds.ready()).rejects.toThrow(/MD5 .* but 9fb629c4189551a2d022fa330f9573f3 was expected/);
    expect(log.map((l) => l.path)).toContain('/mnist/t10k-images-idx3-ubyte.gz');
    expect(existsSync(join(cache, 'mnist', 't10k-images-idx3-ubyte.gz'))).toBe(false);
  });

  it('without a network, tells which file to place where', async () => {
    const ds = new MNIST({ mode: 'train', cacheDir: cache, mirror: 'http://127.0.0.1:9/' });
    const target = join(cache, 'mnist', 'train-images-idx3-ubyte.gz');
    await expect(ds.ready()).rejects.toThrow(`place it at ${target} (md5 f68b3c2dcbeaaa9fbdd348bbdeb94873)`);
  });

  it('wrote nothing outside the cache folder', () => {
    const all: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) (e.isDirectory() ? walk : (p: string) => all.push(p))(join(d, e.name));
    };
    walk(tmp);
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((p) => relative(cache, p).startsWith('..'))).toEqual([]);
  });
});
