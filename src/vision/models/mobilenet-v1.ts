import { defineSignature, resolveArgs } from '../../framework/args';
import * as tf from '@tensorflow/tfjs-core';
import { pyFloatStr } from '../../framework/py-format';
import { flatten } from '../../nn/functional/common';
import { Layer } from '../../nn/layer/layer';
import { Linear } from '../../nn/layer/linear';
import { AdaptiveAvgPool2D } from '../../nn/layer/pooling';
import { ConvNormActivation } from './conv-norm-activation';
import { boolOf, numClassesOf, positiveOf, type Built, type PretrainedOptions, factoryArgs, factorySignature, networkOptions, type PretrainedSource } from './options';
import { withPretrained } from './pretrained';

/** The options Paddle's factories pass on as `**kwargs`, by name. */
const KEYS = ['scale', 'numClasses', 'withPool'] as const;
const SIG_mobilenetV1 = factorySignature('mobilenetV1', KEYS);

/** Paddle's `DepthwiseSeparable`: a depthwise 3×3 then a pointwise 1×1 ConvNormActivation. @internal */
export class DepthwiseSeparable extends Layer {
  static override readonly paddleName: string = 'DepthwiseSeparable';
  readonly _depthwise_conv: ConvNormActivation;
  readonly _pointwise_conv: ConvNormActivation;

  constructor(inChannels: number, out1: number, out2: number, numGroups: number, stride: number, scale: number) {
    super();
    this._depthwise_conv = new ConvNormActivation(inChannels, Math.trunc(out1 * scale), 3, stride, 1, Math.trunc(numGroups * scale));
    this._pointwise_conv = new ConvNormActivation(Math.trunc(out1 * scale), Math.trunc(out2 * scale), 1, 1, 0);
  }

  forward(x: tf.Tensor): tf.Tensor {
    x = this._depthwise_conv.call(x);
    x = this._pointwise_conv.call(x);
    return x;
  }
}

const MOBILENET_V1 = defineSignature('vision.models.MobileNetV1', ['scale', 'numClasses', 'withPool']);

/** Options of {@link MobileNetV1}. @category Models */
export interface MobileNetV1Options {
  /** Channel multiplier. @defaultValue 1 */
  scale?: number;
  /** Output classes; 0 or less drops `fc`. @defaultValue 1000 */
  numClasses?: number;
  /** Keep the global average pooling. @defaultValue true */
  withPool?: boolean;
}

// [name, out1, out2, groups, stride]; the input channels are the previous out2.
const BLOCKS: ReadonlyArray<[string, number, number, number, number]> = [
  ['conv2_1', 32, 64, 32, 1], ['conv2_2', 64, 128, 64, 2], ['conv3_1', 128, 128, 128, 1], ['conv3_2', 128, 256, 128, 2],
  ['conv4_1', 256, 256, 256, 1], ['conv4_2', 256, 512, 256, 2],
  ['conv5_1', 512, 512, 512, 1], ['conv5_2', 512, 512, 512, 1], ['conv5_3', 512, 512, 512, 1], ['conv5_4', 512, 512, 512, 1],
  ['conv5_5', 512, 512, 512, 1], ['conv5_6', 512, 1024, 512, 2], ['conv6', 1024, 1024, 1024, 1],
];

/**
 * Paddle's `paddle.vision.models.MobileNetV1` (Howard et al., https://arxiv.org/abs/1704.04861):
 * `conv1`, thirteen depthwise-separable blocks named `conv2_1` … `conv6` as Paddle names them,
 * `pool2d_avg`, `fc`. torchvision has no MobileNetV1.
 *
 * @example
 * ```ts
 * const net = paddle.zoo.mobilenetV1({ scale: 0.25, numClasses: 10 });
 * ```
 * @category Models
 */
export class MobileNetV1 extends Layer {
  static override readonly paddleName: string = 'MobileNetV1';
  readonly scale: number;
  readonly numClasses: number;
  readonly withPool: boolean;
  readonly conv1: ConvNormActivation;
  readonly pool2d_avg?: AdaptiveAvgPool2D;
  readonly fc?: Linear;
  private readonly dwsl: DepthwiseSeparable[] = [];

  /**
   * @param options - every argument by name, Paddle's keyword form
   * @throws {@link index!InvalidArgumentError} for a bad option
   */
  constructor(options?: MobileNetV1Options);
  constructor(scale?: number, options?: Omit<MobileNetV1Options, 'scale'>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param scale - channel multiplier, or all options in one object
   */
  constructor(scale?: number, numClasses?: number, withPool?: boolean);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<MobileNetV1Options>(MOBILENET_V1, args);
    const s = positiveOf(o.scale, 1, 'scale', 'MobileNetV1');
    this.scale = s;
    this.numClasses = numClassesOf(o.numClasses, 1000, 'MobileNetV1');
    this.withPool = boolOf(o.withPool, true, 'withPool', 'MobileNetV1');
    this.conv1 = new ConvNormActivation(3, Math.trunc(32 * s), 3, 2, 1);
    let inChannels = Math.trunc(32 * s);
    for (const [name, out1, out2, groups, stride] of BLOCKS) {
      const block = new DepthwiseSeparable(inChannels, out1, out2, groups, stride, s);
      this.addSublayer(name, block);
      this.dwsl.push(block);
      inChannels = Math.trunc(out2 * s);
    }
    if (this.withPool) this.pool2d_avg = new AdaptiveAvgPool2D(1);
    if (this.numClasses > 0) this.fc = new Linear(Math.trunc(1024 * s), this.numClasses);
  }

  /** @param x - images `[N, 3, H, W]` */
  forward(x: tf.Tensor): tf.Tensor {
    // tf.tidy frees the intermediates when the model is called outside a training step.
    return tf.tidy(() => {
      x = this.conv1.call(x);
      for (const dws of this.dwsl) x = dws.call(x);
      if (this.withPool) x = this.pool2d_avg!.call(x);
      if (this.numClasses > 0) {
        x = flatten(x, 1);
        x = this.fc!.call(x);
      }
      return x;
    });
  }
}

/**
 * MobileNetV1 (Paddle's `mobilenet_v1`); Paddle publishes ImageNet weights for scale 1.0.
 * @param options - `scale`, `numClasses`, `withPool`, `pretrained`
 * @returns the network, or a Promise of it with `pretrained`
 * @example
 * ```ts
 * const net = paddle.zoo.mobilenetV1({ scale: 0.5 });
 * ```
 * @category Models
 */
export function mobilenetV1<O extends MobileNetV1Options & PretrainedOptions>(options?: O): Built<O, MobileNetV1>;
export function mobilenetV1(pretrained: PretrainedSource, options?: Omit<MobileNetV1Options & PretrainedOptions, 'pretrained'>): Promise<MobileNetV1>;
export function mobilenetV1(pretrained: false | null | undefined, options?: Omit<MobileNetV1Options & PretrainedOptions, 'pretrained'>): MobileNetV1;
export function mobilenetV1(...args: unknown[]): MobileNetV1 | Promise<MobileNetV1> {
  const options = factoryArgs<MobileNetV1Options & PretrainedOptions>(SIG_mobilenetV1, args);
  const o = options;
  return withPretrained(new MobileNetV1(networkOptions(o)), `mobilenetv1_${pyFloatStr(o.scale ?? 1)}`, o) as MobileNetV1 | Promise<MobileNetV1>;
}
