import * as tf from '@tensorflow/tfjs-core';
import { ComposeDataset } from '../compose-dataset';
import { ConcatDataset } from '../concat-dataset';
import type { Dataset } from '../dataset';
import { Subset } from '../subset';
import { TensorDataset } from '../tensor-dataset';

interface HostArray {
  data: tf.TypedArray;
  shape: number[];
  dtype: tf.DataType;
}

/**
 * tfjs-hapi's datasets as workers rebuild them from `{ module: 'tfjs-hapi/io', exportName, args }`
 * (arguments already revived). @internal
 */
export const BUILTIN_DATASETS: Record<string, (...args: never[]) => Dataset> = {
  TensorDataset: (arrays: HostArray[]) => new TensorDataset(arrays.map((a) => tf.tensor(a.data, a.shape, a.dtype))),
  Subset: (dataset: Dataset, indices: number[]) => new Subset(dataset, indices),
  ConcatDataset: (datasets: Dataset[]) => new ConcatDataset(datasets),
  ComposeDataset: (datasets: Dataset[]) => new ComposeDataset(datasets),
};
