import * as tf from '@tensorflow/tfjs-core';
import { StateDictError } from '../../../errors';
import type { Layer } from '../../../nn/layer/layer';

/**
 * Maps a torchvision state dict onto a zoo model's Paddle keys. For the models both libraries
 * have (AlexNet, VGG, ResNet and its variants, SqueezeNet with Paddle's floor pooling,
 * MobileNetV2, ShuffleNetV2, DenseNet, InceptionV3 without its auxiliary head) the tensors come
 * in the same order, so entries are paired by position — `num_batches_tracked` dropped,
 * `running_mean`/`running_var` becoming `_mean`/`_variance` — and every pair is checked by shape:
 * Linear weights are transposed from PyTorch's `[out, in]` to Paddle's `[in, out]`.
 *
 * @param model - the zoo network
 * @param torch - tensors by PyTorch name, in file order
 * @param source - names the file in error messages
 * @returns new tensors by Paddle key (the caller disposes them)
 * @throws {@link index!StateDictError} naming both keys and shapes at the first pair that does not fit
 */
export function torchToPaddle(model: Layer, torch: Map<string, tf.Tensor>, source: string): Record<string, tf.Tensor> {
  const theirs = [...torch.entries()].filter(([k]) => !k.endsWith('num_batches_tracked'));
  const ours = Object.entries(model.stateDict());
  const out: Record<string, tf.Tensor> = {};
  try {
    ours.forEach(([key, param], i) => {
      if (i >= theirs.length) {
        throw new StateDictError(key, `PyTorch weights ${source}: the file has ${theirs.length} tensors, the model ${ours.length}; nothing for '${key}' (shape [${param.shape}]).`);
      }
      const [tkey, t] = theirs[i];
      const kind = kindOf(key);
      const value = param.rank === 2 && t.rank === 2 ? tf.transpose(t) : tf.clone(t);
      const ok = value.shape.length === param.shape.length && value.shape.every((d, j) => d === param.shape[j]) && kind === kindOf(tkey);
      if (!ok) {
        value.dispose();
        throw new StateDictError(key, `PyTorch weights ${source}: '${tkey}' (shape [${t.shape}]) does not fit '${key}' (shape [${param.shape}]).`);
      }
      out[key] = value;
    });
    if (theirs.length !== ours.length) {
      const [tkey, t] = theirs[ours.length];
      throw new StateDictError(tkey, `PyTorch weights ${source}: '${tkey}' (shape [${t.shape}]) has no counterpart; the model has ${ours.length} tensors, the file ${theirs.length}.`);
    }
  } catch (e) {
    tf.dispose(Object.values(out));
    throw e;
  }
  return out;
}

/** What a tensor is, from the last part of its key, so a misaligned pairing is caught even at equal shapes. */
function kindOf(key: string): string {
  const last = key.slice(key.lastIndexOf('.') + 1);
  if (last === 'running_mean' || last === '_mean') return 'mean';
  if (last === 'running_var' || last === '_variance') return 'variance';
  return last;
}
