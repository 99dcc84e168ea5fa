import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { defineSignature, resolveArgs } from '../../framework/args';
import { writePickle } from '../formats/pickle';
import { toPickleInput } from './convert';
import { parseTarget, writeBytes } from './storage';

/** Options of {@link save}. @category Checkpoint */
export interface SaveOptions {
  /** Pickle protocol (Paddle writes 4; 2 for Python 2 readers). @defaultValue 4 */
  protocol?: 2 | 4;
}

/** All of {@link save}'s arguments by name: Paddle's keyword form. @category Checkpoint */
export interface SaveFileArgs extends SaveOptions {
  /** What to save: e.g. `net.stateDict()`. */
  obj: unknown;
  /** Where to save it. */
  path: string;
}

// A plain object first is the object to save (a state dict, a nest) unless it is exactly the
// keyword form: it names `path` as a string and only save's own keys.
const isKeywordForm = (v: Record<string, unknown>) =>
  typeof v.path === 'string' && Object.keys(v).every((k) => k === 'obj' || k === 'path' || k === 'protocol');
const SIGNATURE = defineSignature('save', ['obj', 'path', 'protocol'], { required: 2, records: { obj: (v) => !isKeywordForm(v) } });

const isStateDict = (obj: unknown): obj is Record<string, unknown> =>
  obj !== null && typeof obj === 'object' && !Array.isArray(obj) && !(obj instanceof tf.Tensor) &&
  Object.values(obj).every((v) => v instanceof tf.Tensor || (v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof tf.Tensor)));

/**
 * The pickle bytes of `obj` as Paddle's `paddle.save` writes them: tensors become numpy arrays;
 * a state dict (an object of tensors) also gets Paddle's `StructuredToParameterName@@` table.
 * @internal
 */
export function pickleObject(obj: unknown, protocol: 2 | 4 = 4): Uint8Array {
  let value = obj;
  if (isStateDict(obj) && Object.values(obj).some((v) => v instanceof tf.Tensor)) {
    const names: Record<string, string> = {};
    for (const [k, v] of Object.entries(obj)) if (v instanceof tf.Tensor) names[k] = v instanceof tf.Variable ? v.name : k;
    value = { ...obj, 'StructuredToParameterName@@': names };
  }
  const floatKey = (k: string) => /(^|_)lr$|learning_rate|^last_lr$/.test(k);
  return writePickle(toPickleInput(value, floatKey), { protocol });
}

/**
 * Saves any nest of tensors, numbers, strings, lists and objects to `path` as a Python pickle,
 * like `paddle.save` — readable by Python's `paddle.load` and `pickle.load` (numpy arrays).
 * Files are written atomically (a temporary file, then a rename).
 *
 * `obj` is e.g. `net.stateDict()` or `{ epoch: 3, weights: [t1, t2] }`; `path` a file path (Node),
 * `indexeddb://name` or `downloads://name` (browser).
 * @throws {@link index!UnsupportedError} for a target this runtime cannot write
 * @example
 * ```ts
 * await paddle.save(net.stateDict(), 'lenet.pdparams');
 * await paddle.save({ obj: net.stateDict(), path: 'lenet.pdparams' }); // Paddle: paddle.save(obj=sd, path='lenet.pdparams')
 * ```
 * @category Checkpoint
 */
export async function save(args: SaveFileArgs): Promise<void>;
export async function save(obj: unknown, path: string, options?: SaveOptions): Promise<void>;
export async function save(obj: unknown, path: string, protocol?: 2 | 4): Promise<void>;
export async function save(...args: unknown[]): Promise<void> {
  const { obj, path, protocol = 4 } = resolveArgs<SaveFileArgs>(SIGNATURE, args);
  if (typeof path !== 'string' || path === '') throw new InvalidArgumentError('path', 'a non-empty string', path, 'save');
  if (protocol !== 2 && protocol !== 4) throw new InvalidArgumentError('protocol', '2 or 4', protocol, 'save');
  await writeBytes(parseTarget(path), '', pickleObject(obj, protocol));
}
