import type * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import type { DataFormat } from '../functional/layout';
import { lrnChannelsLast } from '../functional/norm';
import { SpatialLayer } from './base-spatial';
import { checkName, checkPositiveInt } from './layer-utils';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Options of {@link LocalResponseNorm} after `size`. */
export interface LocalResponseNormOptions {
  /** @defaultValue 1e-4 */
  alpha?: number;
  /** @defaultValue 0.75 */
  beta?: number;
  /** @defaultValue 1 */
  k?: number;
  /** @defaultValue 'NCHW' */
  dataFormat?: DataFormat;
  /** Paddle's `name`, accepted and ignored. @defaultValue null */
  name?: string | null;
}

/**
 * All of {@link LocalResponseNorm}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.LocalResponseNorm({ size: 5, k: 2 }); // Paddle: nn.LocalResponseNorm(size=5, k=2.0)
 * ```
 * @category nn
 */
export interface LocalResponseNormArgs extends LocalResponseNormOptions {
  size: number;
}

const SIGNATURE = defineSignature('nn.LocalResponseNorm', ['size', 'alpha', 'beta', 'k', 'dataFormat', 'name'], { required: 1 });

/**
 * Local response normalization across channels (Paddle's `nn.LocalResponseNorm`), as in AlexNet:
 * `y = x / (k + alpha/size · Σ x²)^beta` over `size` neighbouring channels.
 *
 * @example
 * ```ts
 * new paddle.nn.LocalResponseNorm(5).call(tf.ones([1, 96, 55, 55])).shape; // [1, 96, 55, 55]
 * new paddle.nn.LocalResponseNorm({ size: 5, k: 2 }); // Paddle: nn.LocalResponseNorm(size=5, k=2.0)
 * ```
 * @category nn
 */
export class LocalResponseNorm extends SpatialLayer {
  static override readonly paddleName: string = 'LocalResponseNorm';
  readonly size: number;
  readonly alpha: number;
  readonly beta: number;
  readonly k: number;

  constructor(args: LocalResponseNormArgs);
  constructor(size: number, options?: LocalResponseNormOptions);
  constructor(size: number, alpha?: number, beta?: number, k?: number, dataFormat?: DataFormat, name?: string | null);
  constructor(...args: unknown[]) {
    const o = resolveArgs<LocalResponseNormArgs>(SIGNATURE, args);
    super(o.dataFormat, 'LocalResponseNorm');
    checkName(o.name, 'LocalResponseNorm');
    this.size = checkPositiveInt(o.size, 'size', 'LocalResponseNorm');
    this.alpha = o.alpha ?? 1e-4;
    this.beta = o.beta ?? 0.75;
    this.k = o.k ?? 1;
    for (const [name, v] of [['alpha', this.alpha], ['beta', this.beta], ['k', this.k]] as const) {
      if (!Number.isFinite(v)) throw new InvalidArgumentError(name, 'a finite number', v, 'LocalResponseNorm');
    }
  }

  protected computeChannelsLast(x: tf.Tensor): tf.Tensor {
    return lrnChannelsLast(x, this.size, this.alpha, this.beta, this.k);
  }

  override extraRepr(): string {
    return `size=${this.size}, alpha=${this.alpha}, beta=${this.beta}, k=${this.k}`;
  }
}
