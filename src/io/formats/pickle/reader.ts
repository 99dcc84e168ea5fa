import { CorruptFileError } from '../../../errors';
import { PendingArray, PendingDType, PyGlobal, buildArray, buildDType, resolveGlobal } from './globals';
import { ByteCursor, latin1String } from './byte-cursor';
import { OP } from './opcodes';
import type { PickleValue } from './py-types';

/**
 * Options of {@link readPickle}.
 * @category Checkpoint
 */
export interface ReadPickleOptions {
  /** Names the source in error messages. @defaultValue `'pickle'` */
  file?: string;
  /**
   * How Python 2 byte strings (`str` in a Python 2 pickle, e.g. the CIFAR archives) come back:
   * `'latin1'` as JS strings (lossless, numpy's advice), `'bytes'` as `Uint8Array`s. Either way,
   * ones longer than 64 KiB come back as `Uint8Array`s: in practice they are binary buffers (numpy
   * array data), and a 30 MB string round trip would cost seconds.
   * @defaultValue `'latin1'`
   */
  encoding?: 'latin1' | 'bytes';
  /** Largest number of nested open containers (MARKs) before the file is refused. @defaultValue 1000 */
  maxDepth?: number;
  /** Largest number of values on the unpickler's stack. @defaultValue 1_000_000 */
  maxStack?: number;
  /** Largest Python `int` in bytes (LONG1/LONG4). @defaultValue 64 */
  maxIntBytes?: number;
  /**
   * Resolves a persistent ID (BINPERSID), as Python's `Unpickler.persistent_load`; without it
   * persistent IDs are refused. PyTorch's zip checkpoints use them for tensor storages.
   */
  persistentLoad?: (pid: PickleValue) => unknown;
  /**
   * Extra allowed globals, consulted before the built-in allow-list: return a function that
   * builds the value from the REDUCE arguments, or undefined to fall through. Nothing is executed
   * that this function does not return.
   */
  globals?: (module: string, name: string) => ((args: readonly PickleValue[]) => unknown) | undefined;
  /** What to do with attributes set on a dict subclass (BUILD), e.g. a PyTorch state dict's `_metadata`. @defaultValue 'error' */
  dictAttributes?: 'error' | 'drop';
}

/** Python 2 strings longer than this are binary data in practice and stay bytes. */
const PY2_TEXT_MAX = 65536;
type Item = unknown;

/**
 * Reads a Python pickle (protocols 0–5 binary opcodes; in practice 2–5) safely: only an
 * allow-list of globals is accepted — numpy arrays (`numpy.core`/`numpy._core`
 * `multiarray._reconstruct`, `numeric._frombuffer`, `multiarray.scalar`, `numpy.dtype`),
 * builtin containers, `collections.OrderedDict`, `_codecs.encode` (Python 3's protocol-2 bytes)
 * — and nothing in the file is ever executed. It is how `.pdparams`/`.pdopt` checkpoints and the
 * CIFAR archives are read.
 *
 * @param bytes - the whole pickle
 * @param options - see {@link ReadPickleOptions}
 * @returns the unpickled value (see {@link PickleValue} for the mapping of Python types)
 * @throws CorruptFileError for a truncated or malformed pickle, a global outside the allow-list
 *   (e.g. `os.system`), an unsupported dtype, or input beyond the limits in `options`
 * @example
 * ```ts
 * const state = readPickle(fs.readFileSync('model.pdparams'), { file: 'model.pdparams' });
 * const weight = (state as Map<string, PickleValue>).get('fc.weight') as NdArray;
 * ```
 * @category Checkpoint
 */
export function readPickle(bytes: Uint8Array | ArrayBuffer, options: ReadPickleOptions = {}): PickleValue {
  return new Unpickler(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), options).load();
}

class Unpickler extends ByteCursor {
  private stack: Item[] = [];
  private readonly metastack: Item[][] = [];
  private readonly memo = new Map<number, Item>();
  private readonly pendingMemo = new Map<PendingArray, number[]>();
  private pendingCount = 0;
  private readonly encoding: 'latin1' | 'bytes';
  private readonly maxDepth: number;
  private readonly maxStack: number;
  private readonly maxIntBytes: number;

  constructor(buf: Uint8Array, options: ReadPickleOptions) {
    super(buf, options.file ?? 'pickle data');
    this.encoding = options.encoding ?? 'latin1';
    this.maxDepth = options.maxDepth ?? 1000;
    this.maxStack = options.maxStack ?? 1_000_000;
    this.maxIntBytes = options.maxIntBytes ?? 64;
    this.options = options;
  }

  private readonly options: ReadPickleOptions;

  private global(module: string, name: string): PyGlobal {
    const extra = this.options.globals?.(module, name);
    return extra ? new PyGlobal(module, name, (args) => extra(args)) : resolveGlobal(module, name, this.file);
  }

  private py2str(n: number): string | Uint8Array {
    const raw = this.take(n);
    return this.encoding === 'bytes' || n > PY2_TEXT_MAX ? raw.slice() : latin1String(raw);
  }

  private push(v: Item): void {
    if (this.stack.length >= this.maxStack) this.fail(`more than ${this.maxStack} values on the stack`);
    this.stack.push(v);
  }

  private pop(): Item {
    if (this.stack.length === 0) this.fail('stack underflow');
    return this.stack.pop();
  }

  private top(): Item {
    if (this.stack.length === 0) this.fail('stack underflow');
    return this.stack[this.stack.length - 1];
  }

  private popMark(): Item[] {
    if (this.metastack.length === 0) this.fail('no MARK to pop to');
    const items = this.stack;
    this.stack = this.metastack.pop()!;
    return items;
  }

  private memoPut(index: number): void {
    const v = this.top();
    this.memo.set(index, v);
    if (v instanceof PendingArray) this.pendingMemo.get(v)?.push(index);
  }

  private memoGet(index: number): void {
    if (!this.memo.has(index)) this.fail(`memo entry ${index} is missing`);
    this.push(this.memo.get(index));
  }

  private long(bytes: Uint8Array): number | bigint {
    if (bytes.length === 0) return 0;
    if (bytes.length > this.maxIntBytes) this.fail(`a Python int of ${bytes.length} bytes exceeds the limit of ${this.maxIntBytes}`);
    let v = 0n;
    for (let i = bytes.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]);
    if (bytes[bytes.length - 1] & 0x80) v -= 1n << BigInt(8 * bytes.length);
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  }

  private setItems(target: Item, items: Item[]): void {
    if (!(target instanceof Map)) this.fail('SETITEM(S) on something that is not a dict');
    if (items.length % 2 !== 0) this.fail('SETITEMS with an odd number of items');
    for (let i = 0; i < items.length; i += 2) target.set(items[i], items[i + 1]);
  }

  private appendItems(target: Item, items: Item[]): void {
    if (!Array.isArray(target) || Object.isFrozen(target)) this.fail('APPEND(S) on something that is not a list');
    for (const it of items) target.push(it);
  }

  private reduce(fn: Item, args: Item): Item {
    if (!(fn instanceof PyGlobal) || fn.call === null) this.fail('REDUCE on something that is not an allowed callable');
    if (!Array.isArray(args)) this.fail('REDUCE arguments are not a tuple');
    const out = fn.call(args as PickleValue[], this.file);
    if (out instanceof PendingArray) {
      this.pendingMemo.set(out, []);
      this.pendingCount++;
    }
    return out;
  }

  private build(state: Item): void {
    const obj = this.top();
    if (obj instanceof PendingDType) buildDType(obj, state, this.file);
    else if (obj instanceof PendingArray) {
      const arr = buildArray(state, this.file);
      this.stack[this.stack.length - 1] = arr;
      for (const i of this.pendingMemo.get(obj) ?? []) this.memo.set(i, arr);
      this.pendingMemo.delete(obj);
      this.pendingCount--;
    } else if (obj instanceof Map && state instanceof Map) {
      // A dict subclass's BUILD (OrderedDict's __dict__): only a state of plain items is accepted.
      if (state.size > 0 && this.options.dictAttributes !== 'drop') this.fail('BUILD with attributes on a dict');
    } else this.fail('BUILD on an object that takes no state');
  }

  load(): PickleValue {
    for (;;) {
      const op = this.u8();
      switch (op) {
        case OP.PROTO: {
          const v = this.u8();
          if (v > 5) this.fail(`unsupported pickle protocol ${v}`);
          break;
        }
        case OP.FRAME:
          this.u64();
          break;
        case OP.STOP: {
          const result = this.pop();
          if (this.pendingCount > 0) this.fail('a numpy array was never given its data (no BUILD)');
          return finish(result, this.file);
        }
        case OP.MARK:
          if (this.metastack.length >= this.maxDepth) this.fail(`nesting deeper than ${this.maxDepth}`);
          this.metastack.push(this.stack);
          this.stack = [];
          break;
        case OP.POP:
          if (this.stack.length > 0) this.stack.pop();
          else this.popMark();
          break;
        case OP.POP_MARK:
          this.popMark();
          break;
        case OP.DUP:
          this.push(this.top());
          break;
        case OP.NONE:
          this.push(null);
          break;
        case OP.NEWTRUE:
          this.push(true);
          break;
        case OP.NEWFALSE:
          this.push(false);
          break;
        case OP.BININT:
          this.push(this.view.getInt32(this.need(4), true));
          break;
        case OP.BININT1:
          this.push(this.u8());
          break;
        case OP.BININT2:
          this.push(this.u16());
          break;
        case OP.LONG1:
          this.push(this.long(this.take(this.u8())));
          break;
        case OP.LONG4: {
          const n = this.view.getInt32(this.need(4), true);
          if (n < 0) this.fail('negative LONG4 length');
          this.push(this.long(this.take(n)));
          break;
        }
        case OP.INT: {
          const s = this.line();
          if (s === '00') this.push(false);
          else if (s === '01') this.push(true);
          else this.push(this.textInt(s));
          break;
        }
        case OP.LONG:
          this.push(this.textInt(s2l(this.line())));
          break;
        case OP.BINFLOAT:
          this.push(this.view.getFloat64(this.need(8), false));
          break;
        case OP.FLOAT: {
          const v = Number(this.line());
          if (Number.isNaN(v)) this.fail('FLOAT is not a number');
          this.push(v);
          break;
        }
        case OP.BINUNICODE:
          this.push(this.utf8(this.u32()));
          break;
        case OP.SHORT_BINUNICODE:
          this.push(this.utf8(this.u8()));
          break;
        case OP.BINUNICODE8:
          this.push(this.utf8(this.u64()));
          break;
        case OP.BINSTRING: {
          const n = this.view.getInt32(this.need(4), true);
          if (n < 0) this.fail('negative BINSTRING length');
          this.push(this.py2str(n));
          break;
        }
        case OP.SHORT_BINSTRING:
          this.push(this.py2str(this.u8()));
          break;
        case OP.BINBYTES:
          this.push(this.take(this.u32()).slice());
          break;
        case OP.SHORT_BINBYTES:
          this.push(this.take(this.u8()).slice());
          break;
        case OP.BINBYTES8:
        case OP.BYTEARRAY8:
          this.push(this.take(this.u64()).slice());
          break;
        case OP.EMPTY_LIST:
          this.push([]);
          break;
        case OP.LIST:
          this.push(this.popMark());
          break;
        case OP.APPEND: {
          const v = this.pop();
          this.appendItems(this.top(), [v]);
          break;
        }
        case OP.APPENDS: {
          const items = this.popMark();
          this.appendItems(this.top(), items);
          break;
        }
        case OP.EMPTY_TUPLE:
          this.push(Object.freeze([]));
          break;
        case OP.TUPLE:
          this.push(Object.freeze(this.popMark()));
          break;
        case OP.TUPLE1:
        case OP.TUPLE2:
        case OP.TUPLE3: {
          const n = op - OP.TUPLE1 + 1;
          if (this.stack.length < n) this.fail('stack underflow');
          this.stack.push(Object.freeze(this.stack.splice(this.stack.length - n, n)));
          break;
        }
        case OP.EMPTY_DICT:
          this.push(new Map());
          break;
        case OP.DICT: {
          const m = new Map();
          this.setItems(m, this.popMark());
          this.push(m);
          break;
        }
        case OP.SETITEM: {
          const v = this.pop();
          const k = this.pop();
          this.setItems(this.top(), [k, v]);
          break;
        }
        case OP.SETITEMS: {
          const items = this.popMark();
          this.setItems(this.top(), items);
          break;
        }
        case OP.EMPTY_SET:
          this.push(new Set());
          break;
        case OP.ADDITEMS: {
          const items = this.popMark();
          const s = this.top();
          if (!(s instanceof Set)) this.fail('ADDITEMS on something that is not a set');
          for (const it of items) s.add(it);
          break;
        }
        case OP.FROZENSET:
          this.push(new Set(this.popMark()));
          break;
        case OP.GLOBAL: {
          const module = this.line();
          const name = this.line();
          this.push(this.global(module, name));
          break;
        }
        case OP.STACK_GLOBAL: {
          const name = this.pop();
          const module = this.pop();
          if (typeof module !== 'string' || typeof name !== 'string') this.fail('STACK_GLOBAL needs two strings');
          this.push(this.global(module as string, name as string));
          break;
        }
        case OP.REDUCE: {
          const args = this.pop();
          const fn = this.pop();
          this.push(this.reduce(fn, args));
          break;
        }
        case OP.NEWOBJ: {
          const args = this.pop();
          const cls = this.pop();
          this.push(this.reduce(cls, args));
          break;
        }
        case OP.BUILD:
          this.build(this.pop());
          break;
        case OP.PUT:
          this.memoPut(this.textIndex());
          break;
        case OP.BINPUT:
          this.memoPut(this.u8());
          break;
        case OP.LONG_BINPUT:
          this.memoPut(this.u32());
          break;
        case OP.MEMOIZE:
          this.memoPut(this.memo.size);
          break;
        case OP.GET:
          this.memoGet(this.textIndex());
          break;
        case OP.BINGET:
          this.memoGet(this.u8());
          break;
        case OP.LONG_BINGET:
          this.memoGet(this.u32());
          break;
        case OP.BINPERSID:
          if (!this.options.persistentLoad) return this.fail('persistent IDs (e.g. PyTorch storages) are not supported');
          this.push(this.options.persistentLoad(this.pop() as PickleValue));
          break;
        case OP.PERSID:
          return this.fail('persistent IDs (e.g. PyTorch storages) are not supported');
        case OP.NEXT_BUFFER:
        case OP.READONLY_BUFFER:
          return this.fail('out-of-band buffers (protocol 5) are not supported');
        case OP.INST:
        case OP.OBJ:
        case OP.NEWOBJ_EX:
        case OP.EXT1:
        case OP.EXT2:
        case OP.EXT4:
          return this.fail(`opcode 0x${op.toString(16)} builds arbitrary objects and is not allowed`);
        default:
          return this.fail(`unknown or unsupported opcode 0x${op.toString(16)} — not a pickle, or a protocol-0 text pickle`);
      }
    }
  }

  private textInt(s: string): number | bigint {
    if (!/^[+-]?\d+$/.test(s)) this.fail(`bad integer '${s.slice(0, 20)}'`);
    if (s.length > this.maxIntBytes * 3) this.fail('integer too long');
    const v = BigInt(s);
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  }

  private textIndex(): number {
    const s = this.line();
    if (!/^\d+$/.test(s)) this.fail(`bad memo index '${s.slice(0, 20)}'`);
    return Number(s);
  }
}

function s2l(s: string): string {
  return s.endsWith('L') ? s.slice(0, -1) : s;
}


/** Refuses results that still hold unpickler internals (a bare dtype or class is fine to drop). */
function finish(result: Item, file: string): PickleValue {
  if (result instanceof PendingArray) throw new CorruptFileError(file, 'malformed pickle: an unfinished numpy array.');
  if (result instanceof PendingDType) throw new CorruptFileError(file, 'the pickle holds a bare numpy dtype, not data.');
  if (result instanceof PyGlobal) throw new CorruptFileError(file, `the pickle holds a bare reference to ${result.module}.${result.name}, not data.`);
  return result as PickleValue;
}

