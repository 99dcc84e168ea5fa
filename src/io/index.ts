// Level 2 (docs/architecture.md, Levels): datasets, samplers, collate, DataLoader and workers;
// checkpoint/ (paddle.save/load, storage), formats/ (pickle, IDX, tar, gzip), download/ (download
// + cache). May import nn/ and level 1 (framework/, backend/, metric/) and errors/; never hapi/,
// vision/, optimizer/.
/**
 * `paddle.io`: datasets, samplers and the DataLoader, as in Paddle.
 *
 * - Datasets: {@link Dataset} (`getItem` may be async), {@link IterableDataset},
 *   {@link TensorDataset}, {@link ComposeDataset}, {@link ChainDataset}, {@link ConcatDataset},
 *   {@link Subset}, {@link randomSplit}.
 * - Samplers: {@link SequenceSampler}, {@link RandomSampler}, {@link WeightedRandomSampler},
 *   {@link SubsetRandomSampler}, {@link BatchSampler}, {@link DistributedBatchSampler} (Paddle's
 *   split and Paddle's per-epoch shuffle order, bit for bit).
 * - {@link DataLoader}: batches collated by {@link defaultCollateFn} (one typed array and one tensor
 *   per field), loaded ahead of the consumer, optionally in worker threads (Node `worker_threads`
 *   or Web Workers) that rebuild the dataset from its {@link WorkerSpec}.
 *
 * @example
 * ```ts
 * const loader = new paddle.io.DataLoader(dataset, { batchSize: 64, shuffle: true, numWorkers: 2 });
 * for await (const [x, y] of loader) {
 *   // …train…
 *   tf.dispose([x, y]);
 * }
 * ```
 * @module io
 */
export { Dataset, IterableDataset } from './dataset';
export { TensorDataset, type TensorDatasetArgs } from './tensor-dataset';
export { ComposeDataset, type ComposeDatasetArgs } from './compose-dataset';
export { ChainDataset, type ChainDatasetArgs } from './chain-dataset';
export { ConcatDataset, type ConcatDatasetArgs } from './concat-dataset';
export { Subset, type SubsetArgs } from './subset';
export { randomSplit, type RandomSplitArgs } from './random-split';
export { Sampler, type Sized } from './sampler/sampler';
export { SequenceSampler, type SequenceSamplerArgs } from './sampler/sequence-sampler';
export { RandomSampler, type RandomSamplerOptions, type RandomSamplerArgs } from './sampler/random-sampler';
export { WeightedRandomSampler, type WeightedRandomSamplerOptions, type WeightedRandomSamplerArgs } from './sampler/weighted-random-sampler';
export { SubsetRandomSampler, type SubsetRandomSamplerArgs } from './sampler/subset-random-sampler';
export { BatchSampler, type BatchSamplerOptions, type BatchSamplerArgs } from './sampler/batch-sampler';
export { DistributedBatchSampler, type DistributedBatchSamplerOptions, type DistributedBatchSamplerArgs } from './sampler/distributed-batch-sampler';
export { defaultCollateFn, defaultConvertFn } from './collate';
export { DataLoader } from './data-loader';
export type { DataLoaderOptions, DataLoaderArgs, BatchSamplerLike } from './data-loader-options';
export type { WorkerSpec } from './worker-spec';
export { getWorkerInfo, type WorkerInfo } from './workers/worker-info';
