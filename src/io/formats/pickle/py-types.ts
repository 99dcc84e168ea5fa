import type { NdArray } from './ndarray';

/**
 * What a pickle holds, as tfjs-hapi gives it back: `None` → `null`, `bool` → `boolean`, `int` →
 * `number` (or `bigint` beyond 2^53), `float` → `number`, `str` → `string`, `bytes`/`bytearray`
 * → `Uint8Array`, `list` → array, `tuple` → frozen array (see {@link isTuple}), `dict` and
 * `OrderedDict` → `Map` (keys keep their Python type and order), `set` → `Set`, numpy array
 * → {@link NdArray}.
 * @category Checkpoint
 */
export type PickleValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | Uint8Array
  | NdArray
  | PickleValue[]
  | readonly PickleValue[]
  | Map<PickleValue, PickleValue>
  | Set<PickleValue>;

/**
 * A Python tuple: a frozen array. The pickle writer writes frozen arrays as tuples and other
 * arrays as lists; the reader returns tuples frozen.
 *
 * @example
 * ```ts
 * const t = tuple('linear_0.w_0', weights); // written like Paddle 2.1's (name, ndarray) pairs
 * isTuple(t); // true
 * ```
 * @category Checkpoint
 */
export function tuple<T>(...items: T[]): readonly T[] {
  return Object.freeze(items);
}

/**
 * Whether `value` is a Python tuple (a frozen array) rather than a list.
 * @category Checkpoint
 */
export function isTuple(value: unknown): value is readonly PickleValue[] {
  return Array.isArray(value) && Object.isFrozen(value);
}

/**
 * A Python dict with string keys as a plain object, for state dicts (`{ 'fc.weight': NdArray }`).
 * Returns `null` when `value` is not a dict or a key is not a string.
 * @category Checkpoint
 */
export function dictToRecord(value: unknown): Record<string, PickleValue> | null {
  if (!(value instanceof Map)) return null;
  const out: Record<string, PickleValue> = Object.create(null);
  for (const [k, v] of value) {
    if (typeof k !== 'string') return null;
    out[k] = v as PickleValue;
  }
  return out;
}
