import type * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import type { DataFormat } from '../functional/layout';
import { lrnChannelsLast } from '../functional/norm';
import { SpatialLayer } from './base-spatial';
import { checkPositiveInt, resolveOptions } from './layer-utils';

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
  name?: string | null;
}

/**
 * Local response normalization across channels (Paddle's `nn.LocalResponseNorm`), as in AlexNet:
 * `y = x / (k + alpha/size · Σ x²)^beta` over `size` neighbouring channels.
 *
 * @example
 * ```ts
 * new paddle.nn.LocalResponseNorm(5).call(tf.ones([1, 96, 55, 55])).shape; // [1, 96, 55, 55]
 * ```
 * @category nn
 */
export class LocalResponseNorm extends SpatialLayer {
  readonly size: number;
  readonly alpha: number;
  readonly beta: number;
  readonly k: number;

  constructor(size: number, options?: LocalResponseNormOptions);
  constructor(size: number, alpha?: number, beta?: number, k?: number, dataFormat?: DataFormat, name?: string | null);
  constructor(size: number, ...args: unknown[]) {
    const o = resolveOptions<LocalResponseNormOptions>(args, ['alpha', 'beta', 'k', 'dataFormat', 'name'], 'LocalResponseNorm');
    super(o.dataFormat, 'LocalResponseNorm');
    this.size = checkPositiveInt(size, 'size', 'LocalResponseNorm');
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
