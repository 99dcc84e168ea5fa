import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, ShapeMismatchError } from '../../errors';
import type { Parameter } from '../../framework/parameter';
import { layerNorm } from '../functional/norm';
import { Constant } from '../initializer/constant';
import type { ParamAttrLike } from '../param-attr';
import { Layer } from './layer';
import { checkName, pyRepr } from './layer-utils';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Options of {@link LayerNorm} after `normalizedShape`. */
export interface LayerNormOptions {
  /** @defaultValue 1e-5 */
  epsilon?: number;
  /** The scale's attribute; `false` for none. Default initializer 1. */
  weightAttr?: ParamAttrLike;
  /** The shift's attribute; `false` for none. */
  biasAttr?: ParamAttrLike;
  /** Paddle's `name`, accepted and ignored. @defaultValue null */
  name?: string | null;
}

/**
 * All of {@link LayerNorm}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.LayerNorm({ normalizedShape: 64, epsilon: 1e-6 }); // Paddle: nn.LayerNorm(normalized_shape=64, epsilon=1e-6)
 * ```
 * @category nn
 */
export interface LayerNormArgs extends LayerNormOptions {
  normalizedShape: number | number[];
}

const SIGNATURE = defineSignature('nn.LayerNorm', ['normalizedShape', 'epsilon', 'weightAttr', 'biasAttr', 'name'], { required: 1 });

/**
 * Layer normalization over the trailing dimensions (Paddle's `nn.LayerNorm`). As in Paddle the
 * scale and shift are flat, of size `prod(normalizedShape)`.
 *
 * @example
 * ```ts
 * const ln = new paddle.nn.LayerNorm([4, 6]);
 * ln.weight!.shape; // [24]
 * ln.call(tf.randomNormal([3, 4, 6])).shape; // [3, 4, 6]
 * new paddle.nn.LayerNorm({ normalizedShape: 64, epsilon: 1e-6 }); // Paddle: nn.LayerNorm(normalized_shape=64, epsilon=1e-6)
 * ```
 * @category nn
 */
export class LayerNorm extends Layer {
  static override readonly paddleName: string = 'LayerNorm';
  readonly normalizedShape: number[];
  readonly epsilon: number;
  weight: Parameter | null;
  bias: Parameter | null;

  constructor(args: LayerNormArgs);
  constructor(normalizedShape: number | number[], options?: LayerNormOptions);
  constructor(normalizedShape: number | number[], epsilon?: number, weightAttr?: ParamAttrLike, biasAttr?: ParamAttrLike, name?: string | null);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<LayerNormArgs>(SIGNATURE, args);
    const { normalizedShape } = o;
    checkName(o.name, 'LayerNorm');
    const ns = typeof normalizedShape === 'number' ? [normalizedShape] : normalizedShape;
    if (!Array.isArray(ns) || ns.length === 0 || !ns.every((d) => Number.isInteger(d) && d > 0)) {
      throw new InvalidArgumentError('normalizedShape', 'a positive integer or a list of them', normalizedShape, 'LayerNorm');
    }
    this.normalizedShape = [...ns];
    this.epsilon = o.epsilon ?? 1e-5;
    if (!(typeof this.epsilon === 'number' && this.epsilon > 0)) throw new InvalidArgumentError('epsilon', 'a positive number', this.epsilon, 'LayerNorm');
    const size = ns.reduce((a, b) => a * b, 1);
    this.weight = this.createParameter([size], { attr: o.weightAttr, defaultInitializer: new Constant(1) });
    this.bias = this.createParameter([size], { attr: o.biasAttr, isBias: true });
  }

  protected override checkInput(inputs: unknown[]): void {
    const x = inputs[0];
    const shape = x instanceof tf.Tensor ? x.shape : [];
    const ns = this.normalizedShape;
    const tail = shape.slice(shape.length - ns.length);
    if (shape.length >= ns.length && ns.every((d, i) => d === tail[i])) return;
    throw new ShapeMismatchError(`LayerNorm '${this.fullName()}'`, [...shape.slice(0, Math.max(0, shape.length - ns.length)).map(() => null), ...ns], shape, 'input of');
  }

  forward(x: tf.Tensor): tf.Tensor {
    return layerNorm(x, this.normalizedShape, this.weight, this.bias, this.epsilon);
  }

  override extraRepr(): string {
    return `normalized_shape=${pyRepr(this.normalizedShape)}, epsilon=${this.epsilon}`;
  }
}
