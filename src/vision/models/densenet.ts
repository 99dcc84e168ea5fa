import { defineSignature, resolveArgs } from '../../framework/args';
import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { flatten } from '../../nn/functional/common';
import * as F from '../../nn/functional/activation';
import { Uniform } from '../../nn/initializer/uniform';
import { BatchNorm2D } from '../../nn/layer/batch-norm';
import { Conv2D } from '../../nn/layer/conv2d';
import { Dropout } from '../../nn/layer/dropout';
import { Layer } from '../../nn/layer/layer';
import { Linear } from '../../nn/layer/linear';
import { AdaptiveAvgPool2D, AvgPool2D, MaxPool2D } from '../../nn/layer/pooling';
import { ParamAttr } from '../../nn/param-attr';
import { boolOf, numClassesOf, type Built, type PretrainedOptions, factoryArgs, factorySignature, networkOptions, type PretrainedSource } from './options';
import { withPretrained } from './pretrained';

/** The options Paddle's factories pass on as `**kwargs`, by name. */
const KEYS = ['bnSize', 'dropout', 'numClasses', 'withPool'] as const;
const SIG_densenet121 = factorySignature('densenet121', KEYS);
const SIG_densenet161 = factorySignature('densenet161', KEYS);
const SIG_densenet169 = factorySignature('densenet169', KEYS);
const SIG_densenet201 = factorySignature('densenet201', KEYS);
const SIG_densenet264 = factorySignature('densenet264', KEYS);

/** Paddle's `BNACConvLayer`: BatchNorm + ReLU, then a bias-free convolution (pre-activation). @internal */
export class BNACConvLayer extends Layer {
  static override readonly paddleName: string = 'BNACConvLayer';
  readonly _batch_norm: BatchNorm2D;
  readonly _conv: Conv2D;

  constructor(inChannels: number, filters: number, k: number, pad = 0) {
    super();
    this._batch_norm = new BatchNorm2D(inChannels);
    this._conv = new Conv2D(inChannels, filters, k, { padding: pad, biasAttr: false });
  }

  forward(input: tf.Tensor): tf.Tensor {
    // Paddle's BatchNorm(act='relu') is our BatchNorm2D followed by relu.
    let y = this._batch_norm.call(input);
    y = F.relu(y);
    y = this._conv.call(y);
    return y;
  }
}

/** Paddle's `DenseLayer`: 1×1 then 3×3 pre-activation convolutions, concatenated to the input. @internal */
export class DenseLayer extends Layer {
  static override readonly paddleName: string = 'DenseLayer';
  readonly bn_ac_func1: BNACConvLayer;
  readonly bn_ac_func2: BNACConvLayer;
  readonly dropout_func?: Dropout;

  constructor(inChannels: number, growthRate: number, bnSize: number, dropout: number) {
    super();
    this.bn_ac_func1 = new BNACConvLayer(inChannels, bnSize * growthRate, 1);
    this.bn_ac_func2 = new BNACConvLayer(bnSize * growthRate, growthRate, 3, 1);
    if (dropout) this.dropout_func = new Dropout(dropout, { mode: 'downscale_in_infer' });
  }

  forward(input: tf.Tensor): tf.Tensor {
    let conv = this.bn_ac_func1.call(input);
    conv = this.bn_ac_func2.call(conv);
    if (this.dropout_func) conv = this.dropout_func.call(conv);
    conv = tf.concat([input, conv], 1);
    return conv;
  }
}

/** Paddle's `TransitionLayer`: pre-activation 1×1 convolution halving the channels, then 2×2 average pooling. @internal */
export class TransitionLayer extends Layer {
  static override readonly paddleName: string = 'TransitionLayer';
  readonly conv_ac_func: BNACConvLayer;
  readonly pool2d_avg: AvgPool2D;

  constructor(inChannels: number, outChannels: number) {
    super();
    this.conv_ac_func = new BNACConvLayer(inChannels, outChannels, 1);
    this.pool2d_avg = new AvgPool2D(2, { stride: 2, padding: 0 });
  }

  forward(input: tf.Tensor): tf.Tensor {
    let y = this.conv_ac_func.call(input);
    y = this.pool2d_avg.call(y);
    return y;
  }
}

const DENSENET = defineSignature('vision.models.DenseNet', ['layers', 'bnSize', 'dropout', 'numClasses', 'withPool']);

/** Options of {@link DenseNet}. @category Models */
export interface DenseNetOptions {
  /** 121, 161, 169, 201 or 264. @defaultValue 121 */
  layers?: number;
  /** Width multiplier of the bottleneck (×growth rate). @defaultValue 4 */
  bnSize?: number;
  /** Dropout after each dense layer (`downscale_in_infer`), 0 for none. @defaultValue 0 */
  dropout?: number;
  /** Output classes; 0 or less drops `out`. @defaultValue 1000 */
  numClasses?: number;
  /** Keep the global average pooling. @defaultValue true */
  withPool?: boolean;
}

const SPEC: Record<number, [number, number, number[]]> = {
  121: [64, 32, [6, 12, 24, 16]], 161: [96, 48, [6, 12, 36, 24]], 169: [64, 32, [6, 12, 32, 32]],
  201: [64, 32, [6, 12, 48, 32]], 264: [64, 32, [6, 12, 64, 48]],
};

/**
 * Paddle's `paddle.vision.models.DenseNet` (Huang et al., https://arxiv.org/abs/1608.06993):
 * `conv1_func` (conv 7×7/2 + BN + ReLU), `pool2d_max`, dense blocks `db_conv_2` … and transitions
 * `tr_conv2_blk` …, `batch_norm` + ReLU, `pool2d_avg`, `out`. Same layers and order as
 * torchvision's DenseNet. With `withPool: false` and a classifier Paddle fails (its `y` is
 * unset); here the unpooled map is flattened, so `out` then needs `H·W` times the channels.
 *
 * @example
 * ```ts
 * const net = paddle.zoo.densenet121({ numClasses: 10 });
 * ```
 * @category Models
 */
export class DenseNet extends Layer {
  static override readonly paddleName: string = 'DenseNet';
  readonly numClasses: number;
  readonly withPool: boolean;
  readonly conv1_func: StemConvBN;
  readonly pool2d_max: MaxPool2D;
  readonly batch_norm: BatchNorm2D;
  readonly pool2d_avg?: AdaptiveAvgPool2D;
  readonly out?: Linear;
  private readonly stages: Layer[] = [];

  /**
   * @param options - {@link DenseNetOptions}
   * @throws {@link index!InvalidArgumentError} for another depth or a bad option
   */
  constructor(options?: DenseNetOptions);
  constructor(layers?: number, options?: Omit<DenseNetOptions, 'layers'>);
  constructor(layers?: number, bnSize?: number, dropout?: number, numClasses?: number, withPool?: boolean);
  constructor(...args: unknown[]) {
    super();
    const options = resolveArgs<DenseNetOptions>(DENSENET, args);
    const layers = options.layers ?? 121;
    const spec = SPEC[layers];
    if (!spec) throw new InvalidArgumentError('layers', 'one of 121, 161, 169, 201, 264', layers, 'DenseNet');
    const bnSize = options.bnSize ?? 4;
    const dropout = options.dropout ?? 0;
    if (!(dropout >= 0 && dropout < 1)) throw new InvalidArgumentError('dropout', 'a number in [0, 1)', dropout, 'DenseNet');
    this.numClasses = numClassesOf(options.numClasses, 1000, 'DenseNet');
    this.withPool = boolOf(options.withPool, true, 'withPool', 'DenseNet');
    const [init, growth, blocks] = spec;
    this.conv1_func = new StemConvBN(init);
    this.pool2d_max = new MaxPool2D(3, { stride: 2, padding: 1 });
    let features = init;
    blocks.forEach((n, i) => {
      const block = new DenseBlock(features, n, bnSize, growth, dropout, `conv${i + 2}`);
      this.stages.push(this.addSublayer(`db_conv_${i + 2}`, block));
      features += n * growth;
      if (i !== blocks.length - 1) {
        this.stages.push(this.addSublayer(`tr_conv${i + 2}_blk`, new TransitionLayer(features, features >> 1)));
        features >>= 1;
      }
    });
    this.batch_norm = new BatchNorm2D(features);
    if (this.withPool) this.pool2d_avg = new AdaptiveAvgPool2D(1);
    if (this.numClasses > 0) {
      const s = 1 / Math.sqrt(features);
      this.out = new Linear(features, this.numClasses, { weightAttr: new ParamAttr({ initializer: new Uniform(-s, s) }) });
    }
  }

  /** @param x - images `[N, 3, H, W]` */
  forward(x: tf.Tensor): tf.Tensor {
    // tf.tidy frees the intermediates when the model is called outside a training step.
    return tf.tidy(() => {
      let conv = this.conv1_func.call(x);
      conv = this.pool2d_max.call(conv);
      // The dense blocks and transition layers, alternating, in Paddle's order.
      for (const stage of this.stages) conv = stage.call(conv);
      conv = this.batch_norm.call(conv);
      conv = F.relu(conv);
      let y = conv;
      if (this.withPool) y = this.pool2d_avg!.call(conv);
      if (this.numClasses > 0) {
        y = flatten(y, 1);
        y = this.out!.call(y);
      }
      return y;
    });
  }
}

/** Paddle's DenseNet `ConvBNLayer` stem: bias-free conv 7×7/2, then BatchNorm + ReLU. @internal */
export class StemConvBN extends Layer {
  static override readonly paddleName: string = 'ConvBNLayer';
  readonly _conv: Conv2D;
  readonly _batch_norm: BatchNorm2D;

  constructor(filters: number) {
    super('conv_bn_layer');
    this._conv = new Conv2D(3, filters, 7, { stride: 2, padding: 3, biasAttr: false });
    this._batch_norm = new BatchNorm2D(filters);
  }

  forward(input: tf.Tensor): tf.Tensor {
    let y = this._conv.call(input);
    y = this._batch_norm.call(y);
    y = F.relu(y);
    return y;
  }
}

/** Paddle's `DenseBlock`: dense layers named `<name>_1`, `<name>_2`, … @internal */
export class DenseBlock extends Layer {
  static override readonly paddleName: string = 'DenseBlock';
  private readonly denseLayers: DenseLayer[] = [];

  constructor(inChannels: number, numLayers: number, bnSize: number, growthRate: number, dropout: number, name: string) {
    super();
    for (let l = 0; l < numLayers; l++) {
      this.denseLayers.push(this.addSublayer(`${name}_${l + 1}`, new DenseLayer(inChannels + l * growthRate, growthRate, bnSize, dropout)));
    }
  }

  forward(input: tf.Tensor): tf.Tensor {
    let conv = input;
    for (const func of this.denseLayers) conv = func.call(conv);
    return conv;
  }
}

/** Options of the DenseNet factories. @category Models */
export type DenseNetFactoryOptions = Omit<DenseNetOptions, 'layers'> & PretrainedOptions;

function make<O extends DenseNetFactoryOptions>(layers: number, o: O | undefined): DenseNet | Promise<DenseNet> {
  return withPretrained(new DenseNet({ ...networkOptions(o), layers }), `densenet${layers}`, o) as DenseNet | Promise<DenseNet>;
}

/**
 * DenseNet-121. @param options - `bnSize`, `dropout`, `numClasses`, `withPool`, `pretrained`
 * @returns the network, or a Promise of it with `pretrained`
 * @example
 * ```ts
 * const net = paddle.zoo.densenet121({ numClasses: 10 });
 * ```
 * @category Models
 */
export function densenet121<O extends DenseNetFactoryOptions>(options?: O): Built<O, DenseNet>;
export function densenet121(pretrained: PretrainedSource, options?: Omit<DenseNetFactoryOptions, 'pretrained'>): Promise<DenseNet>;
export function densenet121(pretrained: false | null | undefined, options?: Omit<DenseNetFactoryOptions, 'pretrained'>): DenseNet;
export function densenet121(...args: unknown[]): DenseNet | Promise<DenseNet> {
  const options = factoryArgs<DenseNetFactoryOptions>(SIG_densenet121, args);
  return make(121, options);
}
/** DenseNet-161. @param options - as {@link densenet121} @returns the network @example `paddle.zoo.densenet161()` @category Models */
export function densenet161<O extends DenseNetFactoryOptions>(options?: O): Built<O, DenseNet>;
export function densenet161(pretrained: PretrainedSource, options?: Omit<DenseNetFactoryOptions, 'pretrained'>): Promise<DenseNet>;
export function densenet161(pretrained: false | null | undefined, options?: Omit<DenseNetFactoryOptions, 'pretrained'>): DenseNet;
export function densenet161(...args: unknown[]): DenseNet | Promise<DenseNet> {
  const options = factoryArgs<DenseNetFactoryOptions>(SIG_densenet161, args);
  return make(161, options);
}
/** DenseNet-169. @param options - as {@link densenet121} @returns the network @example `paddle.zoo.densenet169()` @category Models */
export function densenet169<O extends DenseNetFactoryOptions>(options?: O): Built<O, DenseNet>;
export function densenet169(pretrained: PretrainedSource, options?: Omit<DenseNetFactoryOptions, 'pretrained'>): Promise<DenseNet>;
export function densenet169(pretrained: false | null | undefined, options?: Omit<DenseNetFactoryOptions, 'pretrained'>): DenseNet;
export function densenet169(...args: unknown[]): DenseNet | Promise<DenseNet> {
  const options = factoryArgs<DenseNetFactoryOptions>(SIG_densenet169, args);
  return make(169, options);
}
/** DenseNet-201. @param options - as {@link densenet121} @returns the network @example `paddle.zoo.densenet201()` @category Models */
export function densenet201<O extends DenseNetFactoryOptions>(options?: O): Built<O, DenseNet>;
export function densenet201(pretrained: PretrainedSource, options?: Omit<DenseNetFactoryOptions, 'pretrained'>): Promise<DenseNet>;
export function densenet201(pretrained: false | null | undefined, options?: Omit<DenseNetFactoryOptions, 'pretrained'>): DenseNet;
export function densenet201(...args: unknown[]): DenseNet | Promise<DenseNet> {
  const options = factoryArgs<DenseNetFactoryOptions>(SIG_densenet201, args);
  return make(201, options);
}
/** DenseNet-264. @param options - as {@link densenet121} @returns the network @example `paddle.zoo.densenet264()` @category Models */
export function densenet264<O extends DenseNetFactoryOptions>(options?: O): Built<O, DenseNet>;
export function densenet264(pretrained: PretrainedSource, options?: Omit<DenseNetFactoryOptions, 'pretrained'>): Promise<DenseNet>;
export function densenet264(pretrained: false | null | undefined, options?: Omit<DenseNetFactoryOptions, 'pretrained'>): DenseNet;
export function densenet264(...args: unknown[]): DenseNet | Promise<DenseNet> {
  const options = factoryArgs<DenseNetFactoryOptions>(SIG_densenet264, args);
  return make(264, options);
}
