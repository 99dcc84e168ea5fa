import { Dataset, isIterableDataset } from '../io/dataset';
import { DataLoader, DistributedBatchSampler } from '../io';
import type { BatchSource } from './data-source';

/** Whether `x` is an `io.Dataset` (which `fit` batches itself, like Paddle). */
export function isDataset(x: unknown): x is Dataset {
  return x instanceof Dataset;
}

/**
 * Batches a Dataset the way Paddle's `fit` does: a `DataLoader` over a `DistributedBatchSampler`
 * (shuffling in Paddle's order — `RandomState(epoch)` — when asked), set to each epoch's number
 * before the pass so `fit({ initialEpoch })` resumes with the same order.
 */
export function datasetSource(ds: Dataset, o: { batchSize: number; shuffle: boolean; dropLast: boolean; numWorkers: number }): BatchSource {
  if (isIterableDataset(ds)) {
    const loader = new DataLoader(ds, { batchSize: o.batchSize, dropLast: o.dropLast, numWorkers: o.numWorkers });
    return { ownsBatches: true, len: () => null, batches: () => loader };
  }
  const sampler = new DistributedBatchSampler(ds, o.batchSize, { shuffle: o.shuffle, dropLast: o.dropLast });
  const loader = new DataLoader(ds, { batchSampler: sampler, numWorkers: o.numWorkers });
  return {
    ownsBatches: true,
    len: () => loader.len(),
    batches: (epoch) => {
      sampler.setEpoch(epoch);
      return loader;
    },
  };
}
