import * as tf from '@tensorflow/tfjs-core';
import { toChannelsFirst, toChannelsLast } from '../../nn/functional/layout';
import { Layer, type LayoutKind } from '../../nn/layer/layer';

/**
 * Runs `layer` on an NHWC tensor and returns NHWC. Layers that compute in NHWC (conv, pooling,
 * batch norm, element-wise layers, the zoo's blocks) skip the two activation transposes their
 * NCHW `forward` would pay; a layer with forward hooks (e.g. while `summary` runs) or a
 * layout-bound layer runs through `call` on NCHW, so hooks still see Paddle's shapes.
 * @internal
 */
export function runNhwc(layer: Layer, x: tf.Tensor): tf.Tensor {
  if (!layer.hasForwardHooks() && layer.layoutKind() !== 'fixed') return layer.forwardChannelsLast(x);
  return tf.tidy(() => toChannelsLast(layer.call(toChannelsFirst(x)) as tf.Tensor));
}

/**
 * Base of the zoo's composite blocks (residual blocks, fire modules, inception branches): they
 * compute on NHWC in {@link ChannelsLastBlock.forwardNhwc}, so a `Sequential` of blocks chains
 * them without transposing between blocks; the NCHW `forward` transposes once in and once out.
 * @internal
 */
export abstract class ChannelsLastBlock extends Layer {
  /** The computation on an NHWC tensor (channel axis 3). */
  protected abstract forwardNhwc(x: tf.Tensor): tf.Tensor;

  forward(x: tf.Tensor): tf.Tensor {
    return tf.tidy(() => toChannelsFirst(this.forwardNhwc(toChannelsLast(x))));
  }

  override layoutKind(): LayoutKind {
    return 'channelsLast';
  }

  override forwardChannelsLast(x: tf.Tensor): tf.Tensor {
    return this.forwardNhwc(x);
  }
}
