import * as tf from '@tensorflow/tfjs-core';
import { hardsigmoid, relu } from '../../nn/functional/activation';
import { toChannelsFirst, toChannelsLast } from '../../nn/functional/layout';
import { BatchNorm2D } from '../../nn/layer/batch-norm';
import { Flatten } from '../../nn/layer/common';
import { Conv2D } from '../../nn/layer/conv2d';
import { Sequential } from '../../nn/layer/container/sequential';
import { Dropout } from '../../nn/layer/dropout';
import { Layer } from '../../nn/layer/layer';
import { Linear } from '../../nn/layer/linear';
import { AdaptiveAvgPool2D } from '../../nn/layer/pooling';
import { Hardswish } from '../../nn/layer/activation/hardswish';
import { ReLU } from '../../nn/layer/activation/relu';
import { ChannelsLastBlock, runNhwc } from './channels-last';
import { pyFloatStr } from './mobilenet-v1';
import { boolOf, makeDivisible, numClassesOf, positiveOf, type Built, type PretrainedOptions } from './options';
import { withPretrained } from './pretrained';

type Act = 'relu' | 'hardswish' | null;

/** Paddle's MobileNetV3 `ConvBNLayer`: conv (no bias), BatchNorm, optional activation. @internal */
export class ConvBNLayer extends ChannelsLastBlock {
  readonly conv: Conv2D;
  readonly bn: BatchNorm2D;
  readonly act: Layer | null;

  constructor(inChannels: number, outChannels: number, filterSize: number, stride: number, padding: number, numGroups = 1, act: Act = null) {
    super();
    this.conv = new Conv2D(inChannels, outChannels, filterSize, { stride, padding, groups: numGroups, biasAttr: false });
    this.bn = new BatchNorm2D(outChannels);
    this.act = act === 'relu' ? new ReLU() : act === 'hardswish' ? new Hardswish() : null;
  }

  protected forwardNhwc(x: tf.Tensor): tf.Tensor {
    const y = runNhwc(this.bn, runNhwc(this.conv, x));
    return this.act ? runNhwc(this.act, y) : y;
  }
}

/** Paddle's `SqueezeExcitation`: pool, 1×1 conv, ReLU, 1×1 conv, hardsigmoid(slope 0.2, offset 0.5), scale. @internal */
export class SqueezeExcitation extends ChannelsLastBlock {
  readonly avg_pool: AdaptiveAvgPool2D;
  readonly conv1: Conv2D;
  readonly relu: ReLU;
  readonly conv2: Conv2D;

  constructor(channels: number, reduction = 4) {
    super();
    this.avg_pool = new AdaptiveAvgPool2D(1);
    this.conv1 = new Conv2D(channels, Math.floor(channels / reduction), 1);
    this.relu = new ReLU();
    this.conv2 = new Conv2D(Math.floor(channels / reduction), channels, 1);
  }

  protected forwardNhwc(x: tf.Tensor): tf.Tensor {
    return tf.tidy(() => {
      const s = runNhwc(this.conv2, relu(runNhwc(this.conv1, runNhwc(this.avg_pool, x))));
      return tf.mul(x, hardsigmoid(s, 0.2, 0.5));
    });
  }
}

/** Paddle's MobileNetV3 `InvertedResidual`. @internal */
export class InvertedResidualV3 extends ChannelsLastBlock {
  readonly ifShortcut: boolean;
  readonly expand_conv: ConvBNLayer;
  readonly bottleneck_conv: ConvBNLayer;
  readonly mid_se?: SqueezeExcitation;
  readonly linear_conv: ConvBNLayer;

  constructor(inC: number, expC: number, outC: number, k: number, stride: number, useSe: boolean, act: Act) {
    super('inverted_residual');
    this.ifShortcut = stride === 1 && inC === outC;
    this.expand_conv = new ConvBNLayer(inC, expC, 1, 1, 0, 1, act);
    this.bottleneck_conv = new ConvBNLayer(expC, expC, k, stride, (k - 1) >> 1, expC, act);
    if (useSe) this.mid_se = new SqueezeExcitation(expC);
    this.linear_conv = new ConvBNLayer(expC, outC, 1, 1, 0, 1, null);
  }

  protected forwardNhwc(x: tf.Tensor): tf.Tensor {
    return tf.tidy(() => {
      let y = runNhwc(this.bottleneck_conv, runNhwc(this.expand_conv, x));
      if (this.mid_se) y = runNhwc(this.mid_se, y);
      y = runNhwc(this.linear_conv, y);
      return this.ifShortcut ? tf.add(x, y) : y;
    });
  }
}

/** One MobileNetV3 block: `[in, kernel, expanded, out, useSe, activation, stride]`. @category Models */
export type InvertedResidualConfig = readonly [number, number, number, number, boolean, 'relu' | 'hardswish', number];

/** Options of the MobileNetV3 classes. @category Models */
export interface MobileNetV3Options {
  /** Channel multiplier. @defaultValue 1 */
  scale?: number;
  /** Channels of the penultimate 1×1 convolution. @defaultValue 1280 */
  lastChannel?: number;
  /** Output classes; 0 or less drops the head. @defaultValue 1000 */
  numClasses?: number;
  /** Keep the global average pooling. @defaultValue true */
  withPool?: boolean;
}

/**
 * Paddle's `MobileNetV3` base (Howard et al., https://arxiv.org/abs/1905.02244). Paddle's head
 * differs from torchvision's: a bias-free 1×1 `last_conv` instead of a Linear, Hardswish, then
 * `Dropout(0.2, downscale_in_infer)` and `fc`; its squeeze-excitation uses hardsigmoid with slope
 * 0.2 and `channels // 4` squeeze channels.
 * @category Models
 */
export class MobileNetV3 extends Layer {
  readonly scale: number;
  readonly numClasses: number;
  readonly withPool: boolean;
  readonly conv: ConvBNLayer;
  readonly blocks: Sequential;
  readonly last_second_conv: ConvBNLayer;
  readonly avg_pool?: AdaptiveAvgPool2D;
  readonly last_conv?: Conv2D;
  readonly hardswish?: Hardswish;
  readonly dropout?: Dropout;
  readonly flatten?: Flatten;
  readonly fc?: Linear;

  /**
   * @param config - the blocks
   * @param options - {@link MobileNetV3Options}
   * @throws {@link InvalidArgumentError} for a bad option
   */
  constructor(config: readonly InvertedResidualConfig[], options: MobileNetV3Options = {}) {
    super();
    const s = positiveOf(options.scale, 1, 'scale', 'MobileNetV3');
    const lastChannel = positiveOf(options.lastChannel, 1280, 'lastChannel', 'MobileNetV3');
    this.scale = s;
    this.numClasses = numClassesOf(options.numClasses, 1000, 'MobileNetV3');
    this.withPool = boolOf(options.withPool, true, 'withPool', 'MobileNetV3');
    const d = (c: number) => makeDivisible(s * c);
    this.conv = new ConvBNLayer(3, d(config[0][0]), 3, 2, 1, 1, 'hardswish');
    this.blocks = new Sequential(...config.map(([i, k, e, o, se, act, st]) => new InvertedResidualV3(d(i), d(e), d(o), k, st, se, act)));
    const last = config[config.length - 1];
    this.last_second_conv = new ConvBNLayer(d(last[3]), d(last[2]), 1, 1, 0, 1, 'hardswish');
    if (this.withPool) this.avg_pool = new AdaptiveAvgPool2D(1);
    if (this.numClasses > 0) {
      this.last_conv = new Conv2D(d(last[2]), lastChannel, 1, { stride: 1, padding: 0, biasAttr: false });
      this.hardswish = new Hardswish();
      this.dropout = new Dropout(0.2, { mode: 'downscale_in_infer' });
      this.flatten = new Flatten(1, -1);
      this.fc = new Linear(lastChannel, this.numClasses);
    }
  }

  /** @param x - images `[N, 3, H, W]` */
  forward(x: tf.Tensor): tf.Tensor {
    return tf.tidy(() => {
      let y = toChannelsLast(x);
      for (const l of [this.conv, this.blocks, this.last_second_conv]) y = runNhwc(l, y);
      if (this.avg_pool) y = runNhwc(this.avg_pool, y);
      if (this.numClasses <= 0) return toChannelsFirst(y);
      y = toChannelsFirst(runNhwc(this.hardswish!, runNhwc(this.last_conv!, y)));
      return this.fc!.call(this.flatten!.call(this.dropout!.call(y)));
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
 * Paddle's `MobileNetV3Small`. @example
 * ```ts
 * const net = new paddle.vision.models.MobileNetV3Small({ scale: 0.5, numClasses: 10 });
 * ```
 * @category Models
 */
export class MobileNetV3Small extends MobileNetV3 {
  /** @param options - {@link MobileNetV3Options} */
  constructor(options: MobileNetV3Options = {}) {
    super(SMALL, options);
  }
}

/**
 * Paddle's `MobileNetV3Large`. @example
 * ```ts
 * const net = new paddle.vision.models.MobileNetV3Large();
 * ```
 * @category Models
 */
export class MobileNetV3Large extends MobileNetV3 {
  /** @param options - {@link MobileNetV3Options} */
  constructor(options: MobileNetV3Options = {}) {
    super(LARGE, options);
  }
}

/**
 * MobileNetV3 Small (Paddle's `mobilenet_v3_small`); weights published for scales 0.35–1.25.
 * @param options - `scale`, `lastChannel`, `numClasses`, `withPool`, `pretrained`
 * @returns the network, or a Promise of it with `pretrained`
 * @example
 * ```ts
 * const net = paddle.zoo.mobilenetV3Small({ numClasses: 10 });
 * ```
 * @category Models
 */
export function mobilenetV3Small<O extends MobileNetV3Options & PretrainedOptions>(options?: O): Built<O, MobileNetV3Small> {
  const o = options ?? ({} as O);
  return withPretrained(new MobileNetV3Small(o), `mobilenet_v3_small_x${pyFloatStr(o.scale ?? 1)}`, o) as Built<O, MobileNetV3Small>;
}

/**
 * MobileNetV3 Large (Paddle's `mobilenet_v3_large`).
 * @param options - as {@link mobilenetV3Small}
 * @returns the network, or a Promise of it with `pretrained`
 * @example
 * ```ts
 * const net = paddle.zoo.mobilenetV3Large();
 * ```
 * @category Models
 */
export function mobilenetV3Large<O extends MobileNetV3Options & PretrainedOptions>(options?: O): Built<O, MobileNetV3Large> {
  const o = options ?? ({} as O);
  return withPretrained(new MobileNetV3Large(o), `mobilenet_v3_large_x${pyFloatStr(o.scale ?? 1)}`, o) as Built<O, MobileNetV3Large>;
}
