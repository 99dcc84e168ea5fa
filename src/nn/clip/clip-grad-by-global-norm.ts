import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { ClipGradBase, needsClip } from './gradient-clip';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Options of {@link ClipGradByGlobalNorm} after `clipNorm`. */
export interface ClipGradByGlobalNormOptions {
  /** Paddle's group name (only used by Paddle's static graph). @defaultValue 'default_group' */
  groupName?: string;
  /** Kept for compatibility; the result is the same either way. @defaultValue false */
  autoSkipClip?: boolean;
}

/**
 * All of {@link ClipGradByGlobalNorm}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.ClipGradByGlobalNorm({ clipNorm: 5 }); // Paddle: nn.ClipGradByGlobalNorm(clip_norm=5.0)
 * ```
 * @category Optimizer
 */
export interface ClipGradByGlobalNormArgs extends ClipGradByGlobalNormOptions {
  /** The largest allowed global norm, > 0. */
  clipNorm: number;
}

const SIGNATURE = defineSignature('nn.ClipGradByGlobalNorm', ['clipNorm', 'groupName', 'autoSkipClip'], { required: 1 });

/**
 * Rescales all gradients together so that their global L2 norm (over every gradient with
 * `needClip`) is at most `clipNorm`: `g * clipNorm / max(globalNorm, clipNorm)` (Paddle's
 * `paddle.nn.ClipGradByGlobalNorm`). As in Paddle, with parameter groups each group is clipped
 * by its own global norm.
 *
 * @example
 * ```ts
 * const clip = new paddle.nn.ClipGradByGlobalNorm(1.0);
 * new paddle.nn.ClipGradByGlobalNorm({ clipNorm: 5 }); // Paddle: nn.ClipGradByGlobalNorm(clip_norm=5.0)
 * ```
 * @category Optimizer
 */
export class ClipGradByGlobalNorm extends ClipGradBase {
  /** The largest allowed global norm. */
  readonly clipNorm: number;
  /** Paddle's group name (only used by Paddle's static graph). @defaultValue 'default_group' */
  readonly groupName: string;
  /**
   * Paddle skips the multiplication when the norm is under `clipNorm`; the result is the same
   * (the factor is then exactly 1), so this only exists for compatibility. @defaultValue false
   */
  readonly autoSkipClip: boolean;

  constructor(args: ClipGradByGlobalNormArgs);
  constructor(clipNorm: number, options?: ClipGradByGlobalNormOptions);
  /**
   * @param clipNorm - the largest allowed global norm, > 0
   * @param groupName - @defaultValue 'default_group'
   * @param autoSkipClip - @defaultValue false
   * @throws {@link index!InvalidArgumentError} if `clipNorm` is not > 0, or an option has the wrong type
   */
  constructor(clipNorm: number, groupName?: string, autoSkipClip?: boolean);
  constructor(...args: unknown[]) {
    super();
    const where = 'ClipGradByGlobalNorm';
    const o = resolveArgs<ClipGradByGlobalNormArgs>(SIGNATURE, args);
    const { clipNorm } = o;
    if (typeof clipNorm !== 'number' || !(clipNorm > 0) || !Number.isFinite(clipNorm)) {
      throw new InvalidArgumentError('clipNorm', 'a finite number > 0', clipNorm, where);
    }
    this.clipNorm = clipNorm;
    this.groupName = o.groupName ?? 'default_group';
    if (typeof this.groupName !== 'string') throw new InvalidArgumentError('groupName', 'a string', this.groupName, where);
    this.autoSkipClip = o.autoSkipClip ?? false;
    if (typeof this.autoSkipClip !== 'boolean') throw new InvalidArgumentError('autoSkipClip', 'true or false', this.autoSkipClip, where);
  }

  clipGrads(params: readonly tf.Variable[], grads: readonly tf.Tensor[]): tf.Tensor[] {
    const squares = grads.filter((_, i) => needsClip(params[i])).map((g) => tf.sum(tf.square(g)));
    if (squares.length === 0) return [...grads];
    const c = tf.scalar(this.clipNorm);
    const norm = tf.sqrt(squares.length === 1 ? squares[0] : tf.addN(squares));
    const factor = tf.div(c, tf.maximum(norm, c));
    return grads.map((g, i) => (needsClip(params[i]) ? tf.mul(g, factor) : g));
  }
}
