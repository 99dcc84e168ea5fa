import { CorruptFileError } from '../../../errors';

/** Reads a pickle's bytes front to back; every read is bounds-checked and a short read is a CorruptFileError. */
export class ByteCursor {
  protected pos = 0;
  protected readonly view: DataView;

  constructor(
    protected readonly buf: Uint8Array,
    protected readonly file: string,
  ) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  protected fail(why: string): never {
    throw new CorruptFileError(this.file, `${why} (at byte ${this.pos} of ${this.buf.length}).`);
  }

  protected need(n: number): number {
    if (!Number.isSafeInteger(n) || n < 0 || this.pos + n > this.buf.length) {
      this.fail(`truncated pickle: needs ${n} more bytes`);
    }
    const at = this.pos;
    this.pos += n;
    return at;
  }

  protected take(n: number): Uint8Array {
    const at = this.need(n);
    return this.buf.subarray(at, at + n);
  }

  protected u8(): number {
    return this.buf[this.need(1)];
  }
  protected u16(): number {
    return this.view.getUint16(this.need(2), true);
  }
  protected u32(): number {
    return this.view.getUint32(this.need(4), true);
  }
  protected u64(): number {
    const at = this.need(8);
    const v = this.view.getBigUint64(at, true);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) this.fail('length field out of range');
    return Number(v);
  }

  protected line(): string {
    const end = this.buf.indexOf(0x0a, this.pos);
    if (end < 0) this.fail('truncated pickle: unterminated text field');
    const s = latin1String(this.buf.subarray(this.pos, end));
    this.pos = end + 1;
    return s;
  }

  protected utf8(n: number): string {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(this.take(n));
    } catch (e) {
      if (e instanceof CorruptFileError) throw e;
      return this.fail('a unicode string is not valid UTF-8');
    }
  }
}

/** Decodes bytes one char per byte (latin1), how Python 3 reads Python 2 byte strings. */
export function latin1String(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}
