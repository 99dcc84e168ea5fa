import { defineSignature, resolveArgs } from '../../framework/args';
import * as tf from '@tensorflow/tfjs-core';
import { flatten } from '../../nn/functional/common';
import * as F from '../../nn/functional/activation';
import { Uniform } from '../../nn/initializer/uniform';
import { Conv2D } from '../../nn/layer/conv2d';
import { Dropout } from '../../nn/layer/dropout';
import { Layer } from '../../nn/layer/layer';
import { Linear } from '../../nn/layer/linear';
import { MaxPool2D } from '../../nn/layer/pooling';
import { ReLU } from '../../nn/layer/activation/relu';
import { ParamAttr } from '../../nn/param-attr';
import { numClassesOf, type Built, type PretrainedOptions, factoryArgs, factorySignature, type PretrainedSource } from './options';
import { withPretrained } from './pretrained';

/** The options Paddle's factories pass on as `**kwargs`, by name. */
const ALEXNET = defineSignature('vision.models.AlexNet', ['numClasses']);
const KEYS = ['numClasses'] as const;
const SIG_alexnet = factorySignature('alexnet', KEYS);

/** Options of {@link AlexNet}. @category Models */
export interface AlexNetOptions {
  /** Output classes; 0 or less drops the classifier (`_drop1` … `_fc8`). @defaultValue 1000 */
  numClasses?: number;
}

/** Paddle's AlexNet initializer: weight and bias Uniform(−s, s). */
function uniformAttrs(s: number): { weightAttr: ParamAttr; biasAttr: ParamAttr } {
  return {
    weightAttr: new ParamAttr({ initializer: new Uniform(-s, s) }),
    biasAttr: new ParamAttr({ initializer: new Uniform(-s, s) }),
  };
}

/** Paddle's `ConvPoolLayer`: conv, ReLU, MaxPool2D(3, 2). Parameters `_conv.weight`, `_conv.bias`. @internal */
export class ConvPoolLayer extends Layer {
  static override readonly paddleName: string = 'ConvPoolLayer';
  readonly relu: ReLU;
  readonly _conv: Conv2D;
  readonly _pool: MaxPool2D;

  constructor(inChannels: number, outChannels: number, kernel: number, stride: number, padding: number, stdv: number) {
    super();
    this.relu = new ReLU();
    this._conv = new Conv2D(inChannels, outChannels, kernel, { stride, padding, ...uniformAttrs(stdv) });
    this._pool = new MaxPool2D(3, { stride: 2, padding: 0 });
  }

  forward(inputs: tf.Tensor): tf.Tensor {
    let x = this._conv.call(inputs);
    x = this.relu.call(x);
    x = this._pool.call(x);
    return x;
  }
}

/**
 * AlexNet exactly as Paddle's `paddle.vision.models.AlexNet` (Krizhevsky et al. 2012,
 * https://proceedings.neurips.cc/paper/2012/file/c399862d3b9d6b76c8436e924a68c45b-Paper.pdf):
 * five convolutions (64, 192, 384, 256, 256 channels), flatten to 9216 (so input is 224×224),
 * then `Dropout(0.5, mode 'downscale_in_infer')` → Linear(9216, 4096) → ReLU → Dropout →
 * Linear(4096, 4096) → ReLU → Linear(4096, numClasses). Every weight and bias is initialized
 * Uniform(−s, s) with s = 1/√fan_in per convolution and s = 1/√9216 for all three Linears, as
 * Paddle does. Because of `downscale_in_infer`, eval-mode outputs equal torchvision's AlexNet
 * with both dropout outputs halved. 61,100,840 parameters for 1000 classes, 57,413,540 for 100.
 *
 * @example
 * ```ts
 * const net = paddle.zoo.alexnet({ numClasses: 100 });
 * net.call(tf.zeros([1, 3, 224, 224])).shape; // [1, 100]
 * ```
 * @category Models
 */
export class AlexNet extends Layer {
  static override readonly paddleName: string = 'AlexNet';
  readonly numClasses: number;
  readonly _conv1: ConvPoolLayer;
  readonly _conv2: ConvPoolLayer;
  readonly _conv3: Conv2D;
  readonly _conv4: Conv2D;
  readonly _conv5: ConvPoolLayer;
  readonly _drop1?: Dropout;
  readonly _fc6?: Linear;
  readonly _drop2?: Dropout;
  readonly _fc7?: Linear;
  readonly _fc8?: Linear;

  /**
   * Paddle's `AlexNet(num_classes=1000)`: `new AlexNet(100)` ≡ `new AlexNet({ numClasses: 100 })`.
   * @throws {@link index!InvalidArgumentError} for a non-integer `numClasses` or an unknown option
   */
  constructor(options?: AlexNetOptions);
  constructor(numClasses?: number);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<AlexNetOptions>(ALEXNET, args);
    const n = numClassesOf(o.numClasses, 1000, 'vision.models.AlexNet');
    this.numClasses = n;
    this._conv1 = new ConvPoolLayer(3, 64, 11, 4, 2, 1 / Math.sqrt(3 * 11 * 11));
    this._conv2 = new ConvPoolLayer(64, 192, 5, 1, 2, 1 / Math.sqrt(64 * 5 * 5));
    this._conv3 = new Conv2D(192, 384, 3, { stride: 1, padding: 1, ...uniformAttrs(1 / Math.sqrt(192 * 9)) });
    this._conv4 = new Conv2D(384, 256, 3, { stride: 1, padding: 1, ...uniformAttrs(1 / Math.sqrt(384 * 9)) });
    this._conv5 = new ConvPoolLayer(256, 256, 3, 1, 1, 1 / Math.sqrt(256 * 9));
    if (n > 0) {
      const s = 1 / Math.sqrt(256 * 6 * 6);
      this._drop1 = new Dropout(0.5, { mode: 'downscale_in_infer' });
      this._fc6 = new Linear(256 * 6 * 6, 4096, uniformAttrs(s));
      this._drop2 = new Dropout(0.5, { mode: 'downscale_in_infer' });
      this._fc7 = new Linear(4096, 4096, uniformAttrs(s));
      this._fc8 = new Linear(4096, n, uniformAttrs(s));
    }
  }

  /** @param inputs - images `[N, 3, 224, 224]` */
  forward(inputs: tf.Tensor): tf.Tensor {
    // tf.tidy frees the intermediates when the model is called outside a training step.
    return tf.tidy(() => {
      let x = this._conv1.call(inputs);
      x = this._conv2.call(x);
      x = this._conv3.call(x);
      x = F.relu(x);
      x = this._conv4.call(x);
      x = F.relu(x);
      x = this._conv5.call(x);
      if (this.numClasses > 0) {
        x = flatten(x, 1);
        x = this._drop1!.call(x);
        x = this._fc6!.call(x);
        x = F.relu(x);
        x = this._drop2!.call(x);
        x = this._fc7!.call(x);
        x = F.relu(x);
        x = this._fc8!.call(x);
      }
      return x;
    });
  }
}

/**
 * Builds Paddle's {@link AlexNet}; with `pretrained` it resolves once Paddle's ImageNet weights
 * (or the given file) are loaded.
 * @param options - `numClasses`, `pretrained`, `cacheDir`
 * @returns the network, or a Promise of it when `pretrained` is given
 * @throws {@link index!InvalidArgumentError} for a bad option; {@link index!StateDictError} when the weights do not fit
 * @example
 * ```ts
 * const net = paddle.zoo.alexnet({ numClasses: 100 });
 * const imagenet = await paddle.zoo.alexnet({ pretrained: true });
 * ```
 * @category Models
 */
export function alexnet<O extends AlexNetOptions & PretrainedOptions>(options?: O): Built<O, AlexNet>;
export function alexnet(pretrained: PretrainedSource, options?: Omit<AlexNetOptions & PretrainedOptions, 'pretrained'>): Promise<AlexNet>;
export function alexnet(pretrained: false | null | undefined, options?: Omit<AlexNetOptions & PretrainedOptions, 'pretrained'>): AlexNet;
export function alexnet(...args: unknown[]): AlexNet | Promise<AlexNet> {
  const options = factoryArgs<AlexNetOptions & PretrainedOptions>(SIG_alexnet, args);
  return withPretrained(new AlexNet({ numClasses: options.numClasses }), 'alexnet', options) as AlexNet | Promise<AlexNet>;
}
