import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../errors';
import { Dataset } from './dataset';
import { BUILTIN_MODULE, type WorkerSpec } from './worker-spec';
import { defineSignature, resolveArgs } from '../framework/args';

/**
 * All of {@link TensorDataset}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.io.TensorDataset({ tensors: [x, y] }); // Paddle: TensorDataset(tensors=[x, y])
 * ```
 * @category IO
 */
export interface TensorDatasetArgs {
  /** Tensors of shape `[N, ...]` with the same `N`. */
  tensors: readonly tf.Tensor[];
}

const SIGNATURE = defineSignature('io.TensorDataset', ['tensors'], { required: 1 });

/**
 * A dataset over tensors that share their first dimension, like Paddle's `paddle.io.TensorDataset`:
 * sample `i` is the list of each tensor's row `i`.
 *
 * The dataset keeps references to the tensors (it does not copy or dispose them); each `getItem`
 * returns new tensors, which the {@link DataLoader} disposes after collating them.
 *
 * @param tensors - tensors of shape `[N, ...]` with the same `N`
 * @throws {@link index!InvalidArgumentError} if the list is empty or the first dimensions differ
 * @example
 * ```ts
 * const x = tf.randomNormal([100, 3, 4]);
 * const y = tf.randomUniform([100, 1], 0, 10, 'int32');
 * const ds = new paddle.io.TensorDataset([x, y]);
 * const [xi, yi] = ds.getItem(0); // shapes [3, 4] and [1]
 * new paddle.io.TensorDataset({ tensors: [x, y] }); // Paddle: TensorDataset(tensors=[x, y])
 * ```
 * @category IO
 */
export class TensorDataset extends Dataset<tf.Tensor[]> {
  /** The wrapped tensors. */
  readonly tensors: readonly tf.Tensor[];

  constructor(args: TensorDatasetArgs);
  constructor(tensors: readonly tf.Tensor[]);
  constructor(...args: unknown[]) {
    const { tensors } = resolveArgs<TensorDatasetArgs>(SIGNATURE, args);
    super();
    if (!Array.isArray(tensors) || tensors.length === 0 || !tensors.every((t) => t instanceof tf.Tensor)) {
      throw new InvalidArgumentError('tensors', 'a non-empty list of tensors', tensors, SIGNATURE.where);
    }
    const n = tensors[0].shape[0];
    tensors.forEach((t, i) => {
      if (t.rank === 0 || t.shape[0] !== n) {
        throw new InvalidArgumentError(`tensors[${i}]`, `a tensor of shape [${n}, ...] (same first dimension as tensors[0])`, t, SIGNATURE.where);
      }
    });
    this.tensors = tensors;
  }

  getItem(index: number): tf.Tensor[] {
    const n = this.len();
    if (!Number.isInteger(index) || index < -n || index >= n) {
      throw new InvalidArgumentError('index', `an integer in [${-n}, ${n})`, index, 'TensorDataset.getItem');
    }
    const i = index < 0 ? n + index : index;
    return this.tensors.map((t) => tf.tidy(() => tf.squeeze(tf.slice(t, i, 1), [0])));
  }

  len(): number {
    return this.tensors[0].shape[0];
  }

  /** Workers receive copies of the tensors' values (read once, when the workers start). */
  override workerSpec(): WorkerSpec {
    const args = this.tensors.map((t) => ({ data: t.dataSync().slice(), shape: t.shape, dtype: t.dtype }));
    return { module: BUILTIN_MODULE, exportName: 'TensorDataset', args: [args] };
  }
}
