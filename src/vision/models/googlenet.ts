import { defineSignature, resolveArgs } from '../../framework/args';
import * as tf from '@tensorflow/tfjs-core';
import { flatten } from '../../nn/functional/common';
import * as F from '../../nn/functional/activation';
import { Uniform } from '../../nn/initializer/uniform';
import { Conv2D } from '../../nn/layer/conv2d';
import { Dropout } from '../../nn/layer/dropout';
import { Layer } from '../../nn/layer/layer';
import { Linear } from '../../nn/layer/linear';
import { AdaptiveAvgPool2D, AvgPool2D, MaxPool2D } from '../../nn/layer/pooling';
import { ParamAttr } from '../../nn/param-attr';
import { boolOf, numClassesOf, type Built, type PretrainedOptions, factoryArgs, factorySignature, networkOptions, type PretrainedSource } from './options';
import { withPretrained } from './pretrained';

/** The options Paddle's factories pass on as `**kwargs`, by name. */
const KEYS = ['numClasses', 'withPool'] as const;
const SIG_googlenet = factorySignature('googlenet', KEYS);

/** Paddle's GoogLeNet `xavier(channels, filter_size)`: Uniform(±√(3 / (k²·channels))). */
function xavier(channels: number, k: number): ParamAttr {
  const s = Math.sqrt(3 / (k * k * channels));
  return new ParamAttr({ initializer: new Uniform(-s, s) });
}

/** Paddle's GoogLeNet `ConvLayer`: a bias-free "same" convolution (no BatchNorm, no activation). @internal */
export class ConvLayer extends Layer {
  static override readonly paddleName: string = 'ConvLayer';
  readonly _conv: Conv2D;

  constructor(inChannels: number, filters: number, k: number, stride = 1) {
    super();
    this._conv = new Conv2D(inChannels, filters, k, { stride, padding: (k - 1) >> 1, biasAttr: false });
  }

  forward(inputs: tf.Tensor): tf.Tensor {
    const y = this._conv.call(inputs);
    return y;
  }
}

/** Paddle's GoogLeNet `Inception` module: four branches concatenated, then ReLU. @internal */
export class Inception extends Layer {
  static override readonly paddleName: string = 'Inception';
  readonly _conv1: ConvLayer;
  readonly _conv3r: ConvLayer;
  readonly _conv3: ConvLayer;
  readonly _conv5r: ConvLayer;
  readonly _conv5: ConvLayer;
  readonly _pool: MaxPool2D;
  readonly _convprj: ConvLayer;

  constructor(inChannels: number, f1: number, f3r: number, f3: number, f5r: number, f5: number, proj: number) {
    super();
    this._conv1 = new ConvLayer(inChannels, f1, 1);
    this._conv3r = new ConvLayer(inChannels, f3r, 1);
    this._conv3 = new ConvLayer(f3r, f3, 3);
    this._conv5r = new ConvLayer(inChannels, f5r, 1);
    this._conv5 = new ConvLayer(f5r, f5, 5);
    this._pool = new MaxPool2D(3, { stride: 1, padding: 1 });
    this._convprj = new ConvLayer(inChannels, proj, 1);
  }

  forward(inputs: tf.Tensor): tf.Tensor {
    const conv1 = this._conv1.call(inputs);
    const conv3r = this._conv3r.call(inputs);
    const conv3 = this._conv3.call(conv3r);
    const conv5r = this._conv5r.call(inputs);
    const conv5 = this._conv5.call(conv5r);
    const pool = this._pool.call(inputs);
    const convprj = this._convprj.call(pool);
    let cat = tf.concat([conv1, conv3, conv5, convprj], 1);
    cat = F.relu(cat);
    return cat;
  }
}

const GOOGLENET = defineSignature('vision.models.GoogLeNet', ['numClasses', 'withPool']);

/** Options of {@link GoogLeNet}. @category Models */
export interface GoogLeNetOptions {
  /** Output classes of all three heads; 0 or less drops them. @defaultValue 1000 */
  numClasses?: number;
  /** Keep the poolings before the heads. @defaultValue true */
  withPool?: boolean;
}

/**
 * Paddle's `paddle.vision.models.GoogLeNet` (Inception v1, Szegedy et al.,
 * https://arxiv.org/abs/1409.4842), which returns **three outputs** `[out, out1, out2]`: the main
 * head and the two auxiliary heads (on `_ince4a` and `_ince4d`). Paddle's architecture, not
 * torchvision's: bias-free convolutions without BatchNorm, `downscale_in_infer` dropouts, and a
 * ReLU after `_fc_o1` but not after `_fc_o2` — kept as Paddle has them so its weights load.
 * Input 224×224 (the auxiliary heads flatten 128·3·3).
 *
 * @example
 * ```ts
 * const [out, out1, out2] = paddle.zoo.googlenet({ numClasses: 10 }).call(tf.zeros([1, 3, 224, 224]));
 * ```
 * @category Models
 */
export class GoogLeNet extends Layer {
  static override readonly paddleName: string = 'GoogLeNet';
  readonly numClasses: number;
  readonly withPool: boolean;
  readonly _conv: ConvLayer;
  readonly _pool: MaxPool2D;
  readonly _conv_1: ConvLayer;
  readonly _conv_2: ConvLayer;
  readonly _ince3a: Inception;
  readonly _ince3b: Inception;
  readonly _ince4a: Inception;
  readonly _ince4b: Inception;
  readonly _ince4c: Inception;
  readonly _ince4d: Inception;
  readonly _ince4e: Inception;
  readonly _ince5a: Inception;
  readonly _ince5b: Inception;
  readonly _pool_5?: AdaptiveAvgPool2D;
  readonly _pool_o1?: AvgPool2D;
  readonly _pool_o2?: AvgPool2D;
  readonly _drop?: Dropout;
  readonly _fc_out?: Linear;
  readonly _conv_o1?: ConvLayer;
  readonly _fc_o1?: Linear;
  readonly _drop_o1?: Dropout;
  readonly _out1?: Linear;
  readonly _conv_o2?: ConvLayer;
  readonly _fc_o2?: Linear;
  readonly _drop_o2?: Dropout;
  readonly _out2?: Linear;

  /**
   * @param options - every argument by name, Paddle's keyword form
   * @throws {@link index!InvalidArgumentError} for a bad option
   */
  constructor(options?: GoogLeNetOptions);
  constructor(numClasses?: number, options?: Omit<GoogLeNetOptions, 'numClasses'>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param numClasses - a number, or {@link GoogLeNetOptions}
   */
  constructor(numClasses?: number, withPool?: boolean);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<GoogLeNetOptions>(GOOGLENET, args);
    const n = numClassesOf(o.numClasses, 1000, 'GoogLeNet');
    this.numClasses = n;
    this.withPool = boolOf(o.withPool, true, 'withPool', 'GoogLeNet');
    this._conv = new ConvLayer(3, 64, 7, 2);
    this._pool = new MaxPool2D(3, { stride: 2 });
    this._conv_1 = new ConvLayer(64, 64, 1);
    this._conv_2 = new ConvLayer(64, 192, 3);
    this._ince3a = new Inception(192, 64, 96, 128, 16, 32, 32);
    this._ince3b = new Inception(256, 128, 128, 192, 32, 96, 64);
    this._ince4a = new Inception(480, 192, 96, 208, 16, 48, 64);
    this._ince4b = new Inception(512, 160, 112, 224, 24, 64, 64);
    this._ince4c = new Inception(512, 128, 128, 256, 24, 64, 64);
    this._ince4d = new Inception(512, 112, 144, 288, 32, 64, 64);
    this._ince4e = new Inception(528, 256, 160, 320, 32, 128, 128);
    this._ince5a = new Inception(832, 256, 160, 320, 32, 128, 128);
    this._ince5b = new Inception(832, 384, 192, 384, 48, 128, 128);
    if (this.withPool) {
      this._pool_5 = new AdaptiveAvgPool2D(1);
      this._pool_o1 = new AvgPool2D(5, { stride: 3 });
      this._pool_o2 = new AvgPool2D(5, { stride: 3 });
    }
    if (n > 0) {
      this._drop = new Dropout(0.4, { mode: 'downscale_in_infer' });
      this._fc_out = new Linear(1024, n, { weightAttr: xavier(1024, 1) });
      this._conv_o1 = new ConvLayer(512, 128, 1);
      this._fc_o1 = new Linear(1152, 1024, { weightAttr: xavier(2048, 1) });
      this._drop_o1 = new Dropout(0.7, { mode: 'downscale_in_infer' });
      this._out1 = new Linear(1024, n, { weightAttr: xavier(1024, 1) });
      this._conv_o2 = new ConvLayer(528, 128, 1);
      this._fc_o2 = new Linear(1152, 1024, { weightAttr: xavier(2048, 1) });
      this._drop_o2 = new Dropout(0.7, { mode: 'downscale_in_infer' });
      this._out2 = new Linear(1024, n, { weightAttr: xavier(1024, 1) });
    }
  }

  /**
   * @param inputs - images `[N, 3, 224, 224]`
   * @returns `[out, out1, out2]`
   */
  forward(inputs: tf.Tensor): [tf.Tensor, tf.Tensor, tf.Tensor] {
    // tf.tidy frees the intermediates when the model is called outside a training step.
    return tf.tidy(() => {
      let x = this._conv.call(inputs);
      x = this._pool.call(x);
      x = this._conv_1.call(x);
      x = this._conv_2.call(x);
      x = this._pool.call(x);
      x = this._ince3a.call(x);
      x = this._ince3b.call(x);
      x = this._pool.call(x);
      const ince4a = this._ince4a.call(x);
      x = this._ince4b.call(ince4a);
      x = this._ince4c.call(x);
      const ince4d = this._ince4d.call(x);
      x = this._ince4e.call(ince4d);
      x = this._pool.call(x);
      x = this._ince5a.call(x);
      const ince5b = this._ince5b.call(x);

      let [out, out1, out2] = [ince5b, ince4a, ince4d];
      if (this.withPool) {
        out = this._pool_5!.call(out);
        out1 = this._pool_o1!.call(out1);
        out2 = this._pool_o2!.call(out2);
      }
      if (this.numClasses > 0) {
        out = this._drop!.call(out);
        // Paddle squeezes axes 2 and 3, which needs the pooling; flatten gives the same [N, 1024] with it.
        out = flatten(out, 1);
        out = this._fc_out!.call(out);

        out1 = this._conv_o1!.call(out1);
        out1 = flatten(out1, 1);
        out1 = this._fc_o1!.call(out1);
        out1 = F.relu(out1);
        out1 = this._drop_o1!.call(out1);
        out1 = this._out1!.call(out1);

        out2 = this._conv_o2!.call(out2);
        out2 = flatten(out2, 1);
        out2 = this._fc_o2!.call(out2);
        out2 = this._drop_o2!.call(out2);
        out2 = this._out2!.call(out2);
      }
      return [out, out1, out2];
    });
  }
}

/**
 * GoogLeNet (Paddle's `googlenet`), three outputs. @param options - `numClasses`, `withPool`, `pretrained`
 * @returns the network, or a Promise of it with `pretrained`
 * @example
 * ```ts
 * const net = await paddle.zoo.googlenet({ pretrained: true });
 * ```
 * @category Models
 */
export function googlenet<O extends GoogLeNetOptions & PretrainedOptions>(options?: O): Built<O, GoogLeNet>;
export function googlenet(pretrained: PretrainedSource, options?: Omit<GoogLeNetOptions & PretrainedOptions, 'pretrained'>): Promise<GoogLeNet>;
export function googlenet(pretrained: false | null | undefined, options?: Omit<GoogLeNetOptions & PretrainedOptions, 'pretrained'>): GoogLeNet;
export function googlenet(...args: unknown[]): GoogLeNet | Promise<GoogLeNet> {
  const options = factoryArgs<GoogLeNetOptions & PretrainedOptions>(SIG_googlenet, args);
  return withPretrained(new GoogLeNet(networkOptions(options)), 'googlenet', options) as GoogLeNet | Promise<GoogLeNet>;
}
