import { DataLoaderError, type HapiError, InvalidArgumentError, ShapeMismatchError } from '../../errors';
import type { WorkerSpec } from '../worker-spec';

/** What a worker does with the samples of one batch. @internal */
export type WorkerMode = 'collate' | 'samples' | 'convert';

/** Main thread → worker. @internal */
export type ToWorker =
  | {
      type: 'init';
      spec: WorkerSpec;
      workerId: number;
      numWorkers: number;
      seed: number;
      initFn: string | null;
      mode: WorkerMode;
    }
  | { type: 'batch'; id: number; indices: number[] }
  /** IterableDataset: the next `count` samples of this worker's stream for `epoch`. */
  | { type: 'next'; id: number; count: number; epoch: number; dropLast: boolean }
  /** Skip queued batches with a smaller id (their epoch was broken off). */
  | { type: 'cancel'; below: number };

/** Worker → main thread. @internal */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'batch'; id: number; batch: unknown }
  /** IterableDataset: this worker's stream is exhausted. */
  | { type: 'end'; id: number }
  | { type: 'error'; id: number | null; sampleIndex: number | null; error: SerializedError };

/** An error flattened for postMessage (structured clone keeps neither subclass nor fields). @internal */
export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  code?: string;
  fields?: Record<string, unknown>;
}

/** @internal */
export function serializeError(e: unknown): SerializedError {
  if (e instanceof Error) {
    const fields: Record<string, unknown> = {};
    for (const k of ['argument', 'expected', 'received'] as const) {
      if (k in e) fields[k] = (e as unknown as Record<string, unknown>)[k];
    }
    return { name: e.name, message: e.message, stack: e.stack, code: (e as { code?: string }).code, fields };
  }
  return { name: 'Error', message: String(e) };
}

const REBUILT: Record<string, typeof HapiError> = {
  SHAPE_MISMATCH: ShapeMismatchError as unknown as typeof HapiError,
  INVALID_ARGUMENT: InvalidArgumentError as unknown as typeof HapiError,
};

/**
 * Rebuilds an error sent by a worker: collation errors come back as the same tfjs-hapi class
 * (a {@link index!ShapeMismatchError} still names the field and sample); anything else becomes a plain
 * Error carrying the worker's name, message and stack, for use as a `cause`. @internal
 */
export function reviveError(s: SerializedError): Error {
  const cls = s.code ? REBUILT[s.code] : undefined;
  const err: Error = cls ? Object.create(cls.prototype) : new Error(s.message);
  Object.assign(err, { name: s.name, message: s.message, stack: s.stack }, s.fields ?? {});
  return err;
}

/** A DataLoaderError for a failure in getItem / a transform at `sampleIndex`. @internal */
export function sampleError(where: string, sampleIndex: number, cause: Error): DataLoaderError {
  return new DataLoaderError(`${where}: reading sample ${sampleIndex} failed: ${cause.name}: ${cause.message}`, { cause });
}
