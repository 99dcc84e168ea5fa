import * as tf from '@tensorflow/tfjs-core';
import { unzipSync } from 'fflate';
import { CorruptFileError } from '../../../errors';
import { readPickle } from '../../../io/formats/pickle/reader';
import { isTuple, type PickleValue } from '../../../io/formats/pickle/py-types';

/** A PyTorch storage dtype (the legacy `torch.*Storage` name in the pickle) and its byte size. */
const STORAGES: Record<string, { bytes: number; read: (b: ArrayBuffer, n: number) => ArrayLike<number> | BigInt64Array }> = {
  FloatStorage: { bytes: 4, read: (b, n) => new Float32Array(b, 0, n) },
  DoubleStorage: { bytes: 8, read: (b, n) => new Float64Array(b, 0, n) },
  IntStorage: { bytes: 4, read: (b, n) => new Int32Array(b, 0, n) },
  LongStorage: { bytes: 8, read: (b, n) => new BigInt64Array(b, 0, n) },
};

class Storage {
  constructor(readonly kind: string, readonly data: ArrayLike<number> | BigInt64Array) {}
}

/** A tensor as PyTorch pickles it: a view (offset, size, stride) of a storage. */
class TorchTensor {
  constructor(readonly storage: Storage, readonly offset: number, readonly size: number[], readonly stride: number[]) {}

  /** Copies the view out in row-major order (any strides). */
  values(): { data: Float32Array | Int32Array; dtype: 'float32' | 'int32' } {
    const n = this.size.reduce((a, b) => a * b, 1);
    const isInt = this.storage.kind === 'LongStorage' || this.storage.kind === 'IntStorage';
    const out = isInt ? new Int32Array(n) : new Float32Array(n);
    const src = this.storage.data;
    const idx = new Array<number>(this.size.length).fill(0);
    for (let i = 0; i < n; i++) {
      let p = this.offset;
      for (let d = 0; d < idx.length; d++) p += idx[d] * this.stride[d];
      out[i] = Number(src[p]);
      for (let d = idx.length - 1; d >= 0; d--) {
        if (++idx[d] < this.size[d]) break;
        idx[d] = 0;
      }
    }
    return { data: out, dtype: isInt ? 'int32' : 'float32' };
  }
}

const ints = (v: unknown, what: string, file: string): number[] => {
  if (!isTuple(v) && !Array.isArray(v)) throw new CorruptFileError(file, `PyTorch ${what} is not a tuple.`);
  return (v as unknown[]).map((x) => Number(x));
};

/** Whether `bytes` is a zip archive (PyTorch ≥ 1.6 `torch.save` files are). */
export function isTorchZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Reads a PyTorch `torch.save` zip checkpoint of a state dict (`archive/data.pkl` plus one file
 * per storage in `archive/data/<key>`) with the safe pickle reader: the only globals accepted
 * are `torch._utils._rebuild_tensor_v2`, the `torch.*Storage` types and
 * `collections.OrderedDict`; nothing in the file is executed.
 *
 * @param bytes - the file's bytes
 * @param file - names the file in error messages
 * @returns the tensors by PyTorch name, in file order (the caller disposes them)
 * @throws {@link CorruptFileError} for a file that is not such a checkpoint
 */
export function readTorchStateDict(bytes: Uint8Array, file: string): Map<string, tf.Tensor> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (e) {
    throw new CorruptFileError(file, `not a readable zip archive (${(e as Error).message}).`, { cause: e });
  }
  const pkl = Object.keys(entries).find((k) => k.endsWith('data.pkl'));
  if (!pkl) throw new CorruptFileError(file, 'a PyTorch checkpoint zip holds data.pkl, which is missing.');
  const prefix = pkl.slice(0, -'data.pkl'.length);
  const storages = new Map<string, Storage>();
  const persistentLoad = (pid: PickleValue): Storage => {
    if (!isTuple(pid) || pid[0] !== 'storage') throw new CorruptFileError(file, 'unknown persistent ID (expected a storage).');
    const [, type, key, , numel] = pid as unknown[];
    const kind = (type as { name?: string }).name ?? '';
    const spec = STORAGES[kind];
    if (!spec) throw new CorruptFileError(file, `storage type torch.${kind} is not supported (float32/64, int32/64 are).`);
    const k = String(key);
    let s = storages.get(k);
    if (!s) {
      const raw = entries[`${prefix}data/${k}`];
      const n = Number(numel);
      if (!raw || raw.length < n * spec.bytes) throw new CorruptFileError(file, `storage data/${k} is missing or short.`);
      s = new Storage(kind, spec.read(raw.slice(0, n * spec.bytes).buffer, n));
      storages.set(k, s);
    }
    return s;
  };
  const globals = (module: string, name: string) => {
    if (module === 'torch' && name in STORAGES) return () => ({ name });
    if (module === 'torch._utils' && name === '_rebuild_tensor_v2') {
      return (args: readonly PickleValue[]) => new TorchTensor(args[0] as unknown as Storage, Number(args[1]), ints(args[2], 'size', file), ints(args[3], 'stride', file));
    }
    return undefined;
  };
  // A storage type (torch.FloatStorage) is pushed as a global and never called: persistentLoad
  // reads its name. The state dict's `_metadata` attribute (versions per module) is dropped.
  const root = readPickle(entries[pkl], { file, persistentLoad, globals, dictAttributes: 'drop' });
  const items = root instanceof Map ? [...root.entries()] : root && typeof root === 'object' ? Object.entries(root) : null;
  if (!items) throw new CorruptFileError(file, 'the checkpoint does not hold a state dict.');
  const out = new Map<string, tf.Tensor>();
  for (const [k, v] of items) {
    if (!(v instanceof TorchTensor)) continue;
    const { data, dtype } = v.values();
    out.set(String(k), tf.tensor(data, v.size, dtype));
  }
  return out;
}
