import { InvalidArgumentError } from '../../errors';
import { defineSignature, type RecordGuard } from '../../framework/args';
import type { Callback } from '../callbacks/callback';
import { isBatchIterable, type BatchOptions, type ModelData } from '../data/batch-source';
import type { FitConfig } from './fit';

/** Options of {@link index!Model.fit} after `trainData` (Paddle's keyword arguments, camelCase). @category hapi */
export interface FitOptions {
  /** Evaluated every `evalFreq` epochs. @defaultValue null */
  evalData?: ModelData | null;
  /** Samples per batch for Datasets; `[train, eval]` sets both. @defaultValue 1 */
  batchSize?: number | [number, number];
  /** @defaultValue 1 */
  epochs?: number;
  /** Evaluate when `epoch % evalFreq == 0` (0-based, as Paddle). @defaultValue 1 */
  evalFreq?: number;
  /** Progress is printed every `logFreq` steps. @defaultValue 10 */
  logFreq?: number;
  /** Checkpoint directory; nothing is saved when null. @defaultValue null */
  saveDir?: string | null;
  /** Save every `saveFreq` epochs. @defaultValue 1 */
  saveFreq?: number;
  /** 0 silent, 1 progress bar, 2 one line per log point, 3 with timings. @defaultValue 2 */
  verbose?: number;
  /** Drop the last short batch (Datasets only). @defaultValue false */
  dropLast?: boolean;
  /** Shuffle the training Dataset each epoch (Paddle's order, `RandomState(epoch)`). @defaultValue true */
  shuffle?: boolean;
  /** Worker count for Datasets' DataLoader. @defaultValue 0 */
  numWorkers?: number;
  /** Extra callbacks. */
  callbacks?: Callback | Callback[] | null;
  /** Update every k batches, summing gradients in between. @defaultValue 1 */
  accumulateGradBatches?: number;
  /** Stop after this many batches in total. @defaultValue null */
  numIters?: number | null;
  /** Start at this epoch (0-based) — with `load`, resumes a run where it stopped (Paddle has no such option). @defaultValue 0 */
  initialEpoch?: number;
}

/**
 * All of {@link index!Model.fit}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: model.fit(train_data=train, epochs=2, batch_size=64)
 * await model.fit({ trainData: train, epochs: 2, batchSize: 64 });
 * ```
 * @category hapi
 */
export interface FitArgs extends FitOptions {
  trainData: ModelData;
}

/** Options of {@link index!Model.evaluate} after `evalData`. @category hapi */
export interface EvaluateOptions {
  /** @defaultValue 1 */
  batchSize?: number;
  /** @defaultValue 10 */
  logFreq?: number;
  /** @defaultValue 2 */
  verbose?: number;
  /** @defaultValue 0 */
  numWorkers?: number;
  callbacks?: Callback | Callback[] | null;
  /** Stop after this many batches. @defaultValue null */
  numIters?: number | null;
}

/**
 * All of {@link index!Model.evaluate}'s arguments by name.
 *
 * @example
 * ```ts
 * // Paddle: model.evaluate(eval_data=test, batch_size=64)
 * const logs = await model.evaluate({ evalData: test, batchSize: 64 });
 * ```
 * @category hapi
 */
export interface EvaluateArgs extends EvaluateOptions {
  evalData: ModelData;
}

/** Options of {@link index!Model.predict} after `testData`. @category hapi */
export interface PredictOptions {
  /** @defaultValue 1 */
  batchSize?: number;
  /** @defaultValue 0 */
  numWorkers?: number;
  /** Concatenate each output's batches into one tensor. @defaultValue false */
  stackOutputs?: boolean;
  /** @defaultValue 1 */
  verbose?: number;
  callbacks?: Callback | Callback[] | null;
}

/**
 * All of {@link index!Model.predict}'s arguments by name.
 *
 * @example
 * ```ts
 * // Paddle: model.predict(test_data=test, batch_size=64)
 * const outputs = await model.predict({ testData: test, batchSize: 64 });
 * ```
 * @category hapi
 */
export interface PredictArgs extends PredictOptions {
  testData: ModelData;
}

/** A plain object that iterates (e.g. `{ async *[Symbol.asyncIterator]() {…} }`) is data, not options. */
const dataRecord: RecordGuard = (v) => isBatchIterable(v);

export const FIT = defineSignature(
  'Model.fit',
  ['trainData', 'evalData', 'batchSize', 'epochs', 'evalFreq', 'logFreq', 'saveDir', 'saveFreq', 'verbose', 'dropLast', 'shuffle', 'numWorkers', 'callbacks', 'accumulateGradBatches', 'numIters'],
  { required: 1, optionOnly: ['initialEpoch'], records: { trainData: dataRecord, evalData: dataRecord } },
);
// Paddle's evaluate ends in `num_iters` (shared/reference/paddle-hapi.md).
export const EVALUATE = defineSignature('Model.evaluate', ['evalData', 'batchSize', 'logFreq', 'verbose', 'numWorkers', 'callbacks', 'numIters'], {
  required: 1,
  records: { evalData: dataRecord },
});
export const PREDICT = defineSignature('Model.predict', ['testData', 'batchSize', 'numWorkers', 'stackOutputs', 'verbose', 'callbacks'], {
  required: 1,
  records: { testData: dataRecord },
});

const intAtLeast = (v: unknown, name: string, where: string, min = 1): number => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
    throw new InvalidArgumentError(name, `an integer >= ${min}`, v, where);
  }
  return v;
};

const checkVerbose = (v: number, where: string): number => {
  if (![0, 1, 2, 3].includes(v)) throw new InvalidArgumentError('verbose', '0, 1, 2 or 3', v, where);
  return v;
};

/** `callbacks` as a list. */
export function toCallbacks(c: Callback | Callback[] | null | undefined): Callback[] {
  return c == null ? [] : Array.isArray(c) ? c : [c];
}

/** `fit`'s options resolved and checked once: the loop's config and how to batch each Dataset. */
export interface ResolvedFit {
  config: FitConfig;
  train: BatchOptions;
  eval: BatchOptions;
}

/** Resolves and checks `fit`'s options once. */
export function resolveFitOptions(o: FitOptions): ResolvedFit {
  const where = 'Model.fit';
  const bs = o.batchSize ?? 1;
  const [trainBs, evalBs] = Array.isArray(bs) ? bs : [bs, bs];
  const numWorkers = intAtLeast(o.numWorkers ?? 0, 'numWorkers', where, 0);
  const dropLast = o.dropLast ?? false;
  return {
    train: { batchSize: intAtLeast(trainBs, 'batchSize', where), shuffle: o.shuffle ?? true, dropLast, numWorkers },
    eval: { batchSize: intAtLeast(evalBs, 'batchSize', where), shuffle: false, dropLast: false, numWorkers },
    config: {
      epochs: intAtLeast(o.epochs ?? 1, 'epochs', where),
      initialEpoch: intAtLeast(o.initialEpoch ?? 0, 'initialEpoch', where, 0),
      evalFreq: intAtLeast(o.evalFreq ?? 1, 'evalFreq', where),
      logFreq: intAtLeast(o.logFreq ?? 10, 'logFreq', where),
      saveDir: o.saveDir ?? null,
      saveFreq: intAtLeast(o.saveFreq ?? 1, 'saveFreq', where),
      verbose: checkVerbose(o.verbose ?? 2, where),
      callbacks: toCallbacks(o.callbacks),
      accumulateGradBatches: intAtLeast(o.accumulateGradBatches ?? 1, 'accumulateGradBatches', where),
      numIters: o.numIters == null ? null : intAtLeast(o.numIters, 'numIters', where),
    },
  };
}

/** How `evaluate` and `predict` batch a Dataset: in order, keeping the last short batch. */
export function inOrder(batchSize: number, numWorkers: number): BatchOptions {
  return { batchSize, shuffle: false, dropLast: false, numWorkers };
}
