import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, ShapeMismatchError } from '../../errors';
import type { Parameter } from '../../framework/parameter';
import { batchNormAxis } from '../functional/norm';
import type { DataFormat } from '../functional/layout';
import { Constant } from '../initializer/constant';
import { ParamAttr, toParamAttr, type ParamAttrLike } from '../param-attr';
import { SpatialLayer } from './base-spatial';
import { Layer } from './layer';
import { checkBoolean, checkName, checkPositiveInt } from './layer-utils';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Options of the BatchNorm layers after `numFeatures`. */
export interface BatchNormOptions<F extends string> {
  /** `running = momentum·running + (1 − momentum)·batch` (Paddle's convention; PyTorch's is 1 − this). @defaultValue 0.9 */
  momentum?: number;
  /** @defaultValue 1e-5 */
  epsilon?: number;
  /** The scale's attribute; `false` fixes it to 1. Default initializer 1. */
  weightAttr?: ParamAttrLike;
  /** The shift's attribute; `false` fixes it to 0. */
  biasAttr?: ParamAttrLike;
  /** Channel axis position. */
  dataFormat?: F;
  /** Normalize with the running statistics even in training. @defaultValue null (= not training) */
  useGlobalStats?: boolean | null;
  /** Paddle's `name`, accepted and ignored. @defaultValue null */
  name?: string | null;
}

/**
 * All of {@link BatchNorm2D}'s / {@link BatchNorm1D}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: nn.BatchNorm2D(num_features=16, momentum=0.9)
 * new paddle.nn.BatchNorm2D({ numFeatures: 16, momentum: 0.9 });
 * ```
 */
export interface BatchNormArgs<F extends string> extends BatchNormOptions<F> {
  numFeatures: number;
}

/**
 * {@link BatchNorm2D}'s keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.BatchNorm2D({ numFeatures: 16, momentum: 0.99 }); // Paddle: nn.BatchNorm2D(num_features=16, momentum=0.99)
 * ```
 * @category nn
 */
export type BatchNorm2DArgs = BatchNormArgs<DataFormat>;
/**
 * {@link BatchNorm1D}'s keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.BatchNorm1D({ numFeatures: 10, dataFormat: 'NLC' }); // Paddle: nn.BatchNorm1D(num_features=10, data_format='NLC')
 * ```
 * @category nn
 */
export type BatchNorm1DArgs = BatchNormArgs<'NCL' | 'NLC' | 'NC'>;

const PARAMS = ['numFeatures', 'momentum', 'epsilon', 'weightAttr', 'biasAttr', 'dataFormat', 'useGlobalStats', 'name'];
const BN2D = defineSignature('nn.BatchNorm2D', PARAMS, { required: 1 });
const BN1D = defineSignature('nn.BatchNorm1D', PARAMS, { required: 1 });

/** The four BatchNorm tensors, created in Paddle's order and with Paddle's attributes. */
interface BatchNormState {
  weight: Parameter;
  bias: Parameter;
  _mean: Parameter;
  _variance: Parameter;
}

function createState(layer: Layer, c: number, o: BatchNormOptions<string>): BatchNormState {
  // `false` keeps a frozen parameter at the neutral value, as Paddle does.
  const frozen = (attr: ParamAttrLike, value: number) =>
    toParamAttr(attr) === false ? new ParamAttr({ initializer: new Constant(value), trainable: false }) : attr;
  return {
    weight: layer.createParameter([c], { attr: frozen(o.weightAttr, 1), defaultInitializer: new Constant(1) })!,
    bias: layer.createParameter([c], { attr: frozen(o.biasAttr, 0), isBias: true })!,
    _mean: layer.createParameter([c], { attr: new ParamAttr({ initializer: new Constant(0), trainable: false }) })!,
    _variance: layer.createParameter([c], { attr: new ParamAttr({ initializer: new Constant(1), trainable: false }) })!,
  };
}

function checkOptions(o: BatchNormOptions<string>, where: string): void {
  const m = o.momentum ?? 0.9;
  if (!(typeof m === 'number' && m >= 0 && m <= 1)) throw new InvalidArgumentError('momentum', 'a number in [0, 1]', m, where);
  const e = o.epsilon ?? 1e-5;
  if (!(typeof e === 'number' && e > 0)) throw new InvalidArgumentError('epsilon', 'a positive number', e, where);
  if (o.useGlobalStats !== undefined && o.useGlobalStats !== null) checkBoolean(o.useGlobalStats, 'useGlobalStats', where);
  checkName(o.name, where);
}

/**
 * Batch normalization of 4-D input (Paddle's `nn.BatchNorm2D`). In `train()` mode it normalizes
 * with the batch mean and biased variance and updates `_mean`/`_variance` as
 * `running = 0.9·running + 0.1·batch`; in `eval()` it uses them. The running statistics are
 * non-trainable parameters, as in Paddle (so `parameters()` and `summary` count them).
 *
 * @example
 * ```ts
 * const bn = new paddle.nn.BatchNorm2D(16);
 * Object.keys(bn.stateDict()); // ['weight', 'bias', '_mean', '_variance']
 * bn.call(tf.randomNormal([8, 16, 5, 5])).shape; // [8, 16, 5, 5]
 * new paddle.nn.BatchNorm2D({ numFeatures: 16, momentum: 0.99 }); // Paddle: nn.BatchNorm2D(num_features=16, momentum=0.99)
 * ```
 * @category nn
 */
export class BatchNorm2D extends SpatialLayer {
  static override readonly paddleName: string = 'BatchNorm2D';
  readonly numFeatures: number;
  readonly momentum: number;
  readonly epsilon: number;
  readonly useGlobalStats: boolean | null;
  weight: Parameter;
  bias: Parameter;
  _mean: Parameter;
  _variance: Parameter;

  constructor(args: BatchNorm2DArgs);
  constructor(numFeatures: number, options?: BatchNormOptions<DataFormat>);
  constructor(numFeatures: number, momentum?: number, epsilon?: number, weightAttr?: ParamAttrLike, biasAttr?: ParamAttrLike,
    dataFormat?: DataFormat, useGlobalStats?: boolean | null, name?: string | null);
  constructor(...args: unknown[]) {
    const o = resolveArgs<BatchNorm2DArgs>(BN2D, args);
    super(o.dataFormat, 'BatchNorm2D');
    const numFeatures = checkPositiveInt(o.numFeatures, 'numFeatures', 'BatchNorm2D');
    this.numFeatures = numFeatures;
    checkOptions(o, 'BatchNorm2D');
    this.momentum = o.momentum ?? 0.9;
    this.epsilon = o.epsilon ?? 1e-5;
    this.useGlobalStats = o.useGlobalStats ?? null;
    const s = createState(this, numFeatures, o);
    this.weight = s.weight;
    this.bias = s.bias;
    this._mean = s._mean;
    this._variance = s._variance;
  }

  protected override expectedChannels(): number {
    return this.numFeatures;
  }

  protected computeChannelsLast(x: tf.Tensor): tf.Tensor {
    return batchNormAxis(x, 3, this._mean, this._variance, this.weight, this.bias, this.training,
      this.useGlobalStats ?? !this.training, this.momentum, this.epsilon);
  }

  override extraRepr(): string {
    return `num_features=${this.numFeatures}, momentum=${this.momentum}, epsilon=${this.epsilon}, data_format=${this.dataFormat}`;
  }
}

/**
 * Batch normalization of `[N, C]` or `[N, C, L]` input (Paddle's `nn.BatchNorm1D`); `dataFormat:
 * 'NLC'` for channels last. Same statistics and parameters as {@link BatchNorm2D}.
 *
 * @example
 * ```ts
 * new paddle.nn.BatchNorm1D(10).call(tf.randomNormal([32, 10])).shape; // [32, 10]
 * new paddle.nn.BatchNorm1D({ numFeatures: 10, dataFormat: 'NLC' }); // Paddle: nn.BatchNorm1D(num_features=10, data_format='NLC')
 * ```
 * @category nn
 */
export class BatchNorm1D extends Layer {
  static override readonly paddleName: string = 'BatchNorm1D';
  readonly numFeatures: number;
  readonly momentum: number;
  readonly epsilon: number;
  readonly dataFormat: 'NCL' | 'NLC' | 'NC';
  readonly useGlobalStats: boolean | null;
  weight: Parameter;
  bias: Parameter;
  _mean: Parameter;
  _variance: Parameter;

  constructor(args: BatchNorm1DArgs);
  constructor(numFeatures: number, options?: BatchNormOptions<'NCL' | 'NLC' | 'NC'>);
  constructor(numFeatures: number, momentum?: number, epsilon?: number, weightAttr?: ParamAttrLike, biasAttr?: ParamAttrLike,
    dataFormat?: 'NCL' | 'NLC' | 'NC', useGlobalStats?: boolean | null, name?: string | null);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<BatchNorm1DArgs>(BN1D, args);
    const numFeatures = checkPositiveInt(o.numFeatures, 'numFeatures', 'BatchNorm1D');
    this.numFeatures = numFeatures;
    checkOptions(o, 'BatchNorm1D');
    const fmt = o.dataFormat ?? 'NCL';
    if (fmt !== 'NCL' && fmt !== 'NLC' && fmt !== 'NC') throw new InvalidArgumentError('dataFormat', "'NCL', 'NC' or 'NLC'", fmt, 'BatchNorm1D');
    this.dataFormat = fmt;
    this.momentum = o.momentum ?? 0.9;
    this.epsilon = o.epsilon ?? 1e-5;
    this.useGlobalStats = o.useGlobalStats ?? null;
    const s = createState(this, numFeatures, o);
    this.weight = s.weight;
    this.bias = s.bias;
    this._mean = s._mean;
    this._variance = s._variance;
  }

  protected override checkInput(inputs: unknown[]): void {
    const x = inputs[0] as tf.Tensor;
    const shape = x instanceof tf.Tensor ? x.shape : [];
    const axis = this.dataFormat === 'NLC' && shape.length === 3 ? 2 : 1;
    if ((shape.length === 2 || shape.length === 3) && shape[axis] === this.numFeatures) return;
    const expected = this.dataFormat === 'NLC' && shape.length === 3 ? [null, null, this.numFeatures] : shape.length === 3
      ? [null, this.numFeatures, null] : [null, this.numFeatures];
    throw new ShapeMismatchError(`BatchNorm1D '${this.fullName()}'`, expected, shape, 'input of');
  }

  forward(x: tf.Tensor): tf.Tensor {
    const axis = this.dataFormat === 'NLC' && x.rank === 3 ? 2 : 1;
    return batchNormAxis(x, axis, this._mean, this._variance, this.weight, this.bias, this.training,
      this.useGlobalStats ?? !this.training, this.momentum, this.epsilon);
  }

  override extraRepr(): string {
    return `num_features=${this.numFeatures}, momentum=${this.momentum}, epsilon=${this.epsilon}, data_format=${this.dataFormat}`;
  }
}
