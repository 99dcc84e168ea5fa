import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { isPlainObject } from '../../framework/args';
import type { Layer } from '../../nn/layer/layer';

/** A batch flattened to its tensor fields (Paddle's `paddle.utils.flatten`). */
export function flattenBatch(batch: unknown): tf.Tensor[] {
  const out: tf.Tensor[] = [];
  const walk = (x: unknown, path: string) => {
    if (x instanceof tf.Tensor) out.push(x);
    else if (Array.isArray(x)) x.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (isPlainObject(x)) {
      for (const k of Object.keys(x).sort()) walk(x[k], `${path}.${k}`);
    } else {
      throw new InvalidArgumentError(path, 'a tf.Tensor (batches must hold tensors; collate numbers with a DataLoader)', x, 'Model');
    }
  };
  walk(batch, 'batch');
  return out;
}

/** Disposes the tensors of a batch the loop will not run (anything else in it is left alone). */
export function disposeBatch(batch: unknown): void {
  if (batch instanceof tf.Tensor) batch.dispose();
  else if (Array.isArray(batch)) batch.forEach(disposeBatch);
  else if (isPlainObject(batch)) Object.values(batch).forEach(disposeBatch);
}

/**
 * How many leading fields of a batch are network inputs; the rest are labels.
 *
 * The rule (documented on {@link index!Model}):
 * 1. `inputs` specs given: their count.
 * 2. else `labels` specs given: the fields minus the label count.
 * 3. else the number of parameters `forward` declares without a default (JS `forward.length`,
 *    which leaves out optional and rest parameters — Paddle counts optional ones too and then
 *    feeds a label into an optional input); when that is 0 (`forward(...xs)`), every field but
 *    the last when labels are needed, else every field. Always at least one input, and when
 *    labels are needed at most all fields but the last.
 */
export function inputCount(
  fields: number,
  network: Layer,
  specs: { inputs: number | null; labels: number | null },
  needLabels: boolean,
): number {
  if (specs.inputs !== null) return specs.inputs;
  if (specs.labels !== null) return Math.max(0, fields - specs.labels);
  const available = needLabels ? fields - 1 : fields;
  const declared = network.forward.length;
  return Math.max(1, declared === 0 ? available : Math.min(declared, available));
}
