import { InvalidArgumentError, ResourceNotFoundError } from '../../errors';
import { defineSignature, resolveArgs } from '../../framework/args';
import { readPickle, type PickleValue } from '../formats/pickle';
import { fromPickleValue } from './convert';
import { parseTarget, readBytes } from './storage';

/** Reads a pickle's bytes. @internal */
export function unpickle(bytes: Uint8Array, file: string): PickleValue {
  return readPickle(bytes, { file });
}

/** {@link load}'s argument by name: Paddle's keyword form. @category Checkpoint */
export interface LoadFileArgs {
  /** A file path, an `http(s)://` URL, `indexeddb://name`, or the bytes. */
  path: string | Uint8Array | ArrayBuffer;
}

const SIGNATURE = defineSignature('load', ['path'], { required: 1 });

/**
 * Loads what {@link save} or Python's `paddle.save` wrote: numpy arrays (and Paddle 2.1's
 * `(name, array)` tuples) become tensors, dicts objects. Pickles of protocols 2 to 5 are read by
 * a safe reader that runs nothing from the file.
 *
 * @returns the nest; its tensors belong to the caller
 * @throws {@link ResourceNotFoundError} when there is no such file
 * @throws {@link CorruptFileError} when the bytes are not a readable pickle
 * @example
 * ```ts
 * const state = await paddle.load('lenet.pdparams') as Record<string, tf.Tensor>;
 * net.setStateDict(state);
 * await paddle.load({ path: 'lenet.pdparams' }); // Paddle: paddle.load(path='lenet.pdparams')
 * ```
 * @category Checkpoint
 */
export async function load(args: LoadFileArgs): Promise<unknown>;
export async function load(path: string | Uint8Array | ArrayBuffer): Promise<unknown>;
export async function load(...args: unknown[]): Promise<unknown> {
  const { path } = resolveArgs<LoadFileArgs>(SIGNATURE, args);
  if (path instanceof Uint8Array || path instanceof ArrayBuffer) {
    const bytes = path instanceof Uint8Array ? path : new Uint8Array(path);
    return stripNameTable(fromPickleValue(unpickle(bytes, 'bytes'), 'bytes'));
  }
  if (typeof path !== 'string' || path === '') throw new InvalidArgumentError('path', 'a path, a URL, or bytes', path, 'load');
  const bytes = await readBytes(parseTarget(path), '');
  if (bytes === null) throw new ResourceNotFoundError(`load: '${path}' does not exist.`);
  return stripNameTable(fromPickleValue(unpickle(bytes, path), path));
}

/** Drops Paddle's `StructuredToParameterName@@` table, as `paddle.load` does. */
export function stripNameTable(x: unknown): unknown {
  if (x !== null && typeof x === 'object' && !Array.isArray(x) && 'StructuredToParameterName@@' in (x as object)) {
    const { ['StructuredToParameterName@@']: _drop, ...rest } = x as Record<string, unknown>;
    return rest;
  }
  return x;
}
