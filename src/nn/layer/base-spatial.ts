import * as tf from '@tensorflow/tfjs-core';
import { ShapeMismatchError } from '../../errors';
import { channelsFirstShape, checkDataFormat, isChannelsLastView, viaChannelsLast, type DataFormat } from '../functional/layout';
import { Layer, layerTypeName, type LayoutKind } from './layer';

/**
 * Base of the 4-D image layers (convolution, pooling, BatchNorm2D, …). Subclasses compute on NHWC
 * (what tfjs's WASM kernels need) in `computeChannelsLast`. With `dataFormat: 'NCHW'`, inside the
 * channels-last scope of a layer call the result is a channels-last view and a view given as
 * input is used without transposing (see docs/architecture.md, "Layout protocol"); outside it,
 * `forward` transposes in and out. Input checks read the shape in the user's layout, and a
 * {@link ShapeMismatchError} raised by the NHWC computation is re-raised with the user's shapes.
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
    return this.forwardWith(x, (t) => this.computeChannelsLast(t));
  }

  /** Runs `fn` (an NHWC computation) on `x` in this layer's layout. */
  protected forwardWith(x: tf.Tensor, fn: (nhwc: tf.Tensor) => tf.Tensor): tf.Tensor {
    return viaChannelsLast(x, this.dataFormat, (t) => this.inUserLayout(t, fn));
  }

  override layoutKind(): LayoutKind {
    return this.dataFormat === 'NCHW' ? 'channelsLast' : 'fixed';
  }

  override forwardChannelsLast(x: tf.Tensor): tf.Tensor {
    return this.inUserLayout(x, (t) => this.computeChannelsLast(t));
  }

  /**
   * Runs an NHWC computation on `nhwc`. A ShapeMismatchError that reports the NHWC tensor's own
   * shape would show the user a layout they never used with `dataFormat: 'NCHW'`, so its
   * received shape is rewritten in NCHW (the expected one is written in NCHW positions already).
   */
  private inUserLayout(nhwc: tf.Tensor, fn: (nhwc: tf.Tensor) => tf.Tensor): tf.Tensor {
    try {
      return fn(nhwc);
    } catch (e) {
      if (e instanceof ShapeMismatchError && this.dataFormat === 'NCHW' && sameShape(e.received, nhwc.shape)) {
        const nchw = channelsFirstShape(nhwc.shape);
        e.message = e.message.replace(`but received ${fmtShape(e.received)}.`, `but received ${fmtShape(nchw)}.`);
        Object.defineProperty(e, 'received', { value: nchw });
      }
      throw e;
    }
  }

  protected override checkInput(inputs: unknown[]): void {
    const x = inputs[0];
    // A view's shape is read without materializing it; `instanceof` would (tfjs's is duck-typed).
    const shape = isChannelsLastView(x) || x instanceof tf.Tensor ? (x as tf.Tensor).shape : [];
    this.checkShape(this.dataFormat === 'NHWC' ? channelsFirstShape(shape) : shape, this.dataFormat);
  }

  /** Throws a ShapeMismatchError naming this layer unless `nchw` is a 4-D shape with the right channels. */
  private checkShape(nchw: number[], shown: DataFormat): void {
    const c = this.expectedChannels();
    if (nchw.length === 4 && (c === null || nchw[1] === c)) return;
    const expected = shown === 'NCHW' ? [null, c, null, null] : [null, null, null, c];
    const received = shown === 'NCHW' ? nchw : nchw.length === 4 ? [nchw[0], nchw[2], nchw[3], nchw[1]] : nchw;
    throw new ShapeMismatchError(`${layerTypeName(this)} '${this.fullName()}'`, expected, received, 'input of');
  }
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

function fmtShape(s: readonly number[]): string {
  return `[${s.join(', ')}]`;
}
