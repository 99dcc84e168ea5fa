import { defineSignature, resolveArgs } from '../../framework/args';
import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, UnsupportedError } from '../../errors';
import { flatten } from '../../nn/functional/common';
import { BatchNorm2D } from '../../nn/layer/batch-norm';
import { Conv2D } from '../../nn/layer/conv2d';
import { Sequential } from '../../nn/layer/container/sequential';
import { Layer } from '../../nn/layer/layer';
import { Linear } from '../../nn/layer/linear';
import { AdaptiveAvgPool2D, MaxPool2D } from '../../nn/layer/pooling';
import { ReLU } from '../../nn/layer/activation/relu';
import { boolOf, numClassesOf } from './options';


/** Options of {@link BasicBlock} and {@link BottleneckBlock} after the channel counts. @category Models */
export interface ResNetBlockOptions {
  /** Stride of the block's strided convolution. @defaultValue 1 */
  stride?: number;
  /** The shortcut's projection, or null for identity. @defaultValue null */
  downsample?: Layer | null;
  /** Groups of the 3×3 convolution (ResNeXt cardinality). @defaultValue 1 */
  groups?: number;
  /** Width per group (64 for ResNet). @defaultValue 64 */
  baseWidth?: number;
  /** @defaultValue 1 */
  dilation?: number;
}

/** All of a ResNet block's arguments by name: Paddle's keyword form. @category Models */
export interface ResNetBlockArgs extends ResNetBlockOptions {
  /** Input channels. */
  inplanes: number;
  /** Output channels (before the expansion). */
  planes: number;
}

const BLOCK_PARAMS = ['inplanes', 'planes', 'stride', 'downsample', 'groups', 'baseWidth', 'dilation'];
const BASIC_BLOCK = defineSignature('vision.models.BasicBlock', BLOCK_PARAMS, { required: 2 });
const BOTTLENECK_BLOCK = defineSignature('vision.models.BottleneckBlock', BLOCK_PARAMS, { required: 2 });

/**
 * Paddle's `BasicBlock` (ResNet-18/34): two 3×3 convolutions and a shortcut.
 *
 * @example
 * ```ts
 * // Paddle: BasicBlock(inplanes=64, planes=64)
 * const block = new paddle.vision.models.BasicBlock(64, 64);
 * block.call(tf.zeros([1, 64, 8, 8])).shape; // [1, 64, 8, 8]
 * ```
 * @category Models
 */
export class BasicBlock extends Layer {
  static override readonly paddleName: string = 'BasicBlock';
  static readonly expansion = 1;
  readonly conv1: Conv2D;
  readonly bn1: BatchNorm2D;
  readonly relu: ReLU;
  readonly conv2: Conv2D;
  readonly bn2: BatchNorm2D;
  readonly downsample: Layer | null;

  /**
   * `inplanes` input channels, `planes` output channels, `stride` that of the first convolution.
   * @throws {@link index!UnsupportedError} for groups ≠ 1, baseWidth ≠ 64 or dilation > 1 (as Paddle)
   * @example
   * ```ts
   * new paddle.vision.models.BasicBlock({ inplanes: 64, planes: 64 }); // Paddle: BasicBlock(inplanes=64, planes=64)
   * ```
   */
  constructor(args: ResNetBlockArgs);
  constructor(inplanes: number, planes: number, options?: ResNetBlockOptions);
  constructor(inplanes: number, planes: number, stride?: number, downsample?: Layer | null, groups?: number, baseWidth?: number, dilation?: number);
  constructor(...args: unknown[]) {
    super();
    const { inplanes, planes, stride = 1, downsample = null, groups = 1, baseWidth = 64, dilation = 1 } = resolveArgs<ResNetBlockArgs>(BASIC_BLOCK, args);
    if (dilation > 1) throw new UnsupportedError('BasicBlock: dilation > 1 is not supported (as in Paddle).');
    if (groups !== 1 || baseWidth !== 64) throw new UnsupportedError('BasicBlock: only groups=1 and width=64 are supported (ResNeXt and wide ResNets use BottleneckBlock).');
    this.conv1 = new Conv2D(inplanes, planes, 3, { padding: 1, stride, biasAttr: false });
    this.bn1 = new BatchNorm2D(planes);
    this.relu = new ReLU();
    this.conv2 = new Conv2D(planes, planes, 3, { padding: 1, biasAttr: false });
    this.bn2 = new BatchNorm2D(planes);
    this.downsample = downsample;
  }

  forward(x: tf.Tensor): tf.Tensor {
    const identity = this.downsample ? this.downsample.call(x) : x;
    let out = this.relu.call(this.bn1.call(this.conv1.call(x)));
    out = this.bn2.call(this.conv2.call(out));
    return this.relu.call(tf.add(out, identity));
  }
}

/**
 * Paddle's `BottleneckBlock` (ResNet-50+, ResNeXt, wide ResNet): 1×1, grouped 3×3, 1×1 (×4).
 *
 * @example
 * ```ts
 * // Paddle: BottleneckBlock(inplanes=256, planes=64): 256 → 64 → 64 → 256 channels
 * const block = new paddle.vision.models.BottleneckBlock(256, 64);
 * block.call(tf.zeros([1, 256, 8, 8])).shape; // [1, 256, 8, 8]
 * ```
 * @category Models
 */
export class BottleneckBlock extends Layer {
  static override readonly paddleName: string = 'BottleneckBlock';
  static readonly expansion = 4;
  readonly conv1: Conv2D;
  readonly bn1: BatchNorm2D;
  readonly conv2: Conv2D;
  readonly bn2: BatchNorm2D;
  readonly conv3: Conv2D;
  readonly bn3: BatchNorm2D;
  readonly relu: ReLU;
  readonly downsample: Layer | null;

  /**
   * `inplanes` input channels, `planes` the bottleneck channels before the ×4 expansion, `stride`
   * that of the 3×3 convolution.
   * @example
   * ```ts
   * new paddle.vision.models.BottleneckBlock({ inplanes: 256, planes: 64 }); // Paddle: BottleneckBlock(inplanes=256, planes=64)
   * ```
   */
  constructor(args: ResNetBlockArgs);
  constructor(inplanes: number, planes: number, options?: ResNetBlockOptions);
  constructor(inplanes: number, planes: number, stride?: number, downsample?: Layer | null, groups?: number, baseWidth?: number, dilation?: number);
  constructor(...args: unknown[]) {
    super();
    const { inplanes, planes, stride = 1, downsample = null, groups = 1, baseWidth = 64, dilation = 1 } = resolveArgs<ResNetBlockArgs>(BOTTLENECK_BLOCK, args);
    const width = Math.trunc(planes * (baseWidth / 64)) * groups;
    this.conv1 = new Conv2D(inplanes, width, 1, { biasAttr: false });
    this.bn1 = new BatchNorm2D(width);
    this.conv2 = new Conv2D(width, width, 3, { padding: dilation, stride, groups, dilation, biasAttr: false });
    this.bn2 = new BatchNorm2D(width);
    this.conv3 = new Conv2D(width, planes * 4, 1, { biasAttr: false });
    this.bn3 = new BatchNorm2D(planes * 4);
    this.relu = new ReLU();
    this.downsample = downsample;
  }

  forward(x: tf.Tensor): tf.Tensor {
    const identity = this.downsample ? this.downsample.call(x) : x;
    let out = this.relu.call(this.bn1.call(this.conv1.call(x)));
    out = this.relu.call(this.bn2.call(this.conv2.call(out)));
    out = this.bn3.call(this.conv3.call(out));
    return this.relu.call(tf.add(out, identity));
  }
}

/** A residual block class usable by {@link ResNet}. @category Models */
export type ResNetBlock = typeof BasicBlock | typeof BottleneckBlock;

/** Options of {@link ResNet} after `block` and `depth`. @category Models */
export interface ResNetOptions {
  /** Base width per group of the bottleneck (128 for wide ResNets, 4 for ResNeXt). @defaultValue 64 */
  width?: number;
  /** Output classes; 0 or less drops `fc`. @defaultValue 1000 */
  numClasses?: number;
  /** Keep the global average pooling before `fc`. @defaultValue true */
  withPool?: boolean;
  /** Groups of the 3×3 convolutions (ResNeXt cardinality). @defaultValue 1 */
  groups?: number;
}

/**
 * All of {@link ResNet}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: ResNet(block=BasicBlock, depth=18, num_classes=10)
 * new paddle.vision.models.ResNet({ block: paddle.vision.models.BasicBlock, depth: 18, numClasses: 10 });
 * ```
 * @category Models
 */
export interface ResNetArgs extends ResNetOptions {
  /** {@link BasicBlock} or {@link BottleneckBlock}. */
  block: ResNetBlock;
  /** 18, 34, 50, 101 or 152. @defaultValue 50 */
  depth?: number;
}

const RESNET = defineSignature('vision.models.ResNet', ['block', 'depth', 'width', 'numClasses', 'withPool', 'groups'], { required: 1 });

const LAYER_CFG: Record<number, [number, number, number, number]> = {
  18: [2, 2, 2, 2], 34: [3, 4, 6, 3], 50: [3, 4, 6, 3], 101: [3, 4, 23, 3], 152: [3, 8, 36, 3],
};

/**
 * Paddle's `paddle.vision.models.ResNet` (He et al., https://arxiv.org/abs/1512.03385), also
 * ResNeXt (`groups`, `width`) and wide ResNets (`width: 128`): stem conv 7×7/2, BN, ReLU,
 * max pool 3/2, four stages `layer1` … `layer4`, global average pool, `fc`. Parameter names
 * and shapes are Paddle's (and, apart from BN's `_mean`/`_variance` and Linear's `[in, out]`,
 * torchvision's).
 *
 * @example
 * ```ts
 * const net = new paddle.vision.models.ResNet(paddle.vision.models.BottleneckBlock, 50, { width: 4, groups: 32 });
 * // Paddle: ResNet(block=BasicBlock, depth=18, num_classes=10)
 * new paddle.vision.models.ResNet({ block: paddle.vision.models.BasicBlock, depth: 18, numClasses: 10 });
 * ```
 * @category Models
 */
export class ResNet extends Layer {
  static override readonly paddleName: string = 'ResNet';
  readonly numClasses: number;
  readonly withPool: boolean;
  readonly groups: number;
  readonly baseWidth: number;
  readonly conv1: Conv2D;
  readonly bn1: BatchNorm2D;
  readonly relu: ReLU;
  readonly maxpool: MaxPool2D;
  readonly layer1: Sequential;
  readonly layer2: Sequential;
  readonly layer3: Sequential;
  readonly layer4: Sequential;
  readonly avgpool?: AdaptiveAvgPool2D;
  readonly fc?: Linear;
  private inplanes = 64;

  /**
   * Paddle's `ResNet(block, depth=50, width=64, num_classes=1000, with_pool=True, groups=1)`.
   * @param args - every argument by name, Paddle's keyword form (see {@link ResNetArgs})
   * @throws {@link index!InvalidArgumentError} for another depth, a bad or an unknown option
   */
  constructor(args: ResNetArgs);
  constructor(block: ResNetBlock, depth?: number, options?: ResNetOptions);
  /**
   * Positional form, in Paddle's order.
   *
   * @param block - {@link BasicBlock} or {@link BottleneckBlock}
   * @param depth - 18, 34, 50, 101 or 152
   */
  constructor(block: ResNetBlock, depth?: number, width?: number, numClasses?: number, withPool?: boolean, groups?: number);
  constructor(...args: unknown[]) {
    super();
    const options = resolveArgs<ResNetArgs>(RESNET, args);
    const depth = options.depth ?? 50;
    if (options.block !== BasicBlock && options.block !== BottleneckBlock) {
      throw new InvalidArgumentError('block', 'BasicBlock or BottleneckBlock', options.block, 'vision.models.ResNet');
    }
    const block = options.block;
    const layers = LAYER_CFG[depth];
    if (!layers) throw new InvalidArgumentError('depth', 'one of 18, 34, 50, 101, 152', depth, 'ResNet');
    this.groups = options.groups ?? 1;
    this.baseWidth = options.width ?? 64;
    for (const [k, v] of [['groups', this.groups], ['width', this.baseWidth]] as const) {
      if (!Number.isInteger(v) || v < 1) throw new InvalidArgumentError(k, 'a positive integer', v, 'ResNet');
    }
    this.numClasses = numClassesOf(options.numClasses, 1000, 'ResNet');
    this.withPool = boolOf(options.withPool, true, 'withPool', 'ResNet');
    this.conv1 = new Conv2D(3, 64, 7, { stride: 2, padding: 3, biasAttr: false });
    this.bn1 = new BatchNorm2D(64);
    this.relu = new ReLU();
    this.maxpool = new MaxPool2D(3, { stride: 2, padding: 1 });
    this.layer1 = this.makeLayer(block, 64, layers[0]);
    this.layer2 = this.makeLayer(block, 128, layers[1], 2);
    this.layer3 = this.makeLayer(block, 256, layers[2], 2);
    this.layer4 = this.makeLayer(block, 512, layers[3], 2);
    if (this.withPool) this.avgpool = new AdaptiveAvgPool2D([1, 1]);
    if (this.numClasses > 0) this.fc = new Linear(512 * block.expansion, this.numClasses);
  }

  private makeLayer(block: ResNetBlock, planes: number, blocks: number, stride = 1): Sequential {
    let downsample: Layer | null = null;
    if (stride !== 1 || this.inplanes !== planes * block.expansion) {
      downsample = new Sequential(
        new Conv2D(this.inplanes, planes * block.expansion, 1, { stride, biasAttr: false }),
        new BatchNorm2D(planes * block.expansion),
      );
    }
    const list: Layer[] = [new block(this.inplanes, planes, stride, downsample, this.groups, this.baseWidth, 1)];
    this.inplanes = planes * block.expansion;
    for (let i = 1; i < blocks; i++) list.push(new block(this.inplanes, planes, 1, null, this.groups, this.baseWidth));
    return new Sequential(...list);
  }

  /** @param x - images `[N, 3, H, W]` */
  forward(x: tf.Tensor): tf.Tensor {
    // tf.tidy frees the intermediates when the model is called outside a training step.
    return tf.tidy(() => {
      x = this.conv1.call(x);
      x = this.bn1.call(x);
      x = this.relu.call(x);
      x = this.maxpool.call(x);
      x = this.layer1.call(x);
      x = this.layer2.call(x);
      x = this.layer3.call(x);
      x = this.layer4.call(x);
      if (this.withPool) x = this.avgpool!.call(x);
      if (this.numClasses > 0) {
        x = flatten(x, 1);
        x = this.fc!.call(x);
      }
      return x;
    });
  }
}
