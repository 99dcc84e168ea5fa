/**
 * `paddle.io`: datasets, samplers and the DataLoader.
 * @module io
 */
export { Dataset, IterableDataset } from './dataset';
export { TensorDataset } from './tensor-dataset';
export { ComposeDataset } from './compose-dataset';
export { ChainDataset } from './chain-dataset';
export { ConcatDataset } from './concat-dataset';
export { Subset } from './subset';
export { randomSplit } from './random-split';
export { Sampler, type Sized } from './sampler/sampler';
export { SequenceSampler } from './sampler/sequence-sampler';
export { RandomSampler, type RandomSamplerOptions } from './sampler/random-sampler';
export { WeightedRandomSampler, type WeightedRandomSamplerOptions } from './sampler/weighted-random-sampler';
export { SubsetRandomSampler } from './sampler/subset-random-sampler';
export { BatchSampler, type BatchSamplerOptions } from './sampler/batch-sampler';
export { DistributedBatchSampler, type DistributedBatchSamplerOptions } from './sampler/distributed-batch-sampler';
export { defaultCollateFn, defaultConvertFn } from './collate';
export { DataLoader } from './data-loader';
export type { DataLoaderOptions, BatchSamplerLike } from './data-loader-options';
export type { WorkerSpec } from './worker-spec';
export { getWorkerInfo, type WorkerInfo } from './workers/worker-info';
