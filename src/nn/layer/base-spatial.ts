import * as tf from '@tensorflow/tfjs-core';
import { ShapeMismatchError } from '../../errors';
import { channelsFirstShape, checkDataFormat, viaChannelsLast, type DataFormat } from '../functional/layout';
import { Layer, type LayoutKind } from './layer';

/**
 * Base of the 4-D image layers (convolution, pooling, BatchNorm2D, …). Subclasses compute on NHWC
 * (what tfjs's WASM kernels need) in {@link SpatialLayer.forwardChannelsLast}; `forward`
 * transposes NCHW input in and out, and containers skip those transposes between consecutive
 * spatial layers. Input checks see Paddle's NCHW reading of the shape and report the shape in
 * the user's layout.
 * @internal
 */
export abstract class SpatialLayer extends Layer {
  /** Layout of inputs and outputs. @defaultValue 'NCHW' */
  readonly dataFormat: DataFormat;

  constructor(dataFormat: unknown, where: string) {
    super();
    this.dataFormat = checkDataFormat(dataFormat ?? 'NCHW', where);
  }

  /** The computation on an NHWC tensor. */
  protected abstract computeChannelsLast(x: tf.Tensor): tf.Tensor;

  /** Number of input channels required, or null for any. */
  protected expectedChannels(): number | null {
    return null;
  }

  forward(x: tf.Tensor): tf.Tensor {
    return viaChannelsLast(x, this.dataFormat, (t) => this.computeChannelsLast(t));
  }

  /** Runs `fn` (an NHWC computation) on `x` in this layer's layout. */
  protected forwardWith(x: tf.Tensor, fn: (nhwc: tf.Tensor) => tf.Tensor): tf.Tensor {
    return viaChannelsLast(x, this.dataFormat, fn);
  }

  override layoutKind(): LayoutKind {
    return this.dataFormat === 'NCHW' ? 'channelsLast' : 'fixed';
  }

  override forwardChannelsLast(x: tf.Tensor): tf.Tensor {
    this.checkShape(channelsFirstShape(x.shape), 'NCHW');
    return this.computeChannelsLast(x);
  }

  protected override checkInput(inputs: unknown[]): void {
    const x = inputs[0];
    const shape = x instanceof tf.Tensor ? x.shape : [];
    this.checkShape(this.dataFormat === 'NHWC' ? channelsFirstShape(shape) : shape, this.dataFormat);
  }

  /** Throws a ShapeMismatchError naming this layer unless `nchw` is a 4-D shape with the right channels. */
  private checkShape(nchw: number[], shown: DataFormat): void {
    const c = this.expectedChannels();
    if (nchw.length === 4 && (c === null || nchw[1] === c)) return;
    const expected = shown === 'NCHW' ? [null, c, null, null] : [null, null, null, c];
    const received = shown === 'NCHW' ? nchw : nchw.length === 4 ? [nchw[0], nchw[2], nchw[3], nchw[1]] : nchw;
    throw new ShapeMismatchError(`${this.constructor.name} '${this.fullName()}'`, expected, received, 'input of');
  }
}
