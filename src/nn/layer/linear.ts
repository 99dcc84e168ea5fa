import type * as tf from '@tensorflow/tfjs-core';
import { ShapeMismatchError } from '../../errors';
import type { Parameter } from '../../framework/parameter';
import { linearWith } from '../functional/common';
import type { ParamAttrLike } from '../param-attr';
import { Layer } from './layer';
import { defineSignature, resolveArgs } from '../../framework/args';
import { checkPositiveInt } from './layer-utils';

/** Options of {@link Linear} after the feature counts. */
export interface LinearOptions {
  /** The weight's attribute; default initializer XavierUniform. */
  weightAttr?: ParamAttrLike;
  /** The bias's attribute; `false` for no bias; default initializer zeros. */
  biasAttr?: ParamAttrLike;
  /** Kept for Paddle compatibility (shown by `toString`). */
  name?: string | null;
}

/**
 * All of {@link Linear}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.Linear({ inFeatures: 400, outFeatures: 120 }); // Paddle's Linear(in_features=400, out_features=120)
 * ```
 * @category nn
 */
export interface LinearArgs extends LinearOptions {
  inFeatures: number;
  outFeatures: number;
}

const SIGNATURE = defineSignature('nn.Linear', ['inFeatures', 'outFeatures', 'weightAttr', 'biasAttr', 'name'], { required: 2 });

/**
 * Fully connected layer `y = x·W + b` (Paddle's `nn.Linear`), weight `[inFeatures, outFeatures]`
 * initialized XavierUniform, bias zeros.
 *
 * @example
 * ```ts
 * const fc = new paddle.nn.Linear(784, 10);
 * fc.weight.shape;                  // [784, 10]
 * fc.call(tf.zeros([32, 784])).shape; // [32, 10]
 * new paddle.nn.Linear(4, 2, { biasAttr: false }).bias; // null
 * new paddle.nn.Linear({ inFeatures: 400, outFeatures: 120 }); // Paddle's Linear(in_features=400, out_features=120)
 * ```
 * @category nn
 */
export class Linear extends Layer {
  static override readonly paddleName: string = 'Linear';
  readonly inFeatures: number;
  readonly outFeatures: number;
  /** `[inFeatures, outFeatures]`. */
  weight: Parameter;
  /** `[outFeatures]`, or null with `biasAttr: false`. */
  bias: Parameter | null;
  private readonly name: string | null;

  constructor(args: LinearArgs);
  constructor(inFeatures: number, outFeatures: number, options?: LinearOptions);
  constructor(inFeatures: number, outFeatures: number, weightAttr?: ParamAttrLike, biasAttr?: ParamAttrLike, name?: string | null);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<LinearArgs>(SIGNATURE, args);
    const { inFeatures, outFeatures } = o;
    this.inFeatures = checkPositiveInt(inFeatures, 'inFeatures', 'Linear');
    this.outFeatures = checkPositiveInt(outFeatures, 'outFeatures', 'Linear');
    this.name = o.name ?? null;
    this.weight = this.createParameter([inFeatures, outFeatures], { attr: o.weightAttr })!;
    this.bias = this.createParameter([outFeatures], { attr: o.biasAttr, isBias: true });
  }

  forward(x: tf.Tensor): tf.Tensor {
    return linearWith(x, this.weight, this.bias, `Linear '${this.fullName()}'`);
  }

  protected override checkInput(inputs: unknown[]): void {
    const x = inputs[0] as tf.Tensor;
    if (!x || !Array.isArray(x.shape) || x.shape.length < 1 || x.shape[x.shape.length - 1] !== this.inFeatures) {
      const shape = x && Array.isArray(x.shape) ? x.shape : [];
      throw new ShapeMismatchError(`Linear '${this.fullName()}'`, [...shape.slice(0, -1).map(() => null), this.inFeatures], shape, 'input of');
    }
  }

  override extraRepr(): string {
    return `in_features=${this.inFeatures}, out_features=${this.outFeatures}, dtype=float32${this.name ? `, name=${this.name}` : ''}`;
  }
}
