import { defineSignature, resolveArgs } from '../../framework/args';
import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { flatten } from '../../nn/functional/common';
import { Layer } from '../../nn/layer/layer';
import { Linear } from '../../nn/layer/linear';
import { AdaptiveAvgPool2D, MaxPool2D } from '../../nn/layer/pooling';
import { ReLU } from '../../nn/layer/activation/relu';
import { Swish } from '../../nn/layer/activation/swish';
import { ConvNormActivation } from './conv-norm-activation';
import { boolOf, numClassesOf, type Built, type PretrainedOptions, factoryArgs, factorySignature, networkOptions, type PretrainedSource } from './options';
import { withPretrained } from './pretrained';

/** The options Paddle's factories pass on as `**kwargs`, by name. */
const KEYS = ['numClasses', 'withPool'] as const;
const SIG_shufflenetV2X0_25 = factorySignature('shufflenetV2X0_25', KEYS);
const SIG_shufflenetV2X0_33 = factorySignature('shufflenetV2X0_33', KEYS);
const SIG_shufflenetV2X0_5 = factorySignature('shufflenetV2X0_5', KEYS);
const SIG_shufflenetV2X1_0 = factorySignature('shufflenetV2X1_0', KEYS);
const SIG_shufflenetV2X1_5 = factorySignature('shufflenetV2X1_5', KEYS);
const SIG_shufflenetV2X2_0 = factorySignature('shufflenetV2X2_0', KEYS);
const SIG_shufflenetV2Swish = factorySignature('shufflenetV2Swish', KEYS);

type MakeAct = () => Layer;

/** Paddle's `channel_shuffle`: interleaves the channel groups of an NCHW batch. */
function channelShuffle(x: tf.Tensor, groups: number): tf.Tensor {
  const [b, c, h, w] = x.shape;
  const channelsPerGroup = Math.floor(c / groups);
  x = tf.reshape(x, [b, groups, channelsPerGroup, h, w]);
  x = tf.transpose(x, [0, 2, 1, 3, 4]);
  x = tf.reshape(x, [b, c, h, w]);
  return x;
}

/** Paddle's ShuffleNetV2 `InvertedResidual` (stride 1): half the channels pass, half go through a branch. @internal */
export class ShuffleUnit extends Layer {
  static override readonly paddleName: string = 'InvertedResidual';
  readonly _conv_pw: ConvNormActivation;
  readonly _conv_dw: ConvNormActivation;
  readonly _conv_linear: ConvNormActivation;

  constructor(inChannels: number, outChannels: number, act: MakeAct) {
    super('inverted_residual');
    const h = outChannels >> 1;
    this._conv_pw = new ConvNormActivation(inChannels >> 1, h, 1, 1, 0, 1, act);
    this._conv_dw = new ConvNormActivation(h, h, 3, 1, 1, h, null);
    this._conv_linear = new ConvNormActivation(h, h, 1, 1, 0, 1, act);
  }

  forward(inputs: tf.Tensor): tf.Tensor {
    const half = Math.floor((inputs.shape[1] as number) / 2);
    let [x1, x2] = tf.split(inputs, [half, half], 1);
    x2 = this._conv_pw.call(x2);
    x2 = this._conv_dw.call(x2);
    x2 = this._conv_linear.call(x2);
    const out = tf.concat([x1, x2], 1);
    return channelShuffle(out, 2);
  }
}

/** Paddle's `InvertedResidualDS` (stride 2): two branches, concatenated and shuffled. @internal */
export class ShuffleUnitDS extends Layer {
  static override readonly paddleName: string = 'InvertedResidualDS';
  readonly _conv_dw_1: ConvNormActivation;
  readonly _conv_linear_1: ConvNormActivation;
  readonly _conv_pw_2: ConvNormActivation;
  readonly _conv_dw_2: ConvNormActivation;
  readonly _conv_linear_2: ConvNormActivation;

  constructor(inChannels: number, outChannels: number, stride: number, act: MakeAct) {
    super('inverted_residual_ds');
    const h = outChannels >> 1;
    this._conv_dw_1 = new ConvNormActivation(inChannels, inChannels, 3, stride, 1, inChannels, null);
    this._conv_linear_1 = new ConvNormActivation(inChannels, h, 1, 1, 0, 1, act);
    this._conv_pw_2 = new ConvNormActivation(inChannels, h, 1, 1, 0, 1, act);
    this._conv_dw_2 = new ConvNormActivation(h, h, 3, stride, 1, h, null);
    this._conv_linear_2 = new ConvNormActivation(h, h, 1, 1, 0, 1, act);
  }

  forward(inputs: tf.Tensor): tf.Tensor {
    let x1 = this._conv_dw_1.call(inputs);
    x1 = this._conv_linear_1.call(x1);
    let x2 = this._conv_pw_2.call(inputs);
    x2 = this._conv_dw_2.call(x2);
    x2 = this._conv_linear_2.call(x2);
    const out = tf.concat([x1, x2], 1);
    return channelShuffle(out, 2);
  }
}

const SHUFFLENET_V2 = defineSignature('vision.models.ShuffleNetV2', ['scale', 'act', 'numClasses', 'withPool']);

/** Options of {@link ShuffleNetV2}. @category Models */
export interface ShuffleNetV2Options {
  /** Width: 0.25, 0.33, 0.5, 1, 1.5 or 2. @defaultValue 1 */
  scale?: number;
  /** Activation: `'relu'` or `'swish'`. @defaultValue 'relu' */
  act?: 'relu' | 'swish';
  /** Output classes; 0 or less drops `_fc`. @defaultValue 1000 */
  numClasses?: number;
  /** Keep the global average pooling. @defaultValue true */
  withPool?: boolean;
}

const CHANNELS: Record<string, number[]> = {
  0.25: [24, 24, 48, 96, 512], 0.33: [24, 32, 64, 128, 512], 0.5: [24, 48, 96, 192, 1024],
  1: [24, 116, 232, 464, 1024], 1.5: [24, 176, 352, 704, 1024], 2: [24, 224, 488, 976, 2048],
};

/**
 * Paddle's `paddle.vision.models.ShuffleNetV2` (Ma et al., https://arxiv.org/abs/1807.11164):
 * `_conv1`, `_max_pool`, 16 units named `2_1` … `4_4` as Paddle names them, `_last_conv`,
 * `_pool2d_avg`, `_fc`. Widths 0.5–2.0 match torchvision's `shufflenet_v2_x*`.
 *
 * @example
 * ```ts
 * const net = paddle.zoo.shufflenetV2X0_5({ numClasses: 10 });
 * ```
 * @category Models
 */
export class ShuffleNetV2 extends Layer {
  static override readonly paddleName: string = 'ShuffleNetV2';
  readonly scale: number;
  readonly numClasses: number;
  readonly withPool: boolean;
  readonly _conv1: ConvNormActivation;
  readonly _max_pool: MaxPool2D;
  readonly _last_conv: ConvNormActivation;
  readonly _pool2d_avg?: AdaptiveAvgPool2D;
  readonly _fc?: Linear;
  private readonly blockList: Layer[] = [];

  /**
   * @param options - {@link ShuffleNetV2Options}
   * @throws {@link index!InvalidArgumentError} for another scale or activation
   */
  constructor(options?: ShuffleNetV2Options);
  constructor(scale?: number, options?: Omit<ShuffleNetV2Options, 'scale'>);
  constructor(scale?: number, act?: 'relu' | 'swish', numClasses?: number, withPool?: boolean);
  constructor(...args: unknown[]) {
    super();
    const options = resolveArgs<ShuffleNetV2Options>(SHUFFLENET_V2, args);
    const scale = options.scale ?? 1;
    const ch = CHANNELS[String(scale)];
    if (!ch) throw new InvalidArgumentError('scale', 'one of 0.25, 0.33, 0.5, 1, 1.5, 2', scale, 'ShuffleNetV2');
    const actName = options.act ?? 'relu';
    if (actName !== 'relu' && actName !== 'swish') throw new InvalidArgumentError('act', "'relu' or 'swish'", actName, 'ShuffleNetV2');
    const act: MakeAct = actName === 'relu' ? () => new ReLU() : () => new Swish();
    this.scale = scale;
    this.numClasses = numClassesOf(options.numClasses, 1000, 'ShuffleNetV2');
    this.withPool = boolOf(options.withPool, true, 'withPool', 'ShuffleNetV2');
    this._conv1 = new ConvNormActivation(3, ch[0], 3, 2, 1, 1, act);
    this._max_pool = new MaxPool2D(3, { stride: 2, padding: 1 });
    [4, 8, 4].forEach((repeat, stage) => {
      for (let i = 0; i < repeat; i++) {
        const block = i === 0 ? new ShuffleUnitDS(ch[stage], ch[stage + 1], 2, act) : new ShuffleUnit(ch[stage + 1], ch[stage + 1], act);
        this.blockList.push(this.addSublayer(`${stage + 2}_${i + 1}`, block));
      }
    });
    this._last_conv = new ConvNormActivation(ch[3], ch[4], 1, 1, 0, 1, act);
    if (this.withPool) this._pool2d_avg = new AdaptiveAvgPool2D(1);
    if (this.numClasses > 0) this._fc = new Linear(ch[4], this.numClasses);
  }

  /** @param x - images `[N, 3, H, W]` */
  forward(x: tf.Tensor): tf.Tensor {
    // tf.tidy frees the intermediates when the model is called outside a training step.
    return tf.tidy(() => {
      x = this._conv1.call(x);
      x = this._max_pool.call(x);
      for (const inv of this.blockList) x = inv.call(x);
      x = this._last_conv.call(x);
      if (this.withPool) x = this._pool2d_avg!.call(x);
      if (this.numClasses > 0) {
        x = flatten(x, 1);
        x = this._fc!.call(x);
      }
      return x;
    });
  }
}

/** Options of the ShuffleNetV2 factories. @category Models */
export type ShuffleNetV2FactoryOptions = Omit<ShuffleNetV2Options, 'scale' | 'act'> & PretrainedOptions;

function make<O extends ShuffleNetV2FactoryOptions>(arch: string, scale: number, act: 'relu' | 'swish', o: O | undefined): ShuffleNetV2 | Promise<ShuffleNetV2> {
  return withPretrained(new ShuffleNetV2({ ...networkOptions(o), scale, act }), arch, o) as ShuffleNetV2 | Promise<ShuffleNetV2>;
}

/**
 * ShuffleNetV2 ×0.25 (Paddle's `shufflenet_v2_x0_25`). @param options - `numClasses`, `withPool`, `pretrained`
 * @returns the network, or a Promise of it with `pretrained`
 * @example
 * ```ts
 * const net = paddle.zoo.shufflenetV2X0_25();
 * ```
 * @category Models
 */
export function shufflenetV2X0_25<O extends ShuffleNetV2FactoryOptions>(options?: O): Built<O, ShuffleNetV2>;
export function shufflenetV2X0_25(pretrained: PretrainedSource, options?: Omit<ShuffleNetV2FactoryOptions, 'pretrained'>): Promise<ShuffleNetV2>;
export function shufflenetV2X0_25(pretrained: false | null | undefined, options?: Omit<ShuffleNetV2FactoryOptions, 'pretrained'>): ShuffleNetV2;
export function shufflenetV2X0_25(...args: unknown[]): ShuffleNetV2 | Promise<ShuffleNetV2> {
  const o = factoryArgs<ShuffleNetV2FactoryOptions>(SIG_shufflenetV2X0_25, args);
  return make('shufflenet_v2_x0_25', 0.25, 'relu', o);
}
/** ShuffleNetV2 ×0.33. @param options - as {@link shufflenetV2X0_25} @returns the network @example `paddle.zoo.shufflenetV2X0_33()` @category Models */
export function shufflenetV2X0_33<O extends ShuffleNetV2FactoryOptions>(options?: O): Built<O, ShuffleNetV2>;
export function shufflenetV2X0_33(pretrained: PretrainedSource, options?: Omit<ShuffleNetV2FactoryOptions, 'pretrained'>): Promise<ShuffleNetV2>;
export function shufflenetV2X0_33(pretrained: false | null | undefined, options?: Omit<ShuffleNetV2FactoryOptions, 'pretrained'>): ShuffleNetV2;
export function shufflenetV2X0_33(...args: unknown[]): ShuffleNetV2 | Promise<ShuffleNetV2> {
  const o = factoryArgs<ShuffleNetV2FactoryOptions>(SIG_shufflenetV2X0_33, args);
  return make('shufflenet_v2_x0_33', 0.33, 'relu', o);
}
/** ShuffleNetV2 ×0.5. @param options - as {@link shufflenetV2X0_25} @returns the network @example `paddle.zoo.shufflenetV2X0_5()` @category Models */
export function shufflenetV2X0_5<O extends ShuffleNetV2FactoryOptions>(options?: O): Built<O, ShuffleNetV2>;
export function shufflenetV2X0_5(pretrained: PretrainedSource, options?: Omit<ShuffleNetV2FactoryOptions, 'pretrained'>): Promise<ShuffleNetV2>;
export function shufflenetV2X0_5(pretrained: false | null | undefined, options?: Omit<ShuffleNetV2FactoryOptions, 'pretrained'>): ShuffleNetV2;
export function shufflenetV2X0_5(...args: unknown[]): ShuffleNetV2 | Promise<ShuffleNetV2> {
  const o = factoryArgs<ShuffleNetV2FactoryOptions>(SIG_shufflenetV2X0_5, args);
  return make('shufflenet_v2_x0_5', 0.5, 'relu', o);
}
/** ShuffleNetV2 ×1.0. @param options - as {@link shufflenetV2X0_25} @returns the network @example `paddle.zoo.shufflenetV2X1_0()` @category Models */
export function shufflenetV2X1_0<O extends ShuffleNetV2FactoryOptions>(options?: O): Built<O, ShuffleNetV2>;
export function shufflenetV2X1_0(pretrained: PretrainedSource, options?: Omit<ShuffleNetV2FactoryOptions, 'pretrained'>): Promise<ShuffleNetV2>;
export function shufflenetV2X1_0(pretrained: false | null | undefined, options?: Omit<ShuffleNetV2FactoryOptions, 'pretrained'>): ShuffleNetV2;
export function shufflenetV2X1_0(...args: unknown[]): ShuffleNetV2 | Promise<ShuffleNetV2> {
  const o = factoryArgs<ShuffleNetV2FactoryOptions>(SIG_shufflenetV2X1_0, args);
  return make('shufflenet_v2_x1_0', 1, 'relu', o);
}
/** ShuffleNetV2 ×1.5. @param options - as {@link shufflenetV2X0_25} @returns the network @example `paddle.zoo.shufflenetV2X1_5()` @category Models */
export function shufflenetV2X1_5<O extends ShuffleNetV2FactoryOptions>(options?: O): Built<O, ShuffleNetV2>;
export function shufflenetV2X1_5(pretrained: PretrainedSource, options?: Omit<ShuffleNetV2FactoryOptions, 'pretrained'>): Promise<ShuffleNetV2>;
export function shufflenetV2X1_5(pretrained: false | null | undefined, options?: Omit<ShuffleNetV2FactoryOptions, 'pretrained'>): ShuffleNetV2;
export function shufflenetV2X1_5(...args: unknown[]): ShuffleNetV2 | Promise<ShuffleNetV2> {
  const o = factoryArgs<ShuffleNetV2FactoryOptions>(SIG_shufflenetV2X1_5, args);
  return make('shufflenet_v2_x1_5', 1.5, 'relu', o);
}
/** ShuffleNetV2 ×2.0. @param options - as {@link shufflenetV2X0_25} @returns the network @example `paddle.zoo.shufflenetV2X2_0()` @category Models */
export function shufflenetV2X2_0<O extends ShuffleNetV2FactoryOptions>(options?: O): Built<O, ShuffleNetV2>;
export function shufflenetV2X2_0(pretrained: PretrainedSource, options?: Omit<ShuffleNetV2FactoryOptions, 'pretrained'>): Promise<ShuffleNetV2>;
export function shufflenetV2X2_0(pretrained: false | null | undefined, options?: Omit<ShuffleNetV2FactoryOptions, 'pretrained'>): ShuffleNetV2;
export function shufflenetV2X2_0(...args: unknown[]): ShuffleNetV2 | Promise<ShuffleNetV2> {
  const o = factoryArgs<ShuffleNetV2FactoryOptions>(SIG_shufflenetV2X2_0, args);
  return make('shufflenet_v2_x2_0', 2, 'relu', o);
}
/** ShuffleNetV2 ×1.0 with swish. @param options - as {@link shufflenetV2X0_25} @returns the network @example `paddle.zoo.shufflenetV2Swish()` @category Models */
export function shufflenetV2Swish<O extends ShuffleNetV2FactoryOptions>(options?: O): Built<O, ShuffleNetV2>;
export function shufflenetV2Swish(pretrained: PretrainedSource, options?: Omit<ShuffleNetV2FactoryOptions, 'pretrained'>): Promise<ShuffleNetV2>;
export function shufflenetV2Swish(pretrained: false | null | undefined, options?: Omit<ShuffleNetV2FactoryOptions, 'pretrained'>): ShuffleNetV2;
export function shufflenetV2Swish(...args: unknown[]): ShuffleNetV2 | Promise<ShuffleNetV2> {
  const o = factoryArgs<ShuffleNetV2FactoryOptions>(SIG_shufflenetV2Swish, args);
  return make('shufflenet_v2_swish', 1, 'swish', o);
}
