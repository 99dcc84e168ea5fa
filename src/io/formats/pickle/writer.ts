import { InvalidArgumentError } from '../../../errors';
import { NdArray, byteOrderOf, descrOf } from './ndarray';
import { OP } from './opcodes';

/**
 * A JS value the pickle writer accepts: `null`/`undefined` → `None`, `boolean` → `bool`, a
 * `number` → `int` when it is an integer else `float` (wrap it in {@link pyFloat} to force a
 * float), `bigint` → `int`, `string` → `str`, {@link NdArray} → `numpy.ndarray`, array → `list`,
 * frozen array (see {@link tuple}) → `tuple`, `Map` or plain object → `dict`.
 * @category Checkpoint
 */
export type PickleInput =
  | null
  | undefined
  | boolean
  | number
  | bigint
  | string
  | PyFloat
  | NdArray
  | readonly PickleInput[]
  | Map<PickleInput, PickleInput>
  | { [key: string]: PickleInput };

/**
 * A number the writer must store as a Python `float` even when it is whole (e.g. a learning rate of 1).
 * @category Checkpoint
 */
export class PyFloat {
  constructor(readonly value: number) {}
}

/**
 * Marks `value` to be pickled as a Python float.
 * @example
 * ```ts
 * writePickle({ lr: pyFloat(1) }); // {'lr': 1.0}
 * ```
 * @category Checkpoint
 */
export function pyFloat(value: number): PyFloat {
  return new PyFloat(value);
}

/**
 * Options of {@link writePickle}.
 * @category Checkpoint
 */
export interface WritePickleOptions {
  /**
   * Pickle protocol: 2 (Python 2 and 3; bytes via `_codecs.encode`) or 4 (Python ≥ 3.4, Paddle's default).
   * @defaultValue 4
   */
  protocol?: 2 | 4;
}

const enc = new TextEncoder();

/**
 * Writes a pickle that Python's `pickle.load` (and so `paddle.load`) reads, with numpy arrays as
 * `numpy.core.multiarray._reconstruct` + BUILD — the way `paddle.save` writes a state dict (a
 * dict of numpy arrays).
 *
 * @param value - nested dicts, lists, tuples, numbers, strings and {@link NdArray}s
 * @param options - see {@link WritePickleOptions}
 * @returns the pickle's bytes
 * @throws InvalidArgumentError for a value that has no Python counterpart (a function, a typed
 *   array not wrapped in an NdArray, a cycle) or a bad protocol
 * @example
 * ```ts
 * const bytes = writePickle({ 'fc.weight': new NdArray('float32', [2], new Float32Array([1, 2])) });
 * fs.writeFileSync('model.pdparams', bytes); // paddle.load('model.pdparams') in Python
 * ```
 * @category Checkpoint
 */
export function writePickle(value: PickleInput, options: WritePickleOptions = {}): Uint8Array {
  const protocol = options.protocol ?? 4;
  if (protocol !== 2 && protocol !== 4) throw new InvalidArgumentError('protocol', '2 or 4', protocol, 'writePickle');
  const w = new Writer(protocol);
  w.byte(OP.PROTO, protocol);
  w.save(value, 0);
  w.byte(OP.STOP);
  return w.result();
}

const MAX_DEPTH = 1000;

class Writer {
  private chunks: Uint8Array[] = [];
  private cur = new Uint8Array(1 << 16);
  private len = 0;
  private readonly globals = new Map<string, number>();
  private memoSize = 0;
  private readonly path = new Set<object>();

  constructor(private readonly protocol: 2 | 4) {}

  private ensure(n: number): void {
    if (this.len + n <= this.cur.length) return;
    this.chunks.push(this.cur.subarray(0, this.len));
    this.cur = new Uint8Array(Math.max(1 << 16, n));
    this.len = 0;
  }

  byte(...bs: number[]): void {
    this.ensure(bs.length);
    for (const b of bs) this.cur[this.len++] = b;
  }

  raw(bytes: Uint8Array): void {
    if (bytes.length > 1 << 20) {
      this.chunks.push(this.cur.subarray(0, this.len), bytes);
      this.cur = new Uint8Array(1 << 16);
      this.len = 0;
      return;
    }
    this.ensure(bytes.length);
    this.cur.set(bytes, this.len);
    this.len += bytes.length;
  }

  private u32(n: number): void {
    this.byte(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff);
  }

  private u64(n: number): void {
    this.u32(n >>> 0);
    this.u32(Math.floor(n / 2 ** 32));
  }

  result(): Uint8Array {
    this.chunks.push(this.cur.subarray(0, this.len));
    const total = this.chunks.reduce((a, c) => a + c.length, 0);
    const out = new Uint8Array(total);
    let off = 0;
    for (const c of this.chunks) {
      out.set(c, off);
      off += c.length;
    }
    return out;
  }

  private str(s: string): void {
    this.utf8Raw(enc.encode(s));
  }

  private utf8Raw(b: Uint8Array): void {
    if (this.protocol >= 4 && b.length < 256) this.byte(OP.SHORT_BINUNICODE, b.length);
    else if (b.length < 2 ** 32) {
      this.byte(OP.BINUNICODE);
      this.u32(b.length);
    } else {
      this.byte(OP.BINUNICODE8);
      this.u64(b.length);
    }
    this.raw(b);
  }

  private bytes(b: Uint8Array): void {
    if (this.protocol === 2) {
      // Python 3 writes bytes under protocol 2 as _codecs.encode(latin1 text, 'latin1'); the text
      // goes out as UTF-8, made here straight from the bytes (no 2-byte-per-char JS string).
      this.global('_codecs', 'encode');
      this.utf8Raw(latin1ToUtf8(b));
      this.str('latin1');
      this.byte(OP.TUPLE2, OP.REDUCE);
      return;
    }
    if (b.length < 256) this.byte(OP.SHORT_BINBYTES, b.length);
    else if (b.length < 2 ** 32) {
      this.byte(OP.BINBYTES);
      this.u32(b.length);
    } else {
      this.byte(OP.BINBYTES8);
      this.u64(b.length);
    }
    this.raw(b);
  }

  private int(v: number | bigint): void {
    if (typeof v === 'number' && v >= 0 && v < 256) this.byte(OP.BININT1, v);
    else if (typeof v === 'number' && v >= 0 && v < 65536) this.byte(OP.BININT2, v & 0xff, v >> 8);
    else if (typeof v === 'number' && v >= -(2 ** 31) && v < 2 ** 31) {
      this.byte(OP.BININT);
      this.u32(v >>> 0);
    } else {
      // LONG1: little-endian two's complement, as few bytes as hold the sign.
      let x = BigInt(v);
      const out: number[] = [];
      for (;;) {
        out.push(Number(x & 0xffn));
        x >>= 8n;
        const signBit = out[out.length - 1] & 0x80;
        if ((x === 0n && !signBit) || (x === -1n && signBit)) break;
      }
      this.byte(OP.LONG1, out.length, ...out);
    }
  }

  private float(v: number): void {
    this.byte(OP.BINFLOAT);
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, v, false);
    this.raw(b);
  }

  private global(module: string, name: string): void {
    const key = `${module}\n${name}`;
    const memo = this.globals.get(key);
    if (memo !== undefined) {
      this.byte(OP.LONG_BINGET);
      this.u32(memo);
      return;
    }
    if (this.protocol >= 4) {
      this.str(module);
      this.str(name);
      this.byte(OP.STACK_GLOBAL, OP.MEMOIZE);
    } else {
      this.byte(OP.GLOBAL);
      this.raw(enc.encode(`${key}\n`));
      this.byte(OP.LONG_BINPUT);
      this.u32(this.memoSize);
    }
    this.globals.set(key, this.memoSize++);
  }

  private ndarray(a: NdArray): void {
    // numpy.core.multiarray._reconstruct(numpy.ndarray, (0,), b'b'), then BUILD
    // (1, shape, dtype, False, rawdata) — exactly what ndarray.__reduce__ gives.
    this.global('numpy.core.multiarray', '_reconstruct');
    this.global('numpy', 'ndarray');
    this.byte(OP.BININT1, 0, OP.TUPLE1);
    this.bytes(new Uint8Array([0x62]));
    this.byte(OP.TUPLE3, OP.REDUCE);
    this.byte(OP.MARK, OP.BININT1, 1);
    this.byte(OP.MARK);
    for (const d of a.shape) this.int(d);
    this.byte(OP.TUPLE);
    this.global('numpy', 'dtype');
    this.str(descrOf(a.dtype));
    this.byte(OP.NEWFALSE, OP.NEWTRUE, OP.TUPLE3, OP.REDUCE);
    this.byte(OP.MARK, OP.BININT1, 3);
    this.str(byteOrderOf(a.dtype));
    this.byte(OP.NONE, OP.NONE, OP.NONE);
    this.int(-1);
    this.int(-1);
    this.int(0);
    this.byte(OP.TUPLE, OP.BUILD);
    this.byte(OP.NEWFALSE);
    this.bytes(a.bytes());
    this.byte(OP.TUPLE, OP.BUILD);
  }

  save(v: PickleInput, depth: number): void {
    if (depth > MAX_DEPTH) throw new InvalidArgumentError('value', `nesting at most ${MAX_DEPTH} deep`, v, 'writePickle');
    if (v === null || v === undefined) return this.byte(OP.NONE);
    if (typeof v === 'boolean') return this.byte(v ? OP.NEWTRUE : OP.NEWFALSE);
    if (typeof v === 'number') return Number.isSafeInteger(v) && !Object.is(v, -0) ? this.int(v) : this.float(v);
    if (typeof v === 'bigint') return this.int(v);
    if (typeof v === 'string') return this.str(v);
    if (v instanceof PyFloat) return this.float(v.value);
    if (v instanceof NdArray) return this.ndarray(v);
    if (typeof v !== 'object' || ArrayBuffer.isView(v)) {
      throw new InvalidArgumentError('value', 'nested dicts, lists, tuples, numbers, strings and NdArrays (wrap typed arrays in an NdArray)', v, 'writePickle');
    }
    if (this.path.has(v)) throw new InvalidArgumentError('value', 'a tree without cycles', v, 'writePickle');
    this.path.add(v);
    if (Array.isArray(v)) this.sequence(v, depth);
    else if (v instanceof Map) this.dict(v.entries(), depth);
    else if (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null) this.dict(Object.entries(v), depth);
    else {
      this.path.delete(v);
      throw new InvalidArgumentError('value', 'a plain object, Map, array or NdArray', v, 'writePickle');
    }
    this.path.delete(v);
  }

  private sequence(v: readonly PickleInput[], depth: number): void {
    const isTuple = Object.isFrozen(v);
    if (isTuple && v.length === 0) return this.byte(OP.EMPTY_TUPLE);
    if (isTuple && v.length <= 3) {
      for (const x of v) this.save(x, depth + 1);
      return this.byte(OP.TUPLE1 + v.length - 1);
    }
    if (isTuple) {
      this.byte(OP.MARK);
      for (const x of v) this.save(x, depth + 1);
      return this.byte(OP.TUPLE);
    }
    this.byte(OP.EMPTY_LIST);
    for (let i = 0; i < v.length; i += 1000) {
      this.byte(OP.MARK);
      for (const x of v.slice(i, i + 1000)) this.save(x, depth + 1);
      this.byte(OP.APPENDS);
    }
  }

  private dict(entries: Iterable<[PickleInput, PickleInput]>, depth: number): void {
    this.byte(OP.EMPTY_DICT);
    let open = 0;
    for (const [k, val] of entries) {
      if (open === 0) this.byte(OP.MARK);
      this.save(k, depth + 1);
      this.save(val, depth + 1);
      if (++open === 1000) {
        this.byte(OP.SETITEMS);
        open = 0;
      }
    }
    if (open > 0) this.byte(OP.SETITEMS);
  }
}

/** UTF-8 encoding of the string whose char codes are `bytes` (what Python 3's protocol 2 stores for bytes). */
function latin1ToUtf8(bytes: Uint8Array): Uint8Array {
  let extra = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) extra++;
  if (extra === 0) return bytes;
  const out = new Uint8Array(bytes.length + extra);
  let j = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c < 0x80) out[j++] = c;
    else {
      out[j++] = 0xc0 | (c >> 6);
      out[j++] = 0x80 | (c & 0x3f);
    }
  }
  return out;
}
