import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../errors';
import type { WeightDecayRegularizer } from '../framework/parameter';
import { ClipGradBase } from '../nn/clip/gradient-clip';
import { checkNumber } from './args';
import { LRScheduler } from './lr/lr-scheduler';
import { L2Decay } from './regularizer';

/**
 * A parameter group: its parameters and the options that differ from the optimizer's, like
 * Paddle's `parameters=[{'params': ..., 'learning_rate': 0.1, 'weight_decay': 0.01}, ...]`.
 * `learningRate` here is a factor of the optimizer's learning rate, as in Paddle. Any
 * optimizer-specific option (`beta1`, `momentum`, …) may also be set per group.
 *
 * @example
 * ```ts
 * const opt = new paddle.optimizer.Momentum({
 *   learningRate: 0.1,
 *   parameters: [
 *     { params: backbone.parameters(), learningRate: 0.1 }, // lr 0.01 for the backbone
 *     { params: head.parameters(), weightDecay: 1e-4, momentum: 0.95 },
 *   ],
 * });
 * ```
 * @category Optimizer
 */
export interface ParamGroup {
  params: readonly tf.Variable[];
  /** Factor of the optimizer's learning rate for this group. @defaultValue 1.0 */
  learningRate?: number;
  /** This group's weight decay (a number is `L2Decay(number)`; for AdamW, the decoupled coefficient; Lamb uses `lambWeightDecay`). */
  weightDecay?: number | WeightDecayRegularizer | null;
  /** This group's gradient clipping. */
  gradClip?: ClipGradBase | null;
  [option: string]: unknown;
}

/**
 * Options every optimizer takes (Paddle's `Optimizer.__init__`); each optimizer's own options
 * interface extends it.
 *
 * @example
 * ```ts
 * const common: paddle.optimizer.OptimizerOptions = {
 *   learningRate: new paddle.optimizer.lr.StepDecay(0.1, 30),
 *   parameters: net.parameters(),
 *   gradClip: new paddle.nn.ClipGradByGlobalNorm(1.0),
 * };
 * const opt = new paddle.optimizer.Adam({ ...common, beta1: 0.8 });
 * ```
 * @category Optimizer
 */
export interface OptimizerOptions {
  /** A number >= 0 or a scheduler from `optimizer.lr`. @defaultValue 0.001 (most optimizers) */
  learningRate?: number | LRScheduler;
  /** The parameters to update, or parameter groups. Required. */
  parameters?: readonly tf.Variable[] | readonly ParamGroup[];
  /** A number (L2 added to the gradient), `L1Decay`/`L2Decay`, or null. @defaultValue null */
  weightDecay?: number | WeightDecayRegularizer | null;
  /** `nn.ClipGradByValue`, `nn.ClipGradByNorm` or `nn.ClipGradByGlobalNorm`. @defaultValue null */
  gradClip?: ClipGradBase | null;
  /** Prefix of the accumulator names (`${param}_${name}_moment1_0`). @defaultValue null */
  name?: string | null;
}

/** A resolved parameter group. @internal */
export interface Group<H> {
  params: tf.Variable[];
  /** The group's factor of the learning rate. */
  lrScale: number;
  /** The group's regularizer (null for decoupled optimizers, whose decay is in `hyper`). */
  regularizer: WeightDecayRegularizer | null;
  gradClip: ClipGradBase | null;
  /** The optimizer-specific options, with the group's overrides. */
  hyper: H;
}

const GROUP_KEYS = ['params', 'learningRate', 'weightDecay', 'gradClip'];

/**
 * Validates the common options and resolves the parameter groups, as Paddle's
 * `Optimizer.__init__` and `_add_param_group` do (a group's options default to the optimizer's).
 * Unlike Paddle, a group's `learningRate` multiplies the parameters' own `ParamAttr` factor
 * instead of overwriting it, and a parameter's own regularizer still wins over the group's.
 * @internal
 */
export function resolveGroups<H extends object>(
  kind: string,
  opts: OptimizerOptions,
  defaults: H,
  decoupled: boolean,
  checkHyper: (h: H, context: string) => H,
): Group<H>[] {
  const parameters = opts.parameters;
  if (!Array.isArray(parameters) || parameters.length === 0) {
    throw new InvalidArgumentError('parameters', 'a non-empty array of parameters or parameter groups (e.g. net.parameters())', parameters, kind);
  }
  if (opts.gradClip != null && !(opts.gradClip instanceof ClipGradBase)) {
    throw new InvalidArgumentError('gradClip', 'an nn.ClipGradByValue, nn.ClipGradByNorm or nn.ClipGradByGlobalNorm', opts.gradClip, kind);
  }
  const baseReg = decoupled ? null : toRegularizer(opts.weightDecay, 'weightDecay', kind);
  const isGroups = !(parameters[0] instanceof tf.Tensor);
  if (!isGroups && parameters.some((p) => !(p instanceof tf.Variable))) {
    const bad = parameters.find((p) => !(p instanceof tf.Variable));
    throw new InvalidArgumentError('parameters', 'tf.Variable parameters (e.g. net.parameters()); a plain tensor cannot be updated', bad, kind);
  }
  const rawGroups: ParamGroup[] = isGroups ? (parameters as ParamGroup[]) : [{ params: parameters as tf.Variable[] }];
  const seen = new Set<tf.Variable>();
  return rawGroups.map((g, gi) => {
    const where = `${kind} parameter group ${gi}`;
    if (g === null || typeof g !== 'object' || g instanceof tf.Tensor || !Array.isArray(g.params)) {
      throw new InvalidArgumentError(`parameters[${gi}]`, 'a parameter group { params: [...] }', g, kind);
    }
    for (const key of Object.keys(g)) {
      const unknownKey = !GROUP_KEYS.includes(key) && !(key in defaults);
      const undecayable = key === 'weightDecay' && decoupled && !('weightDecay' in defaults);
      if (unknownKey || undecayable) {
        const allowed = [...GROUP_KEYS, ...Object.keys(defaults)].filter((k) => !(k === 'weightDecay' && undecayable));
        throw new InvalidArgumentError(key, `one of the group options ${allowed.join(', ')}`, g[key], where);
      }
    }
    for (const p of g.params) {
      if (!(p instanceof tf.Variable)) throw new InvalidArgumentError('params', 'an array of tf.Variable parameters', p, where);
      if (seen.has(p)) throw new InvalidArgumentError('params', 'each parameter in only one group', p.name, where);
      seen.add(p);
    }
    if (g.gradClip != null && !(g.gradClip instanceof ClipGradBase)) {
      throw new InvalidArgumentError('gradClip', 'an nn.ClipGradBy* instance', g.gradClip, where);
    }
    const hyper = { ...defaults } as Record<string, unknown>;
    for (const key of Object.keys(defaults)) if (g[key] !== undefined) hyper[key] = g[key];
    return {
      params: [...g.params],
      lrScale: checkNumber(g.learningRate ?? 1.0, 'learningRate', where, { min: 0 }),
      regularizer: decoupled ? null : g.weightDecay !== undefined ? toRegularizer(g.weightDecay, 'weightDecay', where) : baseReg,
      gradClip: g.gradClip !== undefined ? g.gradClip : opts.gradClip ?? null,
      hyper: checkHyper(hyper as H, isGroups ? where : kind),
    };
  });
}

/** The learning rate given to an optimizer: a scheduler, or a number >= 0. @internal */
export function checkLearningRate(lr: unknown, kind: string): number | LRScheduler {
  if (lr instanceof LRScheduler) return lr;
  return checkNumber(lr, 'learningRate', kind, { min: 0 });
}

/** A `weightDecay` value as a regularizer: a number means `L2Decay(number)`. @internal */
export function toRegularizer(wd: unknown, name: string, context: string): WeightDecayRegularizer | null {
  if (wd == null) return null;
  if (typeof wd === 'number') return new L2Decay(checkNumber(wd, name, context, { min: 0 }));
  if (typeof wd === 'object' && ((wd as WeightDecayRegularizer).kind === 'l1' || (wd as WeightDecayRegularizer).kind === 'l2')) {
    checkNumber((wd as WeightDecayRegularizer).coeff, `${name}.coeff`, context, { min: 0 });
    return wd as WeightDecayRegularizer;
  }
  throw new InvalidArgumentError(name, 'a number, an L1Decay/L2Decay, or null', wd, context);
}
