import { CorruptFileError } from '../../../errors';
import { NdArray, parseDescr, type NumpyDType } from './ndarray';
import type { PickleValue } from './py-types';

/** A numpy dtype while it is being unpickled (`numpy.dtype(descr)` then BUILD with its state). */
export class PendingDType {
  bigEndian: boolean;
  constructor(
    readonly dtype: NumpyDType,
    bigEndian: boolean,
  ) {
    this.bigEndian = bigEndian;
  }
}

/** An empty numpy array made by `_reconstruct`, waiting for BUILD to give it shape and data. */
export class PendingArray {}

/**
 * An allow-listed Python callable or class. Calling it never runs anything from the file: each
 * one is a small constructor written here that checks its arguments.
 */
export class PyGlobal {
  constructor(
    readonly module: string,
    readonly name: string,
    readonly call: ((args: readonly PickleValue[], file: string) => unknown) | null,
  ) {}
}

type Caller = (args: readonly PickleValue[], file: string) => unknown;

const bad = (file: string, what: string): never => {
  throw new CorruptFileError(file, `malformed pickle: ${what}.`);
};

const toBytes = (v: unknown, file: string, what: string): Uint8Array => {
  if (v instanceof Uint8Array) return v;
  if (typeof v === 'string') return latin1Bytes(v, file);
  return bad(file, `${what} is not a byte string`);
};

/** Bytes of a latin1-decoded string (how Python 3 reads Python 2 byte strings). */
export function latin1Bytes(s: string, file: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 255) bad(file, 'a latin1 byte string holds a character above U+00FF');
    out[i] = c;
  }
  return out;
}

const dtypeOf = (v: unknown, file: string): PendingDType => {
  if (v instanceof PendingDType) return v;
  if (typeof v === 'string' || v instanceof Uint8Array) return makeDType([v], file);
  return bad(file, 'expected a numpy dtype');
};

const shapeOf = (v: unknown, file: string): number[] => {
  if (typeof v === 'number') v = [v];
  if (!Array.isArray(v) || !v.every((d) => typeof d === 'number' && Number.isSafeInteger(d) && d >= 0)) {
    return bad(file, 'a numpy shape is not a tuple of non-negative integers');
  }
  return v as number[];
};

function makeDType(args: readonly PickleValue[], file: string): PendingDType {
  const raw = args[0];
  const descr = raw instanceof Uint8Array ? String.fromCharCode(...raw) : raw;
  if (typeof descr !== 'string') return bad(file, 'numpy.dtype expects a type string');
  const parsed = parseDescr(descr);
  if (!parsed) {
    throw new CorruptFileError(file, `numpy dtype '${descr}' is not supported (supported: bool, int8–64, uint8–64, float16/32/64).`);
  }
  return new PendingDType(parsed.dtype, parsed.bigEndian);
}

/** Applies numpy.dtype's BUILD state `(version, byteorder, subarray, names, fields, ...)`. */
export function buildDType(dt: PendingDType, state: unknown, file: string): void {
  if (!Array.isArray(state) || state.length < 2) return bad(file, 'numpy dtype state is not a tuple');
  const order = state[1] instanceof Uint8Array ? String.fromCharCode(...state[1]) : state[1];
  if (order === '>') dt.bigEndian = true;
  else if (order === '<' || order === '|' || order === '=') dt.bigEndian = false;
  else bad(file, `numpy dtype byte order '${String(order)}'`);
  const fields = state.length >= 5 ? state[4] : null;
  if (state[2] !== null && state[2] !== undefined) bad(file, 'numpy sub-array dtypes are not supported');
  if (fields !== null && fields !== undefined) bad(file, 'numpy structured dtypes are not supported');
}

/** Applies ndarray's BUILD state `(version, shape, dtype, isFortran, rawdata)` to make the array. */
export function buildArray(state: unknown, file: string): NdArray {
  if (!Array.isArray(state) || (state.length !== 5 && state.length !== 4)) return bad(file, 'numpy array state is not a 4- or 5-tuple');
  const [shapeV, dtypeV, fortranV, raw] = state.length === 5 ? state.slice(1) : state;
  const shape = shapeOf(shapeV, file);
  const dt = dtypeOf(dtypeV, file);
  if (Array.isArray(raw)) return bad(file, 'numpy object arrays are not supported');
  const bytes = toBytes(raw, file, 'numpy array data');
  const fortran = fortranV === true || fortranV === 1;
  const arr = NdArray.fromBytes(dt.dtype, fortran ? [...shape].reverse() : shape, bytes, dt.bigEndian, file);
  return fortran ? fortranToC(arr, shape) : arr;
}

/** Reorders a Fortran-ordered array (read as C order of the reversed shape) into C order. */
function fortranToC(arr: NdArray, shape: number[]): NdArray {
  const src = arr.data;
  const out = new (src.constructor as new (n: number) => typeof src)(src.length);
  const n = shape.length;
  const fStrides = new Array<number>(n);
  let s = 1;
  for (let d = 0; d < n; d++) {
    fStrides[d] = s;
    s *= shape[d];
  }
  const idx = new Array<number>(n).fill(0);
  for (let i = 0; i < out.length; i++) {
    let off = 0;
    for (let d = 0; d < n; d++) off += idx[d] * fStrides[d];
    out[i] = src[off];
    for (let d = n - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
  return new NdArray(arr.dtype, shape, out);
}

const reconstruct: Caller = (args, file) => {
  const cls = args[0];
  if (!(cls instanceof PyGlobal) || cls.name !== 'ndarray') bad(file, '_reconstruct is only allowed for numpy.ndarray');
  return new PendingArray();
};

const frombuffer: Caller = (args, file) => {
  const [buf, dt, shapeV, order] = args;
  const shape = shapeOf(shapeV, file);
  const d = dtypeOf(dt, file);
  const fortran = order === 'F';
  const arr = NdArray.fromBytes(d.dtype, fortran ? [...shape].reverse() : shape, toBytes(buf, file, '_frombuffer data'), d.bigEndian, file);
  return fortran ? fortranToC(arr, shape) : arr;
};

const scalar: Caller = (args, file) => {
  const d = dtypeOf(args[0], file);
  if (Array.isArray(args[1])) bad(file, 'numpy object scalars are not supported');
  return NdArray.fromBytes(d.dtype, [], toBytes(args[1], file, 'numpy scalar data'), d.bigEndian, file);
};

const codecsEncode: Caller = (args, file) => {
  const [text, encoding] = args;
  if (typeof text !== 'string') return bad(file, '_codecs.encode expects a string');
  const enc = typeof encoding === 'string' ? encoding.toLowerCase().replace(/[-_]/g, '') : '';
  if (enc !== 'latin1' && enc !== 'iso88591') bad(file, `_codecs.encode with encoding '${String(encoding)}' (only latin1 is allowed)`);
  return latin1Bytes(text, file);
};

const iterableItems = (v: unknown, file: string, what: string): PickleValue[] => {
  if (v === undefined) return [];
  if (Array.isArray(v)) return [...v];
  if (v instanceof Set) return [...v];
  if (v instanceof Uint8Array) return [...v];
  return bad(file, `${what} expects a list or tuple`);
};

const orderedDict: Caller = (args, file) => {
  const map = new Map<PickleValue, PickleValue>();
  for (const pair of iterableItems(args[0], file, 'OrderedDict')) {
    if (!Array.isArray(pair) || pair.length !== 2) bad(file, 'OrderedDict items must be pairs');
    map.set((pair as PickleValue[])[0], (pair as PickleValue[])[1]);
  }
  return map;
};

/**
 * `eval` is never called. Paddle 2.1 pickled a LoDTensor as `eval('data', {'data': ndarray})`;
 * exactly that shape of call is recognised and gives back the array, everything else is refused.
 */
const paddleLodTensor: Caller = (args, file) => {
  const [expr, scope] = args;
  if (args.length === 2 && expr === 'data' && scope instanceof Map && scope.size === 1 && scope.get('data') instanceof NdArray) {
    return scope.get('data');
  }
  return bad(file, "builtins.eval is only accepted as Paddle's eval('data', {'data': ndarray})");
};

const BUILTINS: Record<string, Caller> = {
  tuple: (args, file) => Object.freeze(iterableItems(args[0], file, 'tuple')),
  list: (args, file) => iterableItems(args[0], file, 'list'),
  set: (args, file) => new Set(iterableItems(args[0], file, 'set')),
  frozenset: (args, file) => new Set(iterableItems(args[0], file, 'frozenset')),
  bytes: (args, file) => (args.length === 0 ? new Uint8Array(0) : Uint8Array.from(iterableItems(args[0], file, 'bytes') as number[])),
  bytearray: (args, file) => (args.length === 0 ? new Uint8Array(0) : toBytes(args[0], file, 'bytearray')),
  eval: paddleLodTensor,
};

const NUMPY: Record<string, Caller | null> = {
  'multiarray._reconstruct': reconstruct,
  'multiarray.scalar': scalar,
  'numeric._frombuffer': frombuffer,
};

/**
 * Resolves `module.name` against the allow-list, or throws. Python 2 names (`__builtin__`,
 * `copy_reg`) and numpy 2's `numpy._core` are mapped like Python 3 and numpy do.
 */
export function resolveGlobal(module: string, name: string, file: string): PyGlobal {
  const mod = module === '__builtin__' ? 'builtins' : module;
  let call: Caller | null | undefined;
  if (mod === 'builtins' && Object.hasOwn(BUILTINS, name)) call = BUILTINS[name];
  else if (mod === '_codecs' && name === 'encode') call = codecsEncode;
  else if (mod === 'collections' && name === 'OrderedDict') call = orderedDict;
  else if (mod === 'numpy' && name === 'dtype') call = makeDType;
  else if (mod === 'numpy' && name === 'ndarray') call = null;
  else {
    const m = /^numpy\.(?:_?core)\.(multiarray|numeric)$/.exec(mod);
    const key = m ? `${m[1]}.${name}` : '';
    if (m && Object.hasOwn(NUMPY, key)) call = NUMPY[key];
  }
  if (call === undefined) {
    throw new CorruptFileError(
      file,
      `the Python global '${module}.${name}' is not allowed: only numpy arrays and dtypes, ` +
        `builtin containers, collections.OrderedDict and _codecs.encode are read, and nothing in a pickle is ever executed.`,
    );
  }
  return new PyGlobal(mod, name, call);
}

