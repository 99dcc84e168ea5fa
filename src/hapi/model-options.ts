import { InvalidArgumentError } from '../errors';
import type { Callback } from './callbacks/callback';
import type { FitConfig } from './fit-loop';

/** Options of {@link Model.fit} (Paddle's keyword arguments, camelCase). @category hapi */
export interface FitOptions {
  /** Samples per batch for Datasets; `[train, eval]` sets both. @defaultValue 1 */
  batchSize?: number | [number, number];
  /** @defaultValue 1 */
  epochs?: number;
  /** Start at this epoch (0-based) — with `load`, resumes a run where it stopped (Paddle has no such option). @defaultValue 0 */
  initialEpoch?: number;
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
}

/** Options of {@link Model.evaluate}. @category hapi */
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

/** Options of {@link Model.predict}. @category hapi */
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

const posInt = (v: unknown, name: string, min = 1): number => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
    throw new InvalidArgumentError(name, `an integer >= ${min}`, v, 'Model.fit');
  }
  return v;
};

/** Resolves and checks `fit`'s options once. */
export function resolveFitOptions(o: FitOptions): Omit<FitConfig, 'batchSize'> & {
  trainBatchSize: number; evalBatchSize: number; shuffle: boolean; dropLast: boolean; numWorkers: number;
} {
  const bs = o.batchSize ?? 1;
  const [trainBs, evalBs] = Array.isArray(bs) ? bs : [bs, bs];
  if (![0, 1, 2, 3].includes(o.verbose ?? 2)) throw new InvalidArgumentError('verbose', '0, 1, 2 or 3', o.verbose, 'Model.fit');
  return {
    trainBatchSize: posInt(trainBs, 'batchSize'),
    evalBatchSize: posInt(evalBs, 'batchSize'),
    epochs: posInt(o.epochs ?? 1, 'epochs'),
    initialEpoch: posInt(o.initialEpoch ?? 0, 'initialEpoch', 0),
    evalFreq: posInt(o.evalFreq ?? 1, 'evalFreq'),
    logFreq: posInt(o.logFreq ?? 10, 'logFreq'),
    saveDir: o.saveDir ?? null,
    saveFreq: posInt(o.saveFreq ?? 1, 'saveFreq'),
    verbose: o.verbose ?? 2,
    dropLast: o.dropLast ?? false,
    shuffle: o.shuffle ?? true,
    numWorkers: posInt(o.numWorkers ?? 0, 'numWorkers', 0),
    callbacks: o.callbacks == null ? [] : Array.isArray(o.callbacks) ? o.callbacks : [o.callbacks],
    accumulateGradBatches: posInt(o.accumulateGradBatches ?? 1, 'accumulateGradBatches'),
    numIters: o.numIters == null ? null : posInt(o.numIters, 'numIters'),
  };
}
