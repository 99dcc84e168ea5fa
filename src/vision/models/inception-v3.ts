import { defineSignature, resolveArgs } from '../../framework/args';
import * as tf from '@tensorflow/tfjs-core';
import { flatten } from '../../nn/functional/common';
import { Uniform } from '../../nn/initializer/uniform';
import { Dropout } from '../../nn/layer/dropout';
import { Layer } from '../../nn/layer/layer';
import { LayerList } from '../../nn/layer/container/layer-list';
import { Linear } from '../../nn/layer/linear';
import { AdaptiveAvgPool2D, AvgPool2D, MaxPool2D } from '../../nn/layer/pooling';
import { ParamAttr } from '../../nn/param-attr';
import { ConvNormActivation } from './conv-norm-activation';
import { boolOf, numClassesOf, type Built, type PretrainedOptions, factoryArgs, factorySignature, networkOptions, type PretrainedSource } from './options';
import { withPretrained } from './pretrained';

/** The options Paddle's factories pass on as `**kwargs`, by name. */
const KEYS = ['numClasses', 'withPool'] as const;
const SIG_inceptionV3 = factorySignature('inceptionV3', KEYS);

type K = number | [number, number];
/** ConvNormActivation (conv, BatchNorm2D, ReLU) with stride 1 unless given. */
const cna = (i: number, o: number, k: K, padding: K = 0, stride = 1) =>
  new ConvNormActivation(i, o, k, stride, padding as number | [number, number]);


/** Paddle's `InceptionStem`. @internal */
export class InceptionStem extends Layer {
  static override readonly paddleName: string = 'InceptionStem';
  readonly conv_1a_3x3 = cna(3, 32, 3, 0, 2);
  readonly conv_2a_3x3 = cna(32, 32, 3, 0);
  readonly conv_2b_3x3 = cna(32, 64, 3, 1);
  readonly max_pool = new MaxPool2D(3, { stride: 2, padding: 0 });
  readonly conv_3b_1x1 = cna(64, 80, 1, 0);
  readonly conv_4a_3x3 = cna(80, 192, 3, 0);

  forward(x: tf.Tensor): tf.Tensor {
    x = this.conv_1a_3x3.call(x);
    x = this.conv_2a_3x3.call(x);
    x = this.conv_2b_3x3.call(x);
    x = this.max_pool.call(x);
    x = this.conv_3b_1x1.call(x);
    x = this.conv_4a_3x3.call(x);
    x = this.max_pool.call(x);
    return x;
  }
}

/** Paddle's `InceptionA` (35×35 grid). @internal */
export class InceptionA extends Layer {
  static override readonly paddleName: string = 'InceptionA';
  readonly branch1x1: ConvNormActivation;
  readonly branch5x5_1: ConvNormActivation;
  readonly branch5x5_2: ConvNormActivation;
  readonly branch3x3dbl_1: ConvNormActivation;
  readonly branch3x3dbl_2: ConvNormActivation;
  readonly branch3x3dbl_3: ConvNormActivation;
  readonly branch_pool = new AvgPool2D(3, { stride: 1, padding: 1, exclusive: false });
  readonly branch_pool_conv: ConvNormActivation;

  constructor(c: number, poolFeatures: number) {
    super();
    this.branch1x1 = cna(c, 64, 1);
    this.branch5x5_1 = cna(c, 48, 1);
    this.branch5x5_2 = cna(48, 64, 5, 2);
    this.branch3x3dbl_1 = cna(c, 64, 1);
    this.branch3x3dbl_2 = cna(64, 96, 3, 1);
    this.branch3x3dbl_3 = cna(96, 96, 3, 1);
    this.branch_pool_conv = cna(c, poolFeatures, 1);
  }

  forward(x: tf.Tensor): tf.Tensor {
    const branch1x1 = this.branch1x1.call(x);
    let branch5x5 = this.branch5x5_1.call(x);
    branch5x5 = this.branch5x5_2.call(branch5x5);
    let branch3x3dbl = this.branch3x3dbl_1.call(x);
    branch3x3dbl = this.branch3x3dbl_2.call(branch3x3dbl);
    branch3x3dbl = this.branch3x3dbl_3.call(branch3x3dbl);
    let branchPool = this.branch_pool.call(x);
    branchPool = this.branch_pool_conv.call(branchPool);
    return tf.concat([branch1x1, branch5x5, branch3x3dbl, branchPool], 1);
  }
}

/** Paddle's `InceptionB` (grid reduction 35→17). @internal */
export class InceptionB extends Layer {
  static override readonly paddleName: string = 'InceptionB';
  readonly branch3x3: ConvNormActivation;
  readonly branch3x3dbl_1: ConvNormActivation;
  readonly branch3x3dbl_2: ConvNormActivation;
  readonly branch3x3dbl_3: ConvNormActivation;
  readonly branch_pool = new MaxPool2D(3, { stride: 2 });

  constructor(c: number) {
    super();
    this.branch3x3 = cna(c, 384, 3, 0, 2);
    this.branch3x3dbl_1 = cna(c, 64, 1);
    this.branch3x3dbl_2 = cna(64, 96, 3, 1);
    this.branch3x3dbl_3 = cna(96, 96, 3, 0, 2);
  }

  forward(x: tf.Tensor): tf.Tensor {
    const branch3x3 = this.branch3x3.call(x);
    let branch3x3dbl = this.branch3x3dbl_1.call(x);
    branch3x3dbl = this.branch3x3dbl_2.call(branch3x3dbl);
    branch3x3dbl = this.branch3x3dbl_3.call(branch3x3dbl);
    const branchPool = this.branch_pool.call(x);
    return tf.concat([branch3x3, branch3x3dbl, branchPool], 1);
  }
}

/** Paddle's `InceptionC` (17×17 grid, factorized 7×7). @internal */
export class InceptionC extends Layer {
  static override readonly paddleName: string = 'InceptionC';
  readonly branch1x1: ConvNormActivation;
  readonly branch7x7_1: ConvNormActivation;
  readonly branch7x7_2: ConvNormActivation;
  readonly branch7x7_3: ConvNormActivation;
  readonly branch7x7dbl_1: ConvNormActivation;
  readonly branch7x7dbl_2: ConvNormActivation;
  readonly branch7x7dbl_3: ConvNormActivation;
  readonly branch7x7dbl_4: ConvNormActivation;
  readonly branch7x7dbl_5: ConvNormActivation;
  readonly branch_pool = new AvgPool2D(3, { stride: 1, padding: 1, exclusive: false });
  readonly branch_pool_conv: ConvNormActivation;

  constructor(c: number, c7: number) {
    super();
    this.branch1x1 = cna(c, 192, 1);
    this.branch7x7_1 = cna(c, c7, 1);
    this.branch7x7_2 = cna(c7, c7, [1, 7], [0, 3]);
    this.branch7x7_3 = cna(c7, 192, [7, 1], [3, 0]);
    this.branch7x7dbl_1 = cna(c, c7, 1);
    this.branch7x7dbl_2 = cna(c7, c7, [7, 1], [3, 0]);
    this.branch7x7dbl_3 = cna(c7, c7, [1, 7], [0, 3]);
    this.branch7x7dbl_4 = cna(c7, c7, [7, 1], [3, 0]);
    this.branch7x7dbl_5 = cna(c7, 192, [1, 7], [0, 3]);
    this.branch_pool_conv = cna(c, 192, 1);
  }

  forward(x: tf.Tensor): tf.Tensor {
    const branch1x1 = this.branch1x1.call(x);
    let branch7x7 = this.branch7x7_1.call(x);
    branch7x7 = this.branch7x7_2.call(branch7x7);
    branch7x7 = this.branch7x7_3.call(branch7x7);
    let branch7x7dbl = this.branch7x7dbl_1.call(x);
    branch7x7dbl = this.branch7x7dbl_2.call(branch7x7dbl);
    branch7x7dbl = this.branch7x7dbl_3.call(branch7x7dbl);
    branch7x7dbl = this.branch7x7dbl_4.call(branch7x7dbl);
    branch7x7dbl = this.branch7x7dbl_5.call(branch7x7dbl);
    let branchPool = this.branch_pool.call(x);
    branchPool = this.branch_pool_conv.call(branchPool);
    return tf.concat([branch1x1, branch7x7, branch7x7dbl, branchPool], 1);
  }
}

/** Paddle's `InceptionD` (grid reduction 17→8). @internal */
export class InceptionD extends Layer {
  static override readonly paddleName: string = 'InceptionD';
  readonly branch3x3_1: ConvNormActivation;
  readonly branch3x3_2: ConvNormActivation;
  readonly branch7x7x3_1: ConvNormActivation;
  readonly branch7x7x3_2: ConvNormActivation;
  readonly branch7x7x3_3: ConvNormActivation;
  readonly branch7x7x3_4: ConvNormActivation;
  readonly branch_pool = new MaxPool2D(3, { stride: 2 });

  constructor(c: number) {
    super();
    this.branch3x3_1 = cna(c, 192, 1);
    this.branch3x3_2 = cna(192, 320, 3, 0, 2);
    this.branch7x7x3_1 = cna(c, 192, 1);
    this.branch7x7x3_2 = cna(192, 192, [1, 7], [0, 3]);
    this.branch7x7x3_3 = cna(192, 192, [7, 1], [3, 0]);
    this.branch7x7x3_4 = cna(192, 192, 3, 0, 2);
  }

  forward(x: tf.Tensor): tf.Tensor {
    let branch3x3 = this.branch3x3_1.call(x);
    branch3x3 = this.branch3x3_2.call(branch3x3);
    let branch7x7x3 = this.branch7x7x3_1.call(x);
    branch7x7x3 = this.branch7x7x3_2.call(branch7x7x3);
    branch7x7x3 = this.branch7x7x3_3.call(branch7x7x3);
    branch7x7x3 = this.branch7x7x3_4.call(branch7x7x3);
    const branchPool = this.branch_pool.call(x);
    return tf.concat([branch3x3, branch7x7x3, branchPool], 1);
  }
}

/** Paddle's `InceptionE` (8×8 grid, expanded filter banks). @internal */
export class InceptionE extends Layer {
  static override readonly paddleName: string = 'InceptionE';
  readonly branch1x1: ConvNormActivation;
  readonly branch3x3_1: ConvNormActivation;
  readonly branch3x3_2a: ConvNormActivation;
  readonly branch3x3_2b: ConvNormActivation;
  readonly branch3x3dbl_1: ConvNormActivation;
  readonly branch3x3dbl_2: ConvNormActivation;
  readonly branch3x3dbl_3a: ConvNormActivation;
  readonly branch3x3dbl_3b: ConvNormActivation;
  readonly branch_pool = new AvgPool2D(3, { stride: 1, padding: 1, exclusive: false });
  readonly branch_pool_conv: ConvNormActivation;

  constructor(c: number) {
    super();
    this.branch1x1 = cna(c, 320, 1);
    this.branch3x3_1 = cna(c, 384, 1);
    this.branch3x3_2a = cna(384, 384, [1, 3], [0, 1]);
    this.branch3x3_2b = cna(384, 384, [3, 1], [1, 0]);
    this.branch3x3dbl_1 = cna(c, 448, 1);
    this.branch3x3dbl_2 = cna(448, 384, 3, 1);
    this.branch3x3dbl_3a = cna(384, 384, [1, 3], [0, 1]);
    this.branch3x3dbl_3b = cna(384, 384, [3, 1], [1, 0]);
    this.branch_pool_conv = cna(c, 192, 1);
  }

  forward(x: tf.Tensor): tf.Tensor {
    const branch1x1 = this.branch1x1.call(x);
    let branch3x3 = this.branch3x3_1.call(x);
    branch3x3 = tf.concat([this.branch3x3_2a.call(branch3x3), this.branch3x3_2b.call(branch3x3)], 1);
    let branch3x3dbl = this.branch3x3dbl_1.call(x);
    branch3x3dbl = this.branch3x3dbl_2.call(branch3x3dbl);
    branch3x3dbl = tf.concat([this.branch3x3dbl_3a.call(branch3x3dbl), this.branch3x3dbl_3b.call(branch3x3dbl)], 1);
    let branchPool = this.branch_pool.call(x);
    branchPool = this.branch_pool_conv.call(branchPool);
    return tf.concat([branch1x1, branch3x3, branch3x3dbl, branchPool], 1);
  }
}

const INCEPTION_V3 = defineSignature('vision.models.InceptionV3', ['numClasses', 'withPool']);

/** Options of {@link InceptionV3}. @category Models */
export interface InceptionV3Options {
  /** Output classes; 0 or less drops `fc`. @defaultValue 1000 */
  numClasses?: number;
  /** Keep the global average pooling. @defaultValue true */
  withPool?: boolean;
}

/**
 * Paddle's `paddle.vision.models.InceptionV3` (Szegedy et al., https://arxiv.org/abs/1512.00567),
 * for 299×299 input: `inception_stem`, `inception_block_list` (3×A, B, 4×C, D, 2×E), `avg_pool`,
 * `Dropout(0.2, downscale_in_infer)`, `fc`. The same layers and order as torchvision's
 * `inception_v3(aux_logits=False)`, but BatchNorm epsilon 1e-5 (torchvision 1e-3) and the
 * eval-mode dropout scaling by 0.8.
 *
 * @example
 * ```ts
 * const net = paddle.zoo.inceptionV3({ numClasses: 10 });
 * net.call(tf.zeros([1, 3, 299, 299])).shape; // [1, 10]
 * ```
 * @category Models
 */
export class InceptionV3 extends Layer {
  static override readonly paddleName: string = 'InceptionV3';
  readonly numClasses: number;
  readonly withPool: boolean;
  readonly inception_stem: InceptionStem;
  readonly inception_block_list: LayerList;
  readonly avg_pool?: AdaptiveAvgPool2D;
  readonly dropout?: Dropout;
  readonly fc?: Linear;

  /**
   * @param options - {@link InceptionV3Options} (or `numClasses`)
   * @throws {@link index!InvalidArgumentError} for a bad option
   */
  constructor(options?: InceptionV3Options);
  constructor(numClasses?: number, options?: Omit<InceptionV3Options, 'numClasses'>);
  constructor(numClasses?: number, withPool?: boolean);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<InceptionV3Options>(INCEPTION_V3, args);
    this.numClasses = numClassesOf(o.numClasses, 1000, 'InceptionV3');
    this.withPool = boolOf(o.withPool, true, 'withPool', 'InceptionV3');
    this.inception_stem = new InceptionStem();
    this.inception_block_list = new LayerList([
      new InceptionA(192, 32), new InceptionA(256, 64), new InceptionA(288, 64), new InceptionB(288),
      new InceptionC(768, 128), new InceptionC(768, 160), new InceptionC(768, 160), new InceptionC(768, 192),
      new InceptionD(768), new InceptionE(1280), new InceptionE(2048),
    ]);
    if (this.withPool) this.avg_pool = new AdaptiveAvgPool2D(1);
    if (this.numClasses > 0) {
      const s = 1 / Math.sqrt(2048);
      this.dropout = new Dropout(0.2, { mode: 'downscale_in_infer' });
      this.fc = new Linear(2048, this.numClasses, { weightAttr: new ParamAttr({ initializer: new Uniform(-s, s) }) });
    }
  }

  /** @param x - images `[N, 3, 299, 299]` */
  forward(x: tf.Tensor): tf.Tensor {
    // tf.tidy frees the intermediates when the model is called outside a training step.
    return tf.tidy(() => {
      x = this.inception_stem.call(x);
      for (const inceptionBlock of this.inception_block_list) x = inceptionBlock.call(x);
      if (this.withPool) x = this.avg_pool!.call(x);
      if (this.numClasses > 0) {
        // Paddle reshapes to [-1, 2048]; flatten is the same with the pooling and keeps the batch without it.
        x = flatten(x, 1);
        x = this.dropout!.call(x);
        x = this.fc!.call(x);
      }
      return x;
    });
  }
}


/**
 * InceptionV3 (Paddle's `inception_v3`). @param options - `numClasses`, `withPool`, `pretrained`
 * @returns the network, or a Promise of it with `pretrained`
 * @example
 * ```ts
 * const net = await paddle.zoo.inceptionV3({ pretrained: true });
 * ```
 * @category Models
 */
export function inceptionV3<O extends InceptionV3Options & PretrainedOptions>(options?: O): Built<O, InceptionV3>;
export function inceptionV3(pretrained: PretrainedSource, options?: Omit<InceptionV3Options & PretrainedOptions, 'pretrained'>): Promise<InceptionV3>;
export function inceptionV3(pretrained: false | null | undefined, options?: Omit<InceptionV3Options & PretrainedOptions, 'pretrained'>): InceptionV3;
export function inceptionV3(...args: unknown[]): InceptionV3 | Promise<InceptionV3> {
  const options = factoryArgs<InceptionV3Options & PretrainedOptions>(SIG_inceptionV3, args);
  return withPretrained(new InceptionV3(networkOptions(options)), 'inception_v3', options) as InceptionV3 | Promise<InceptionV3>;
}
