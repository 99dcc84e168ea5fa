import { defineSignature, resolveArgs } from '../../framework/args';
import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { flatten } from '../../nn/functional/common';
import { BatchNorm2D } from '../../nn/layer/batch-norm';
import { Conv2D } from '../../nn/layer/conv2d';
import { Sequential } from '../../nn/layer/container/sequential';
import { Dropout } from '../../nn/layer/dropout';
import { Layer } from '../../nn/layer/layer';
import { Linear } from '../../nn/layer/linear';
import { AdaptiveAvgPool2D } from '../../nn/layer/pooling';
import { ReLU6 } from '../../nn/layer/activation/relu6';
import { boolOf, makeDivisible, numClassesOf, positiveOf, type Built, type PretrainedOptions, factoryArgs, factorySignature, networkOptions, type PretrainedSource } from './options';
import { pyFloatStr } from '../../framework/py-format';
import { withPretrained } from './pretrained';

/** The options Paddle's factories pass on as `**kwargs`, by name. */
const KEYS = ['scale', 'numClasses', 'withPool'] as const;
const SIG_mobilenetV2 = factorySignature('mobilenetV2', KEYS);

/** Paddle's MobileNetV2 `ConvBNReLU`: a Sequential of Conv2D (no bias), BatchNorm2D, ReLU6. @internal */
export class ConvBNReLU extends Sequential {
  static override readonly paddleName: string = 'ConvBNReLU';
  constructor(inPlanes: number, outPlanes: number, kernelSize = 3, stride = 1, groups = 1) {
    super(
      new Conv2D(inPlanes, outPlanes, kernelSize, { stride, padding: (kernelSize - 1) >> 1, groups, biasAttr: false }),
      new BatchNorm2D(outPlanes),
      new ReLU6(),
    );
  }
}

/** Paddle's `InvertedResidual`: expand 1×1, depthwise 3×3, project 1×1, residual when shapes allow. @internal */
export class InvertedResidual extends Layer {
  static override readonly paddleName: string = 'InvertedResidual';
  readonly stride: number;
  readonly useResConnect: boolean;
  readonly conv: Sequential;

  constructor(inp: number, oup: number, stride: number, expandRatio: number) {
    super();
    this.stride = stride;
    const hidden = Math.round(inp * expandRatio);
    this.useResConnect = stride === 1 && inp === oup;
    const layers: Layer[] = [];
    if (expandRatio !== 1) layers.push(new ConvBNReLU(inp, hidden, 1));
    layers.push(new ConvBNReLU(hidden, hidden, 3, stride, hidden), new Conv2D(hidden, oup, 1, { stride: 1, padding: 0, biasAttr: false }), new BatchNorm2D(oup));
    this.conv = new Sequential(...layers);
  }

  forward(x: tf.Tensor): tf.Tensor {
    if (this.useResConnect) return tf.add(x, this.conv.call(x));
    return this.conv.call(x);
  }
}

const MOBILENET_V2 = defineSignature('vision.models.MobileNetV2', ['scale', 'numClasses', 'withPool']);

/** Options of {@link MobileNetV2}. @category Models */
export interface MobileNetV2Options {
  /** Channel multiplier. @defaultValue 1 */
  scale?: number;
  /** Output classes; 0 or less drops `classifier`. @defaultValue 1000 */
  numClasses?: number;
  /** Keep the global average pooling. @defaultValue true */
  withPool?: boolean;
}

const SETTING: ReadonlyArray<[number, number, number, number]> = [
  [1, 16, 1, 1], [6, 24, 2, 2], [6, 32, 3, 2], [6, 64, 4, 2], [6, 96, 3, 1], [6, 160, 3, 2], [6, 320, 1, 1],
];

/**
 * Paddle's `paddle.vision.models.MobileNetV2` (Sandler et al., https://arxiv.org/abs/1801.04381):
 * `features` (ConvBNReLU stem, 17 inverted residuals, 1×1 ConvBNReLU to 1280·max(1, scale)),
 * `pool2d_avg`, `classifier` = Dropout(0.2), Linear. Same layers and order as torchvision's.
 *
 * @example
 * ```ts
 * const net = paddle.zoo.mobilenetV2({ scale: 0.5, numClasses: 10 });
 * ```
 * @category Models
 */
export class MobileNetV2 extends Layer {
  static override readonly paddleName: string = 'MobileNetV2';
  readonly scale: number;
  readonly numClasses: number;
  readonly withPool: boolean;
  readonly lastChannel: number;
  readonly features: Sequential;
  readonly pool2d_avg?: AdaptiveAvgPool2D;
  readonly classifier?: Sequential;

  /**
   * @param options - every argument by name, Paddle's keyword form
   * @throws {@link index!InvalidArgumentError} for a bad option
   */
  constructor(options?: MobileNetV2Options);
  constructor(scale?: number, options?: Omit<MobileNetV2Options, 'scale'>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param scale - channel multiplier, or all options in one object
   */
  constructor(scale?: number, numClasses?: number, withPool?: boolean);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<MobileNetV2Options>(MOBILENET_V2, args);
    this.scale = positiveOf(o.scale, 1, 'scale', 'MobileNetV2');
    this.numClasses = numClassesOf(o.numClasses, 1000, 'MobileNetV2');
    this.withPool = boolOf(o.withPool, true, 'withPool', 'MobileNetV2');
    let input = makeDivisible(32 * this.scale, 8);
    this.lastChannel = makeDivisible(1280 * Math.max(1, this.scale), 8);
    const features: Layer[] = [new ConvBNReLU(3, input, 3, 2)];
    for (const [t, c, n, s] of SETTING) {
      const output = makeDivisible(c * this.scale, 8);
      for (let i = 0; i < n; i++) {
        features.push(new InvertedResidual(input, output, i === 0 ? s : 1, t));
        input = output;
      }
    }
    features.push(new ConvBNReLU(input, this.lastChannel, 1));
    this.features = new Sequential(...features);
    if (this.withPool) this.pool2d_avg = new AdaptiveAvgPool2D(1);
    if (this.numClasses > 0) this.classifier = new Sequential(new Dropout(0.2), new Linear(this.lastChannel, this.numClasses));
  }

  /** @param x - images `[N, 3, H, W]` */
  forward(x: tf.Tensor): tf.Tensor {
    // tf.tidy frees the intermediates when the model is called outside a training step.
    return tf.tidy(() => {
      x = this.features.call(x);
      if (this.withPool) x = this.pool2d_avg!.call(x);
      if (this.numClasses > 0) {
        x = flatten(x, 1);
        x = this.classifier!.call(x);
      }
      return x;
    });
  }
}

/** Options of {@link mobilenetV2}. @category Models */
export type MobileNetV2FactoryOptions = MobileNetV2Options & PretrainedOptions;

/**
 * MobileNetV2 (Paddle's `mobilenet_v2`); Paddle publishes ImageNet weights for scale 1.0.
 * @param options - `scale`, `numClasses`, `withPool`, `pretrained`
 * @returns the network, or a Promise of it with `pretrained`
 * @throws {@link index!InvalidArgumentError} for a bad option
 * @example
 * ```ts
 * const net = paddle.zoo.mobilenetV2({ numClasses: 10 });
 * ```
 * @category Models
 */
export function mobilenetV2<O extends MobileNetV2FactoryOptions>(options?: O): Built<O, MobileNetV2>;
export function mobilenetV2(pretrained: PretrainedSource, options?: Omit<MobileNetV2FactoryOptions, 'pretrained'>): Promise<MobileNetV2>;
export function mobilenetV2(pretrained: false | null | undefined, options?: Omit<MobileNetV2FactoryOptions, 'pretrained'>): MobileNetV2;
export function mobilenetV2(...args: unknown[]): MobileNetV2 | Promise<MobileNetV2> {
  const options = factoryArgs<MobileNetV2FactoryOptions>(SIG_mobilenetV2, args);
  const o = options;
  if (o.scale !== undefined && typeof o.scale !== 'number') throw new InvalidArgumentError('scale', 'a number', o.scale, 'mobilenetV2');
  return withPretrained(new MobileNetV2(networkOptions(o)), `mobilenetv2_${pyFloatStr(o.scale ?? 1)}`, o) as MobileNetV2 | Promise<MobileNetV2>;
}
