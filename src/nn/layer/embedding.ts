import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import type { Parameter } from '../../framework/parameter';
import { embeddingWith } from '../functional/common';
import type { ParamAttrLike } from '../param-attr';
import { Layer } from './layer';
import { checkBoolean, checkName, checkPositiveInt } from './layer-utils';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Options of {@link Embedding} after the sizes. */
export interface EmbeddingOptions {
  /** Id whose output is zeros and whose row gets no gradient (negative counts from the end). @defaultValue null */
  paddingIdx?: number | null;
  /** Kept for Paddle compatibility; gradients are dense. @defaultValue false */
  sparse?: boolean;
  /** The weight's attribute; default initializer XavierUniform. */
  weightAttr?: ParamAttrLike;
  /** Paddle's `name`, accepted and ignored. @defaultValue null */
  name?: string | null;
}

/**
 * All of {@link Embedding}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: nn.Embedding(num_embeddings=1000, embedding_dim=64, padding_idx=0)
 * new paddle.nn.Embedding({ numEmbeddings: 1000, embeddingDim: 64, paddingIdx: 0 });
 * ```
 * @category nn
 */
export interface EmbeddingArgs extends EmbeddingOptions {
  numEmbeddings: number;
  embeddingDim: number;
}

const SIGNATURE = defineSignature('nn.Embedding', ['numEmbeddings', 'embeddingDim', 'paddingIdx', 'sparse', 'weightAttr', 'name'], { required: 2 });

/**
 * A lookup table of `numEmbeddings` vectors of size `embeddingDim` (Paddle's `nn.Embedding`),
 * called with int32 ids. The `paddingIdx` row starts at zero, its output is zero and it gets
 * no gradient.
 *
 * @example
 * ```ts
 * const emb = new paddle.nn.Embedding(1000, 64, { paddingIdx: 0 });
 * emb.call(tf.tensor2d([[5, 0, 7]], [1, 3], 'int32')).shape; // [1, 3, 64]
 * // Paddle: nn.Embedding(num_embeddings=1000, embedding_dim=64, padding_idx=0)
 * new paddle.nn.Embedding({ numEmbeddings: 1000, embeddingDim: 64, paddingIdx: 0 });
 * ```
 * @category nn
 */
export class Embedding extends Layer {
  static override readonly paddleName: string = 'Embedding';
  readonly numEmbeddings: number;
  readonly embeddingDim: number;
  readonly paddingIdx: number | null;
  /** `[numEmbeddings, embeddingDim]`. */
  weight: Parameter;

  constructor(args: EmbeddingArgs);
  constructor(numEmbeddings: number, embeddingDim: number, options?: EmbeddingOptions);
  constructor(numEmbeddings: number, embeddingDim: number, paddingIdx?: number | null, sparse?: boolean, weightAttr?: ParamAttrLike, name?: string | null);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<EmbeddingArgs>(SIGNATURE, args);
    const numEmbeddings = checkPositiveInt(o.numEmbeddings, 'numEmbeddings', 'Embedding');
    const embeddingDim = checkPositiveInt(o.embeddingDim, 'embeddingDim', 'Embedding');
    this.numEmbeddings = numEmbeddings;
    this.embeddingDim = embeddingDim;
    checkBoolean(o.sparse ?? false, 'sparse', 'Embedding');
    checkName(o.name, 'Embedding');
    const p = o.paddingIdx ?? null;
    if (p !== null && !(Number.isInteger(p) && p >= -numEmbeddings && p < numEmbeddings)) {
      throw new InvalidArgumentError('paddingIdx', `an integer in [${-numEmbeddings}, ${numEmbeddings})`, p, 'Embedding');
    }
    this.paddingIdx = p === null ? null : p < 0 ? p + numEmbeddings : p;
    this.weight = this.createParameter([numEmbeddings, embeddingDim], { attr: o.weightAttr })!;
    if (this.paddingIdx !== null) {
      const row = this.paddingIdx;
      tf.tidy(() => {
        const keep = tf.reshape(tf.notEqual(tf.range(0, numEmbeddings, 1, 'int32'), row), [numEmbeddings, 1]);
        this.weight.assign(tf.where(tf.broadcastTo(keep, this.weight.shape), this.weight, tf.zerosLike(this.weight)));
      });
    }
  }

  forward(x: tf.Tensor): tf.Tensor {
    return embeddingWith(x, this.weight, this.paddingIdx, `Embedding '${this.fullName()}'`);
  }

  override extraRepr(): string {
    return `${this.numEmbeddings}, ${this.embeddingDim}${this.paddingIdx !== null ? `, padding_idx=${this.paddingIdx}` : ''}, sparse=False`;
  }
}
