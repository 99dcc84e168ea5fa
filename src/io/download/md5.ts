import { node } from '../../framework/node-builtins';

/**
 * Incremental MD5 (RFC 1321), the checksum Paddle publishes for its datasets. Node's `crypto` is
 * used when present; this pure-JS version serves browsers, where WebCrypto has no MD5.
 */
export interface Md5 {
  update(chunk: Uint8Array): void;
  /** Lower-case hex digest. */
  hex(): string;
}

/** A fresh MD5 hasher. */
export function createMd5(): Md5 {
  const n = node();
  if (n) {
    const h = n.crypto.createHash('md5');
    return { update: (c) => void h.update(c), hex: () => h.digest('hex') };
  }
  return new JsMd5();
}

/** MD5 of `bytes` as lower-case hex. */
export function md5Hex(bytes: Uint8Array): string {
  const h = createMd5();
  h.update(bytes);
  return h.hex();
}

const S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

/** The pure-JS MD5; exported for tests that compare it with Node's. */
export class JsMd5 implements Md5 {
  private h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  private buf = new Uint8Array(64);
  private bufLen = 0;
  private total = 0;
  private readonly w = new Uint32Array(16);

  update(chunk: Uint8Array): void {
    this.total += chunk.length;
    let i = 0;
    if (this.bufLen > 0) {
      const n = Math.min(64 - this.bufLen, chunk.length);
      this.buf.set(chunk.subarray(0, n), this.bufLen);
      this.bufLen += n;
      i = n;
      if (this.bufLen < 64) return;
      this.block(this.buf, 0);
      this.bufLen = 0;
    }
    for (; i + 64 <= chunk.length; i += 64) this.block(chunk, i);
    this.buf.set(chunk.subarray(i), 0);
    this.bufLen = chunk.length - i;
  }

  hex(): string {
    const bits = this.total * 8;
    const pad = new Uint8Array(((this.bufLen < 56 ? 56 : 120) - this.bufLen) + 8);
    pad[0] = 0x80;
    const dv = new DataView(pad.buffer);
    dv.setUint32(pad.length - 8, bits >>> 0, true);
    dv.setUint32(pad.length - 4, Math.floor(bits / 2 ** 32), true);
    this.total -= pad.length;
    this.update(pad);
    let out = '';
    for (const v of this.h) for (let b = 0; b < 4; b++) out += ((v >>> (8 * b)) & 0xff).toString(16).padStart(2, '0');
    return out;
  }

  private block(d: Uint8Array, off: number): void {
    const w = this.w;
    for (let j = 0; j < 16; j++) {
      const o = off + 4 * j;
      w[j] = d[o] | (d[o + 1] << 8) | (d[o + 2] << 16) | (d[o + 3] << 24);
    }
    let [a, b, c, dd] = this.h;
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) {
        f = (b & c) | (~b & dd);
        g = i;
      } else if (i < 32) {
        f = (dd & b) | (~dd & c);
        g = (5 * i + 1) % 16;
      } else if (i < 48) {
        f = b ^ c ^ dd;
        g = (3 * i + 5) % 16;
      } else {
        f = c ^ (b | ~dd);
        g = (7 * i) % 16;
      }
      const t = dd;
      dd = c;
      c = b;
      const x = (a + f + K[i] + w[g]) >>> 0;
      const s = S[(i >> 4) * 4 + (i % 4)];
      b = (b + ((x << s) | (x >>> (32 - s)))) >>> 0;
      a = t;
    }
    this.h = [(this.h[0] + a) >>> 0, (this.h[1] + b) >>> 0, (this.h[2] + c) >>> 0, (this.h[3] + dd) >>> 0];
  }
}
