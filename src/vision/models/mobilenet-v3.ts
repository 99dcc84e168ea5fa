import { defineSignature, resolveArgs } from '../../framework/args';
import * as tf from '@tensorflow/tfjs-core';
import { flatten } from '../../nn/functional/common';
import { BatchNorm2D } from '../../nn/layer/batch-norm';
import { Conv2D } from '../../nn/layer/conv2d';
import { Sequential } from '../../nn/layer/container/sequential';
import { Dropout } from '../../nn/layer/dropout';
import { Layer } from '../../nn/layer/layer';
import { Linear } from '../../nn/layer/linear';
import { AdaptiveAvgPool2D } from '../../nn/layer/pooling';
import { Hardsigmoid } from '../../nn/layer/activation/hardsigmoid';
import { Hardswish } from '../../nn/layer/activation/hardswish';
import { ReLU } from '../../nn/layer/activation/relu';
import { ConvNormActivation } from './conv-norm-activation';
import { pyFloatStr } from '../../framework/py-format';
import { boolOf, makeDivisible, numClassesOf, positiveOf, type Built, type PretrainedOptions, factoryArgs, factorySignature, networkOptions, type PretrainedSource } from './options';
import { withPretrained } from './pretrained';

/** The options Paddle's factories pass on as `**kwargs`, by name. */
const KEYS = ['scale', 'numClasses', 'withPool'] as const;
const SIG_mobilenetV3Small = factorySignature('mobilenetV3Small', KEYS);
const SIG_mobilenetV3Large = factorySignature('mobilenetV3Large', KEYS);

/** MobileNetV3's BatchNorm: epsilon 0.001, momentum 0.99 (torchvision's eps 0.001, momentum 0.01). */
const norm = (c: number) => new BatchNorm2D(c, { epsilon: 0.001, momentum: 0.99 });
const act = (name: 'relu' | 'hardswish') => (name === 'relu' ? () => new ReLU() : () => new Hardswish());

/** Paddle's `SqueezeExcitation` (torchvision's): pool, `fc1` 1×1, ReLU, `fc2` 1×1, Hardsigmoid, scale. @internal */
export class SqueezeExcitation extends Layer {
  static override readonly paddleName: string = 'SqueezeExcitation';
  readonly avgpool = new AdaptiveAvgPool2D(1);
  readonly fc1: Conv2D;
  readonly fc2: Conv2D;
  readonly activation = new ReLU();
  readonly scale_activation = new Hardsigmoid();

  constructor(channels: number, squeeze: number) {
    super();
    this.fc1 = new Conv2D(channels, squeeze, 1);
    this.fc2 = new Conv2D(squeeze, channels, 1);
  }

  private scale(input: tf.Tensor): tf.Tensor {
    let scale = this.avgpool.call(input);
    scale = this.fc1.call(scale);
    scale = this.activation.call(scale);
    scale = this.fc2.call(scale);
    return this.scale_activation.call(scale);
  }

  forward(input: tf.Tensor): tf.Tensor {
    const scale = this.scale(input);
    return tf.mul(scale, input);
  }
}

/** Paddle's MobileNetV3 `InvertedResidual`: [expand 1×1], depthwise k×k, [SE], project 1×1, residual. @internal */
export class InvertedResidualV3 extends Layer {
  static override readonly paddleName: string = 'InvertedResidual';
  readonly useResConnect: boolean;
  readonly expand_conv?: ConvNormActivation;
  readonly bottleneck_conv: ConvNormActivation;
  readonly mid_se?: SqueezeExcitation;
  readonly linear_conv: ConvNormActivation;

  constructor(inC: number, expC: number, outC: number, k: number, stride: number, useSe: boolean, activation: 'relu' | 'hardswish') {
    super('inverted_residual');
    this.useResConnect = stride === 1 && inC === outC;
    if (inC !== expC) this.expand_conv = new ConvNormActivation(inC, expC, 1, 1, 0, 1, act(activation), norm);
    this.bottleneck_conv = new ConvNormActivation(expC, expC, k, stride, (k - 1) >> 1, expC, act(activation), norm);
    if (useSe) this.mid_se = new SqueezeExcitation(expC, makeDivisible(Math.floor(expC / 4)));
    this.linear_conv = new ConvNormActivation(expC, outC, 1, 1, 0, 1, null, norm);
  }

  forward(x: tf.Tensor): tf.Tensor {
    const identity = x;
    if (this.expand_conv) x = this.expand_conv.call(x);
    x = this.bottleneck_conv.call(x);
    if (this.mid_se) x = this.mid_se.call(x);
    x = this.linear_conv.call(x);
    if (this.useResConnect) x = tf.add(identity, x);
    return x;
  }
}

/** One MobileNetV3 block before scaling: `[in, kernel, expanded, out, useSe, activation, stride]`. @category Models */
export type InvertedResidualConfig = readonly [number, number, number, number, boolean, 'relu' | 'hardswish', number];

const MOBILENET_V3_SMALL = defineSignature('vision.models.MobileNetV3Small', ['scale', 'numClasses', 'withPool']);
const MOBILENET_V3_LARGE = defineSignature('vision.models.MobileNetV3Large', ['scale', 'numClasses', 'withPool']);

/** Options of the MobileNetV3 classes. @category Models */
export interface MobileNetV3Options {
  /** Channel multiplier. @defaultValue 1 */
  scale?: number;
  /** Output classes; 0 or less drops `classifier`. @defaultValue 1000 */
  numClasses?: number;
  /** Keep the global average pooling. @defaultValue true */
  withPool?: boolean;
}

/**
 * Paddle's `MobileNetV3` base (Howard et al., https://arxiv.org/abs/1905.02244), with the same
 * layers and order as torchvision's: `conv`, `blocks`, `lastconv` (6× the last block's input
 * channels), `avgpool`, `classifier` = Linear, Hardswish, Dropout(0.2), Linear. BatchNorm uses
 * epsilon 0.001 as in Paddle and torchvision.
 *
 * @example
 * ```ts
 * // Paddle: MobileNetV3Small(num_classes=10), a MobileNetV3 with the small configuration
 * const net = new paddle.vision.models.MobileNetV3Small({ numClasses: 10 });
 * net instanceof paddle.vision.models.MobileNetV3; // true
 * ```
 * @category Models
 */
export class MobileNetV3 extends Layer {
  static override readonly paddleName: string = 'MobileNetV3';
  readonly scale: number;
  readonly numClasses: number;
  readonly withPool: boolean;
  readonly lastChannel: number;
  readonly conv: ConvNormActivation;
  readonly blocks: Sequential;
  readonly lastconv: ConvNormActivation;
  readonly avgpool?: AdaptiveAvgPool2D;
  readonly classifier?: Sequential;

  /**
   * @param config - the blocks (unscaled channels)
   * @param lastChannel - width of the classifier's hidden Linear
   * @param options - {@link MobileNetV3Options}
   * @throws {@link index!InvalidArgumentError} for a bad option
   */
  constructor(config: readonly InvertedResidualConfig[], lastChannel: number, options: MobileNetV3Options = {}) {
    super();
    const s = positiveOf(options.scale, 1, 'scale', 'MobileNetV3');
    this.scale = s;
    this.lastChannel = lastChannel;
    this.numClasses = numClassesOf(options.numClasses, 1000, 'MobileNetV3');
    this.withPool = boolOf(options.withPool, true, 'withPool', 'MobileNetV3');
    const d = (c: number) => makeDivisible(c * s, 8);
    this.conv = new ConvNormActivation(3, d(config[0][0]), 3, 2, 1, 1, act('hardswish'), norm);
    this.blocks = new Sequential(...config.map(([i, k, e, o, se, a, st]) => new InvertedResidualV3(d(i), d(e), d(o), k, st, se, a)));
    const lastIn = d(config[config.length - 1][0]);
    this.lastconv = new ConvNormActivation(lastIn, lastIn * 6, 1, 1, 0, 1, act('hardswish'), norm);
    if (this.withPool) this.avgpool = new AdaptiveAvgPool2D(1);
    if (this.numClasses > 0) {
      this.classifier = new Sequential(new Linear(lastIn * 6, lastChannel), new Hardswish(), new Dropout(0.2), new Linear(lastChannel, this.numClasses));
    }
  }

  /** @param x - images `[N, 3, H, W]` */
  forward(x: tf.Tensor): tf.Tensor {
    // tf.tidy frees the intermediates when the model is called outside a training step.
    return tf.tidy(() => {
      x = this.conv.call(x);
      x = this.blocks.call(x);
      x = this.lastconv.call(x);
      if (this.withPool) x = this.avgpool!.call(x);
      if (this.numClasses > 0) {
        x = flatten(x, 1);
        x = this.classifier!.call(x);
      }
      return x;
    });
  }
}

const SMALL: InvertedResidualConfig[] = [
  [16, 3, 16, 16, true, 'relu', 2], [16, 3, 72, 24, false, 'relu', 2], [24, 3, 88, 24, false, 'relu', 1],
  [24, 5, 96, 40, true, 'hardswish', 2], [40, 5, 240, 40, true, 'hardswish', 1], [40, 5, 240, 40, true, 'hardswish', 1],
  [40, 5, 120, 48, true, 'hardswish', 1], [48, 5, 144, 48, true, 'hardswish', 1], [48, 5, 288, 96, true, 'hardswish', 2],
  [96, 5, 576, 96, true, 'hardswish', 1], [96, 5, 576, 96, true, 'hardswish', 1],
];
const LARGE: InvertedResidualConfig[] = [
  [16, 3, 16, 16, false, 'relu', 1], [16, 3, 64, 24, false, 'relu', 2], [24, 3, 72, 24, false, 'relu', 1],
  [24, 5, 72, 40, true, 'relu', 2], [40, 5, 120, 40, true, 'relu', 1], [40, 5, 120, 40, true, 'relu', 1],
  [40, 3, 240, 80, false, 'hardswish', 2], [80, 3, 200, 80, false, 'hardswish', 1], [80, 3, 184, 80, false, 'hardswish', 1],
  [80, 3, 184, 80, false, 'hardswish', 1], [80, 3, 480, 112, true, 'hardswish', 1], [112, 3, 672, 112, true, 'hardswish', 1],
  [112, 5, 672, 160, true, 'hardswish', 2], [160, 5, 960, 160, true, 'hardswish', 1], [160, 5, 960, 160, true, 'hardswish', 1],
];

/**
 * Paddle's `MobileNetV3Small` (classifier width `_make_divisible(1024·scale)`).
 * @example
 * ```ts
 * const net = new paddle.vision.models.MobileNetV3Small({ scale: 0.5, numClasses: 10 });
 * ```
 * @category Models
 */
export class MobileNetV3Small extends MobileNetV3 {
  static override readonly paddleName: string = 'MobileNetV3Small';
  /** @param options - {@link MobileNetV3Options} */
  constructor(options?: MobileNetV3Options);
  constructor(scale?: number, options?: Omit<MobileNetV3Options, 'scale'>);
  constructor(scale?: number, numClasses?: number, withPool?: boolean);
  constructor(...args: unknown[]) {
    const options = resolveArgs<MobileNetV3Options>(MOBILENET_V3_SMALL, args);
    super(SMALL, makeDivisible(1024 * (options.scale ?? 1), 8), options);
  }
}

/**
 * Paddle's `MobileNetV3Large` (classifier width `_make_divisible(1280·scale)`).
 * @example
 * ```ts
 * const net = new paddle.vision.models.MobileNetV3Large();
 * ```
 * @category Models
 */
export class MobileNetV3Large extends MobileNetV3 {
  static override readonly paddleName: string = 'MobileNetV3Large';
  /** @param options - {@link MobileNetV3Options} */
  constructor(options?: MobileNetV3Options);
  constructor(scale?: number, options?: Omit<MobileNetV3Options, 'scale'>);
  constructor(scale?: number, numClasses?: number, withPool?: boolean);
  constructor(...args: unknown[]) {
    const options = resolveArgs<MobileNetV3Options>(MOBILENET_V3_LARGE, args);
    super(LARGE, makeDivisible(1280 * (options.scale ?? 1), 8), options);
  }
}

/**
 * MobileNetV3 Small (Paddle's `mobilenet_v3_small`); weights published for scale 1.0.
 * @param options - `scale`, `numClasses`, `withPool`, `pretrained`
 * @returns the network, or a Promise of it with `pretrained`
 * @example
 * ```ts
 * const net = paddle.zoo.mobilenetV3Small({ numClasses: 10 });
 * ```
 * @category Models
 */
export function mobilenetV3Small<O extends MobileNetV3Options & PretrainedOptions>(options?: O): Built<O, MobileNetV3Small>;
export function mobilenetV3Small(pretrained: PretrainedSource, options?: Omit<MobileNetV3Options & PretrainedOptions, 'pretrained'>): Promise<MobileNetV3Small>;
export function mobilenetV3Small(pretrained: false | null | undefined, options?: Omit<MobileNetV3Options & PretrainedOptions, 'pretrained'>): MobileNetV3Small;
export function mobilenetV3Small(...args: unknown[]): MobileNetV3Small | Promise<MobileNetV3Small> {
  const options = factoryArgs<MobileNetV3Options & PretrainedOptions>(SIG_mobilenetV3Small, args);
  const o = options;
  return withPretrained(new MobileNetV3Small(networkOptions(o)), `mobilenet_v3_small_x${pyFloatStr(o.scale ?? 1)}`, o) as MobileNetV3Small | Promise<MobileNetV3Small>;
}

/**
 * MobileNetV3 Large (Paddle's `mobilenet_v3_large`); weights published for scale 1.0.
 * @param options - as {@link mobilenetV3Small}
 * @returns the network, or a Promise of it with `pretrained`
 * @example
 * ```ts
 * const net = paddle.zoo.mobilenetV3Large();
 * ```
 * @category Models
 */
export function mobilenetV3Large<O extends MobileNetV3Options & PretrainedOptions>(options?: O): Built<O, MobileNetV3Large>;
export function mobilenetV3Large(pretrained: PretrainedSource, options?: Omit<MobileNetV3Options & PretrainedOptions, 'pretrained'>): Promise<MobileNetV3Large>;
export function mobilenetV3Large(pretrained: false | null | undefined, options?: Omit<MobileNetV3Options & PretrainedOptions, 'pretrained'>): MobileNetV3Large;
export function mobilenetV3Large(...args: unknown[]): MobileNetV3Large | Promise<MobileNetV3Large> {
  const options = factoryArgs<MobileNetV3Options & PretrainedOptions>(SIG_mobilenetV3Large, args);
  const o = options;
  return withPretrained(new MobileNetV3Large(networkOptions(o)), `mobilenet_v3_large_x${pyFloatStr(o.scale ?? 1)}`, o) as MobileNetV3Large | Promise<MobileNetV3Large>;
}
