import type * as tf from '@tensorflow/tfjs-core';
import { conv2dTransposeChannelsLast, transposeGeometry, type ConvTransposeGeometry } from '../functional/conv';
import type { DataFormat } from '../functional/layout';
import type { Padding2D } from '../functional/padding';
import type { ParamAttrLike } from '../param-attr';
import { BaseConv, type BaseConvOptions } from './base-conv';
import { pyRepr } from './layer-utils';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Options of {@link Conv2DTranspose} after the channel counts and kernel size. */
export interface Conv2DTransposeOptions extends BaseConvOptions {
  /** Extra rows/columns on the bottom/right of the output. @defaultValue 0 */
  outputPadding?: number | [number, number];
}

/**
 * All of {@link Conv2DTranspose}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: nn.Conv2DTranspose(in_channels=16, out_channels=8, kernel_size=3, stride=2)
 * new paddle.nn.Conv2DTranspose({ inChannels: 16, outChannels: 8, kernelSize: 3, stride: 2 });
 * ```
 * @category nn
 */
export interface Conv2DTransposeArgs extends Conv2DTransposeOptions {
  inChannels: number;
  outChannels: number;
  kernelSize: number | [number, number];
}

const SIGNATURE = defineSignature('nn.Conv2DTranspose', [
  'inChannels', 'outChannels', 'kernelSize', 'stride', 'padding', 'outputPadding', 'groups', 'dilation', 'weightAttr', 'biasAttr', 'dataFormat',
], { required: 3 });

/**
 * Transposed 2-D convolution (Paddle's `nn.Conv2DTranspose`). Weight
 * `[inChannels, outChannels/groups, kh, kw]` initialized XavierUniform (Paddle's default for it),
 * bias zeros. `call(x, outputSize?)` may ask for a specific output size.
 *
 * @example
 * ```ts
 * const up = new paddle.nn.Conv2DTranspose(16, 8, 3, { stride: 2, padding: 1, outputPadding: 1 });
 * up.call(tf.zeros([1, 16, 7, 7])).shape; // [1, 8, 14, 14]
 * // Paddle: nn.Conv2DTranspose(in_channels=16, out_channels=8, kernel_size=3, stride=2)
 * new paddle.nn.Conv2DTranspose({ inChannels: 16, outChannels: 8, kernelSize: 3, stride: 2 });
 * ```
 * @category nn
 */
export class Conv2DTranspose extends BaseConv {
  static override readonly paddleName: string = 'Conv2DTranspose';
  readonly outputPadding: number | [number, number];
  private readonly geometry: ConvTransposeGeometry;

  constructor(args: Conv2DTransposeArgs);
  constructor(inChannels: number, outChannels: number, kernelSize: number | [number, number], options?: Conv2DTransposeOptions);
  constructor(inChannels: number, outChannels: number, kernelSize: number | [number, number], stride?: number | [number, number],
    padding?: Padding2D, outputPadding?: number | [number, number], groups?: number, dilation?: number | [number, number],
    weightAttr?: ParamAttrLike, biasAttr?: ParamAttrLike, dataFormat?: DataFormat);
  constructor(...args: unknown[]) {
    const o = resolveArgs<Conv2DTransposeArgs>(SIGNATURE, args);
    super('Conv2DTranspose', o.inChannels, o.outChannels, o.kernelSize, o);
    const { inChannels, outChannels } = o;
    this.outputPadding = o.outputPadding ?? 0;
    this.geometry = transposeGeometry({ ...o, outputSize: null }, this.dataFormat, 'Conv2DTranspose');
    const [kh, kw] = this.kernelSize;
    this.weight = this.createParameter([inChannels, outChannels / this.groups, kh, kw], { attr: o.weightAttr })!;
    this.bias = this.createParameter([outChannels], { attr: o.biasAttr, isBias: true });
  }

  /** @param outputSize - the wanted output `[h, w]`, within `outputPadding`'s range */
  override forward(x: tf.Tensor, outputSize?: number | [number, number]): tf.Tensor {
    if (outputSize === undefined) return super.forward(x);
    const geom = transposeGeometry({ ...this.geometry, padding: this.geometry.padding as number[], outputSize }, this.dataFormat, 'Conv2DTranspose');
    return super.forwardWith(x, (t) => conv2dTransposeChannelsLast(t, this.weight, this.bias, geom, this.where()));
  }

  protected computeChannelsLast(x: tf.Tensor): tf.Tensor {
    return conv2dTransposeChannelsLast(x, this.weight, this.bias, this.geometry, this.where());
  }

  private where(): string {
    return `Conv2DTranspose '${this.fullName()}'`;
  }

  protected override extraReprMiddle(): string {
    return this.outputPadding !== 0 ? `, output_padding=${pyRepr(this.outputPadding)}` : '';
  }
}
