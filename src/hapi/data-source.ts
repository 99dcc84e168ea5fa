/**
 * A pass-able source of batches for the loops: an `io.DataLoader`, or any (async) iterable of
 * batches. `len()` is the number of batches per pass, or null when unknown.
 */
export interface BatchSource {
  len(): number | null;
  /** Whether the loop disposes each batch's tensors after its step (not for a user's array of tensors). */
  readonly ownsBatches: boolean;
  /** The batches of one pass; `epoch` lets shuffling samplers pick that epoch's order. */
  batches(epoch: number): AsyncIterable<unknown> | Iterable<unknown>;
}

function lenOf(x: unknown): number | null {
  const f = (x as { len?: unknown }).len;
  if (typeof f === 'function') {
    try {
      const n = (f as () => unknown).call(x);
      return typeof n === 'number' && Number.isFinite(n) ? n : null;
    } catch {
      return null;
    }
  }
  if (Array.isArray(x)) return x.length;
  return null;
}

/** Wraps an iterable of batches (a DataLoader, an array, a generator function's result). */
export function iterableSource(data: AsyncIterable<unknown> | Iterable<unknown>): BatchSource {
  const setEpoch = (data as { batchSampler?: { setEpoch?: (e: number) => void } }).batchSampler?.setEpoch;
  return {
    ownsBatches: !Array.isArray(data),
    len: () => lenOf(data),
    batches: (epoch) => {
      if (typeof setEpoch === 'function') setEpoch.call((data as unknown as { batchSampler: unknown }).batchSampler, epoch);
      return data;
    },
  };
}

/** Whether `x` can be iterated (sync or async). */
export function isBatchIterable(x: unknown): x is AsyncIterable<unknown> | Iterable<unknown> {
  return x !== null && typeof x === 'object' && (Symbol.asyncIterator in x || Symbol.iterator in x);
}
