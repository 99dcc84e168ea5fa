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
import { AdaptiveAvgPool2D, MaxPool2D } from '../../nn/layer/pooling';
import { ReLU } from '../../nn/layer/activation/relu';
import { boolOf, numClassesOf, type Built, type PretrainedOptions, factoryArgs, factorySignature, networkOptions, type PretrainedSource } from './options';
import { withPretrained } from './pretrained';

/** The options Paddle's factories pass on as `**kwargs`, by name. */
const KEYS = ['batchNorm', 'numClasses', 'withPool'] as const;
const SIG_vgg11 = factorySignature('vgg11', KEYS);
const SIG_vgg13 = factorySignature('vgg13', KEYS);
const SIG_vgg16 = factorySignature('vgg16', KEYS);
const SIG_vgg19 = factorySignature('vgg19', KEYS);

/** Options of {@link VGG}. @category Models */
export interface VGGOptions {
  /** Output classes; 0 or less drops `classifier`. @defaultValue 1000 */
  numClasses?: number;
  /** Keep `AdaptiveAvgPool2D([7, 7])` before the classifier. @defaultValue true */
  withPool?: boolean;
}

/** Options of the `vgg11` … `vgg19` factories. @category Models */
export interface VGGFactoryOptions extends VGGOptions, PretrainedOptions {
  /** Insert BatchNorm2D after every convolution. @defaultValue false */
  batchNorm?: boolean;
}

/** A VGG configuration: channel counts and `'M'` for a 2×2 max pooling. @category Models */
export type VGGConfig = ReadonlyArray<number | 'M'>;

/**
 * Paddle's `cfgs` A, B, D, E (VGG 11, 13, 16, 19).
 *
 * @example
 * ```ts
 * paddle.vision.models.VGG_CONFIGS.A; // [64, 'M', 128, 'M', 256, 256, 'M', 512, 512, 'M', 512, 512, 'M']
 * ```
 * @category Models
 */
export const VGG_CONFIGS: Readonly<Record<'A' | 'B' | 'D' | 'E', VGGConfig>> = {
  A: [64, 'M', 128, 'M', 256, 256, 'M', 512, 512, 'M', 512, 512, 'M'],
  B: [64, 64, 'M', 128, 128, 'M', 256, 256, 'M', 512, 512, 'M', 512, 512, 'M'],
  D: [64, 64, 'M', 128, 128, 'M', 256, 256, 256, 'M', 512, 512, 512, 'M', 512, 512, 512, 'M'],
  E: [64, 64, 'M', 128, 128, 'M', 256, 256, 256, 256, 'M', 512, 512, 512, 512, 'M', 512, 512, 512, 512, 'M'],
};

/** All of {@link makeLayers}'s arguments by name: Paddle's keyword form. @category Models */
export interface MakeLayersArgs {
  /** A {@link VGGConfig}. */
  cfg: VGGConfig;
  /** Add BatchNorm2D after each convolution. @defaultValue false */
  batchNorm?: boolean;
}

const MAKE_LAYERS = defineSignature('vision.models.makeLayers', ['cfg', 'batchNorm'], { required: 1 });

/**
 * Paddle's `make_layers`: Conv2D(k 3, padding 1) [+ BatchNorm2D] + ReLU per number, MaxPool2D(2, 2) per `'M'`.
 * @returns the `features` Sequential
 * @example
 * ```ts
 * const net = new paddle.vision.models.VGG(paddle.vision.models.makeLayers(paddle.vision.models.VGG_CONFIGS.A));
 * paddle.vision.models.makeLayers({ cfg: [8, 'M'], batchNorm: true }); // Paddle: make_layers(cfg=[8, 'M'], batch_norm=True)
 * ```
 * @category Models
 */
export function makeLayers(args: MakeLayersArgs): Sequential;
export function makeLayers(cfg: VGGConfig, batchNorm?: boolean): Sequential;
export function makeLayers(...args: unknown[]): Sequential {
  const { cfg, batchNorm = false } = resolveArgs<MakeLayersArgs>(MAKE_LAYERS, args);
  if (!Array.isArray(cfg)) throw new InvalidArgumentError('cfg', "an array of channel counts and 'M'", cfg, 'vision.models.makeLayers');
  const layers: Layer[] = [];
  let inChannels = 3;
  for (const v of cfg) {
    if (v === 'M') {
      layers.push(new MaxPool2D(2, { stride: 2 }));
    } else {
      layers.push(new Conv2D(inChannels, v, 3, { padding: 1 }));
      if (batchNorm) layers.push(new BatchNorm2D(v));
      layers.push(new ReLU());
      inChannels = v;
    }
  }
  return new Sequential(...layers);
}

/**
 * All of {@link VGG}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: VGG(features=make_layers(cfgs['A']), num_classes=10)
 * new paddle.vision.models.VGG({ features: paddle.vision.models.makeLayers(paddle.vision.models.VGG_CONFIGS.A), numClasses: 10 });
 * ```
 * @category Models
 */
export interface VGGArgs extends VGGOptions {
  /** The convolutional part, e.g. from {@link makeLayers}. */
  features: Layer;
}

const VGG_SIG = defineSignature('vision.models.VGG', ['features', 'numClasses', 'withPool'], { required: 1 });

/**
 * Paddle's `paddle.vision.models.VGG` (Simonyan & Zisserman, https://arxiv.org/abs/1409.1556):
 * `features`, `AdaptiveAvgPool2D([7, 7])`, then `classifier` = Linear(25088, 4096), ReLU, Dropout,
 * Linear(4096, 4096), ReLU, Dropout, Linear(4096, numClasses). Dropout is Paddle's default
 * `upscale_in_train`, so eval outputs equal torchvision's.
 *
 * @example
 * ```ts
 * const net = paddle.zoo.vgg11({ numClasses: 10, batchNorm: true });
 * ```
 * @category Models
 */
export class VGG extends Layer {
  static override readonly paddleName: string = 'VGG';
  readonly numClasses: number;
  readonly withPool: boolean;
  readonly features: Layer;
  readonly avgpool?: AdaptiveAvgPool2D;
  readonly classifier?: Sequential;

  /**
   * @param args - every argument by name, Paddle's keyword form (see {@link VGGArgs})
   */
  constructor(args: VGGArgs);
  constructor(features: Layer, options?: VGGOptions);
  /**
   * Positional form, in Paddle's order.
   *
   * @param features - the convolutional part, e.g. from {@link makeLayers}
   * @param numClasses - a number, or {@link VGGOptions}
   * @param withPool - see {@link VGGOptions.withPool}
   */
  constructor(features: Layer, numClasses?: number, withPool?: boolean);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<VGGArgs>(VGG_SIG, args);
    const features = o.features;
    if (!(features instanceof Layer)) throw new InvalidArgumentError('features', 'an nn.Layer (e.g. from makeLayers)', features, 'vision.models.VGG');
    this.numClasses = numClassesOf(o.numClasses, 1000, 'VGG');
    this.withPool = boolOf(o.withPool, true, 'withPool', 'VGG');
    this.features = features;
    if (this.withPool) this.avgpool = new AdaptiveAvgPool2D([7, 7]);
    if (this.numClasses > 0) {
      this.classifier = new Sequential(
        new Linear(512 * 7 * 7, 4096), new ReLU(), new Dropout(),
        new Linear(4096, 4096), new ReLU(), new Dropout(),
        new Linear(4096, this.numClasses),
      );
    }
  }

  /** @param x - images `[N, 3, H, W]` (224×224 for ImageNet weights) */
  forward(x: tf.Tensor): tf.Tensor {
    // tf.tidy frees the intermediates when the model is called outside a training step.
    return tf.tidy(() => {
      x = this.features.call(x);
      if (this.withPool) x = this.avgpool!.call(x);
      if (this.numClasses > 0) {
        x = flatten(x, 1);
        x = this.classifier!.call(x);
      }
      return x;
    });
  }
}

const DEPTH_CFG = { 11: 'A', 13: 'B', 16: 'D', 19: 'E' } as const;

function build<O extends VGGFactoryOptions>(depth: 11 | 13 | 16 | 19, options: O | undefined): VGG | Promise<VGG> {
  const o = options ?? ({} as O);
  const bn = boolOf(o.batchNorm, false, 'batchNorm', `vgg${depth}`);
  if (!(depth in DEPTH_CFG)) throw new InvalidArgumentError('depth', '11, 13, 16 or 19', depth, 'VGG');
  const net = new VGG(makeLayers(VGG_CONFIGS[DEPTH_CFG[depth]], bn), networkOptions(o, ['batchNorm']));
  return withPretrained(net, `vgg${depth}${bn ? '_bn' : ''}`, o) as VGG | Promise<VGG>;
}

/**
 * VGG-11 (config A). @param options - `batchNorm`, `numClasses`, `withPool`, `pretrained`
 * @returns the network, or a Promise of it with `pretrained`
 * @example
 * ```ts
 * const net = paddle.zoo.vgg11({ batchNorm: true });
 * ```
 * @category Models
 */
export function vgg11<O extends VGGFactoryOptions>(options?: O): Built<O, VGG>;
export function vgg11(pretrained: PretrainedSource, options?: Omit<VGGFactoryOptions, 'pretrained'>): Promise<VGG>;
export function vgg11(pretrained: false | null | undefined, options?: Omit<VGGFactoryOptions, 'pretrained'>): VGG;
export function vgg11(...args: unknown[]): VGG | Promise<VGG> {
  const options = factoryArgs<VGGFactoryOptions>(SIG_vgg11, args);
  return build(11, options);
}

/**
 * VGG-13 (config B). @param options - `batchNorm`, `numClasses`, `withPool`, `pretrained`
 * @returns the network, or a Promise of it with `pretrained`
 * @example
 * ```ts
 * const net = paddle.zoo.vgg13();
 * ```
 * @category Models
 */
export function vgg13<O extends VGGFactoryOptions>(options?: O): Built<O, VGG>;
export function vgg13(pretrained: PretrainedSource, options?: Omit<VGGFactoryOptions, 'pretrained'>): Promise<VGG>;
export function vgg13(pretrained: false | null | undefined, options?: Omit<VGGFactoryOptions, 'pretrained'>): VGG;
export function vgg13(...args: unknown[]): VGG | Promise<VGG> {
  const options = factoryArgs<VGGFactoryOptions>(SIG_vgg13, args);
  return build(13, options);
}

/**
 * VGG-16 (config D); Paddle publishes ImageNet weights for it (without BatchNorm).
 * @param options - `batchNorm`, `numClasses`, `withPool`, `pretrained`
 * @returns the network, or a Promise of it with `pretrained`
 * @example
 * ```ts
 * const net = await paddle.zoo.vgg16({ pretrained: true });
 * ```
 * @category Models
 */
export function vgg16<O extends VGGFactoryOptions>(options?: O): Built<O, VGG>;
export function vgg16(pretrained: PretrainedSource, options?: Omit<VGGFactoryOptions, 'pretrained'>): Promise<VGG>;
export function vgg16(pretrained: false | null | undefined, options?: Omit<VGGFactoryOptions, 'pretrained'>): VGG;
export function vgg16(...args: unknown[]): VGG | Promise<VGG> {
  const options = factoryArgs<VGGFactoryOptions>(SIG_vgg16, args);
  return build(16, options);
}

/**
 * VGG-19 (config E). @param options - `batchNorm`, `numClasses`, `withPool`, `pretrained`
 * @returns the network, or a Promise of it with `pretrained`
 * @example
 * ```ts
 * const net = paddle.zoo.vgg19({ numClasses: 10 });
 * ```
 * @category Models
 */
export function vgg19<O extends VGGFactoryOptions>(options?: O): Built<O, VGG>;
export function vgg19(pretrained: PretrainedSource, options?: Omit<VGGFactoryOptions, 'pretrained'>): Promise<VGG>;
export function vgg19(pretrained: false | null | undefined, options?: Omit<VGGFactoryOptions, 'pretrained'>): VGG;
export function vgg19(...args: unknown[]): VGG | Promise<VGG> {
  const options = factoryArgs<VGGFactoryOptions>(SIG_vgg19, args);
  return build(19, options);
}
