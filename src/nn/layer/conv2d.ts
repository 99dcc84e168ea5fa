import type * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { conv2dChannelsLast, type ConvGeometry } from '../functional/conv';
import type { DataFormat } from '../functional/layout';
import type { PadMode } from '../functional/pad';
import { resolvePadding, type Padding2D } from '../functional/padding';
import { Normal } from '../initializer/normal';
import type { ParamAttrLike } from '../param-attr';
import { BaseConv, type BaseConvOptions } from './base-conv';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Options of {@link Conv2D} after the channel counts and kernel size. */
export interface Conv2DOptions extends BaseConvOptions {
  /** How the border is padded: `'zeros'`, `'reflect'`, `'replicate'` or `'circular'`. @defaultValue 'zeros' */
  paddingMode?: 'zeros' | 'reflect' | 'replicate' | 'circular';
}

/**
 * All of {@link Conv2D}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle's nn.Conv2D(in_channels=3, out_channels=96, kernel_size=11, stride=4, padding=2):
 * new paddle.nn.Conv2D({ inChannels: 3, outChannels: 96, kernelSize: 11, stride: 4, padding: 2 });
 * ```
 * @category nn
 */
export interface Conv2DArgs extends Conv2DOptions {
  inChannels: number;
  outChannels: number;
  kernelSize: number | [number, number];
}

const SIGNATURE = defineSignature('nn.Conv2D', [
  'inChannels', 'outChannels', 'kernelSize', 'stride', 'padding', 'dilation', 'groups', 'paddingMode', 'weightAttr', 'biasAttr', 'dataFormat',
], { required: 3 });

/**
 * 2-D convolution layer (Paddle's `nn.Conv2D`). Weight `[outChannels, inChannels/groups, kh, kw]`
 * initialized Normal(0, √(2 / (kh·kw·inChannels))), bias zeros. Computes in NHWC on every
 * backend (tfjs's WASM convolution is NHWC-only); NCHW input is transposed in and out, except
 * between consecutive spatial layers of a `Sequential`.
 *
 * @example
 * ```ts
 * const conv = new paddle.nn.Conv2D(3, 96, 11, { stride: 4, padding: 2 }); // ≡ new Conv2D(3, 96, 11, 4, 2)
 * // Paddle's nn.Conv2D(in_channels=3, out_channels=96, kernel_size=11, stride=4, padding=2):
 * new paddle.nn.Conv2D({ inChannels: 3, outChannels: 96, kernelSize: 11, stride: 4, padding: 2 });
 * conv.call(tf.zeros([1, 3, 224, 224])).shape; // [1, 96, 55, 55]
 * conv.call(tf.zeros([2, 1, 28, 28]));
 * // ShapeMismatchError: Conv2D 'conv2d_0' expected input of shape [?, 3, ?, ?], but received [2, 1, 28, 28].
 * ```
 * @category nn
 */
export class Conv2D extends BaseConv {
  static override readonly paddleName: string = 'Conv2D';
  readonly paddingMode: 'zeros' | PadMode;
  private readonly geometry: ConvGeometry;

  constructor(args: Conv2DArgs);
  constructor(inChannels: number, outChannels: number, kernelSize: number | [number, number], options?: Conv2DOptions);
  constructor(inChannels: number, outChannels: number, kernelSize: number | [number, number], stride?: number | [number, number],
    padding?: Padding2D, dilation?: number | [number, number], groups?: number, paddingMode?: Conv2DOptions['paddingMode'],
    weightAttr?: ParamAttrLike, biasAttr?: ParamAttrLike, dataFormat?: DataFormat);
  constructor(...args: unknown[]) {
    const o = resolveArgs<Conv2DArgs>(SIGNATURE, args);
    super('Conv2D', o.inChannels, o.outChannels, o.kernelSize, o);
    const { inChannels, outChannels } = o;
    const mode = o.paddingMode ?? 'zeros';
    if (!['zeros', 'reflect', 'replicate', 'circular'].includes(mode)) {
      throw new InvalidArgumentError('paddingMode', "one of 'zeros', 'reflect', 'replicate', 'circular'", mode, 'Conv2D');
    }
    this.paddingMode = mode === 'zeros' ? 'zeros' : (mode as PadMode);
    this.geometry = { stride: this.stride, padding: resolvePadding(this.padding, this.dataFormat, 'Conv2D'), dilation: this.dilation, groups: this.groups };
    const [kh, kw] = this.kernelSize;
    const std = Math.sqrt(2 / (kh * kw * inChannels));
    this.weight = this.createParameter([outChannels, inChannels / this.groups, kh, kw], {
      attr: o.weightAttr, defaultInitializer: new Normal(0, std),
    })!;
    this.bias = this.createParameter([outChannels], { attr: o.biasAttr, isBias: true });
  }

  protected computeChannelsLast(x: tf.Tensor): tf.Tensor {
    return conv2dChannelsLast(x, this.weight, this.bias, this.geometry, this.paddingMode, `Conv2D '${this.fullName()}'`);
  }

  protected override extraReprMiddle(): string {
    return this.paddingMode !== 'zeros' ? `, padding_mode=${this.paddingMode}` : '';
  }
}
