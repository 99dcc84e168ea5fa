import { defineSignature, resolveArgs } from '../../framework/args';
import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import * as F from '../../nn/functional/activation';
import { Conv2D } from '../../nn/layer/conv2d';
import { Dropout } from '../../nn/layer/dropout';
import { Layer } from '../../nn/layer/layer';
import { AdaptiveAvgPool2D, MaxPool2D } from '../../nn/layer/pooling';
import { boolOf, numClassesOf, type Built, type PretrainedOptions, factoryArgs, factorySignature, networkOptions, type PretrainedSource } from './options';
import { withPretrained } from './pretrained';

/** The options Paddle's factories pass on as `**kwargs`, by name. */
const KEYS = ['numClasses', 'withPool'] as const;
const SIG_squeezenet1_0 = factorySignature('squeezenet1_0', KEYS);
const SIG_squeezenet1_1 = factorySignature('squeezenet1_1', KEYS);

/** Paddle's `MakeFireConv`: a convolution with bias followed by ReLU. @internal */
export class MakeFireConv extends Layer {
  static override readonly paddleName: string = 'MakeFireConv';
  readonly _conv: Conv2D;

  constructor(inChannels: number, outChannels: number, filterSize: number, padding = 0) {
    super();
    this._conv = new Conv2D(inChannels, outChannels, filterSize, { padding });
  }

  forward(x: tf.Tensor): tf.Tensor {
    x = this._conv.call(x);
    x = F.relu(x);
    return x;
  }
}

/** Paddle's `MakeFire` (a fire module): squeeze 1×1, then 1×1 and 3×3 expands concatenated. @internal */
export class MakeFire extends Layer {
  static override readonly paddleName: string = 'MakeFire';
  readonly _conv: MakeFireConv;
  readonly _conv_path1: MakeFireConv;
  readonly _conv_path2: MakeFireConv;

  constructor(inChannels: number, squeeze: number, expand1x1: number, expand3x3: number) {
    super();
    this._conv = new MakeFireConv(inChannels, squeeze, 1);
    this._conv_path1 = new MakeFireConv(squeeze, expand1x1, 1);
    this._conv_path2 = new MakeFireConv(squeeze, expand3x3, 3, 1);
  }

  forward(inputs: tf.Tensor): tf.Tensor {
    const x = this._conv.call(inputs);
    const x1 = this._conv_path1.call(x);
    const x2 = this._conv_path2.call(x);
    return tf.concat([x1, x2], 1);
  }
}

/**
 * All of {@link SqueezeNet}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: SqueezeNet(version='1.1', num_classes=10)
 * new paddle.vision.models.SqueezeNet({ version: '1.1', numClasses: 10 });
 * ```
 * @category Models
 */
export interface SqueezeNetArgs extends SqueezeNetOptions {
  /** `'1.0'` or `'1.1'`. */
  version: '1.0' | '1.1';
}

const SQUEEZENET = defineSignature('vision.models.SqueezeNet', ['version', 'numClasses', 'withPool'], { required: 1 });

/** Options of {@link SqueezeNet}. @category Models */
export interface SqueezeNetOptions {
  /** Output classes; 0 or less drops `_drop` and `_conv9`. @defaultValue 1000 */
  numClasses?: number;
  /** Apply ReLU, global average pooling and squeeze to `[N, numClasses]`. @defaultValue true */
  withPool?: boolean;
}

/**
 * Paddle's `paddle.vision.models.SqueezeNet` (Iandola et al., https://arxiv.org/abs/1602.07360),
 * versions `'1.0'` and `'1.1'`. Differences from torchvision's, kept as Paddle has them: the max
 * poolings floor their output size (torchvision uses `ceil_mode`), and the classifier's dropout
 * is `downscale_in_infer` (eval halves the input of `_conv9`).
 *
 * @example
 * ```ts
 * const net = new paddle.vision.models.SqueezeNet('1.1', { numClasses: 10 });
 * ```
 * @category Models
 */
export class SqueezeNet extends Layer {
  static override readonly paddleName: string = 'SqueezeNet';
  readonly version: '1.0' | '1.1';
  readonly numClasses: number;
  readonly withPool: boolean;
  readonly _conv: Conv2D;
  readonly _pool: MaxPool2D;
  readonly _conv1: MakeFire;
  readonly _conv2: MakeFire;
  readonly _conv3: MakeFire;
  readonly _conv4: MakeFire;
  readonly _conv5: MakeFire;
  readonly _conv6: MakeFire;
  readonly _conv7: MakeFire;
  readonly _conv8: MakeFire;
  readonly _drop?: Dropout;
  readonly _conv9?: Conv2D;
  readonly _avg_pool: AdaptiveAvgPool2D;

  /**
   * @param args - every argument by name, Paddle's keyword form (see {@link SqueezeNetArgs})
   * @throws {@link index!InvalidArgumentError} for another version or a bad option
   */
  constructor(args: SqueezeNetArgs);
  /**
   * Positional form: Paddle's leading arguments by position, the rest by name in `options`.
   *
   * @param options - the arguments after `version`, by name ({@link SqueezeNetOptions})
   */
  constructor(version: '1.0' | '1.1', options?: SqueezeNetOptions);
  /**
   * Positional form, in Paddle's order.
   *
   * @param version - `'1.0'` or `'1.1'`
   */
  constructor(version: '1.0' | '1.1', numClasses?: number, withPool?: boolean);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<SqueezeNetArgs>(SQUEEZENET, args);
    const version = o.version;
    if (version !== '1.0' && version !== '1.1') throw new InvalidArgumentError('version', "'1.0' or '1.1'", version, 'SqueezeNet');
    this.version = version;
    this.numClasses = numClassesOf(o.numClasses, 1000, 'SqueezeNet');
    this.withPool = boolOf(o.withPool, true, 'withPool', 'SqueezeNet');
    const first = version === '1.0' ? 96 : 64;
    this._conv = version === '1.0' ? new Conv2D(3, 96, 7, { stride: 2 }) : new Conv2D(3, 64, 3, { stride: 2, padding: 1 });
    this._pool = new MaxPool2D(3, { stride: 2, padding: 0 });
    this._conv1 = new MakeFire(first, 16, 64, 64);
    this._conv2 = new MakeFire(128, 16, 64, 64);
    this._conv3 = new MakeFire(128, 32, 128, 128);
    this._conv4 = new MakeFire(256, 32, 128, 128);
    this._conv5 = new MakeFire(256, 48, 192, 192);
    this._conv6 = new MakeFire(384, 48, 192, 192);
    this._conv7 = new MakeFire(384, 64, 256, 256);
    this._conv8 = new MakeFire(512, 64, 256, 256);
    if (this.numClasses > 0) {
      this._drop = new Dropout(0.5, { mode: 'downscale_in_infer' });
      this._conv9 = new Conv2D(512, this.numClasses, 1);
    }
    this._avg_pool = new AdaptiveAvgPool2D(1);
  }

  /** @param inputs - images `[N, 3, H, W]` */
  forward(inputs: tf.Tensor): tf.Tensor {
    // tf.tidy frees the intermediates when the model is called outside a training step.
    return tf.tidy(() => {
      let x = this._conv.call(inputs);
      x = F.relu(x);
      x = this._pool.call(x);
      if (this.version === '1.0') {
        x = this._conv1.call(x);
        x = this._conv2.call(x);
        x = this._conv3.call(x);
        x = this._pool.call(x);
        x = this._conv4.call(x);
        x = this._conv5.call(x);
        x = this._conv6.call(x);
        x = this._conv7.call(x);
        x = this._pool.call(x);
        x = this._conv8.call(x);
      } else {
        x = this._conv1.call(x);
        x = this._conv2.call(x);
        x = this._pool.call(x);
        x = this._conv3.call(x);
        x = this._conv4.call(x);
        x = this._pool.call(x);
        x = this._conv5.call(x);
        x = this._conv6.call(x);
        x = this._conv7.call(x);
        x = this._conv8.call(x);
      }
      if (this.numClasses > 0) {
        x = this._drop!.call(x);
        x = this._conv9!.call(x);
      }
      if (this.withPool) {
        x = F.relu(x);
        x = this._avg_pool.call(x);
        x = tf.squeeze(x, [2, 3]);
      }
      return x;
    });
  }
}

/** Options of the SqueezeNet factories. @category Models */
export type SqueezeNetFactoryOptions = SqueezeNetOptions & PretrainedOptions;

/**
 * SqueezeNet 1.0. @param options - `numClasses`, `withPool`, `pretrained`
 * @returns the network, or a Promise of it with `pretrained`
 * @example
 * ```ts
 * const net = paddle.zoo.squeezenet1_0({ numClasses: 10 });
 * ```
 * @category Models
 */
export function squeezenet1_0<O extends SqueezeNetFactoryOptions>(options?: O): Built<O, SqueezeNet>;
export function squeezenet1_0(pretrained: PretrainedSource, options?: Omit<SqueezeNetFactoryOptions, 'pretrained'>): Promise<SqueezeNet>;
export function squeezenet1_0(pretrained: false | null | undefined, options?: Omit<SqueezeNetFactoryOptions, 'pretrained'>): SqueezeNet;
export function squeezenet1_0(...args: unknown[]): SqueezeNet | Promise<SqueezeNet> {
  const options = factoryArgs<SqueezeNetFactoryOptions>(SIG_squeezenet1_0, args);
  return withPretrained(new SqueezeNet('1.0', networkOptions(options)), 'squeezenet1_0', options) as SqueezeNet | Promise<SqueezeNet>;
}

/**
 * SqueezeNet 1.1 (2.4× cheaper than 1.0 at the same accuracy). @param options - as {@link squeezenet1_0}
 * @returns the network, or a Promise of it with `pretrained`
 * @example
 * ```ts
 * const net = paddle.zoo.squeezenet1_1();
 * ```
 * @category Models
 */
export function squeezenet1_1<O extends SqueezeNetFactoryOptions>(options?: O): Built<O, SqueezeNet>;
export function squeezenet1_1(pretrained: PretrainedSource, options?: Omit<SqueezeNetFactoryOptions, 'pretrained'>): Promise<SqueezeNet>;
export function squeezenet1_1(pretrained: false | null | undefined, options?: Omit<SqueezeNetFactoryOptions, 'pretrained'>): SqueezeNet;
export function squeezenet1_1(...args: unknown[]): SqueezeNet | Promise<SqueezeNet> {
  const options = factoryArgs<SqueezeNetFactoryOptions>(SIG_squeezenet1_1, args);
  return withPretrained(new SqueezeNet('1.1', networkOptions(options)), 'squeezenet1_1', options) as SqueezeNet | Promise<SqueezeNet>;
}
