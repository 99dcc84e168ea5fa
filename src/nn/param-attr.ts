import { InvalidArgumentError } from '../errors';
import type { WeightDecayRegularizer } from '../framework/parameter';
import { Initializer } from './initializer/initializer';
import { defineSignature, resolveArgs } from '../framework/args';
import { checkBoolean, checkName } from './layer/layer-utils';

/** Options of {@link ParamAttr}, Paddle's keyword arguments in camelCase. */
export interface ParamAttrOptions {
  /** The parameter's name; a unique name like `linear_0.w_0` is generated when absent. */
  name?: string | null;
  /** How the parameter is initialized; the layer's default (Paddle's) when absent. */
  initializer?: Initializer | null;
  /** Multiplies the optimizer's learning rate for this parameter. @defaultValue 1 */
  learningRate?: number;
  /** A regularizer that overrides the optimizer's `weightDecay` for this parameter. @defaultValue null */
  regularizer?: WeightDecayRegularizer | null;
  /** `false` freezes the parameter (Paddle's `stop_gradient = True`). @defaultValue true */
  trainable?: boolean;
  /** Kept for Paddle compatibility; model averaging is not implemented. @defaultValue true */
  doModelAverage?: boolean;
  /** Whether gradient clipping applies to the parameter. @defaultValue true */
  needClip?: boolean;
}

/**
 * All of {@link ParamAttr}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 *   weightAttr: new paddle.nn.ParamAttr({ name: 'fc_w', initializer: new paddle.nn.initializer.Constant(0.1), learningRate: 0.5 }),
 * ```
 * @category nn
 */
export type ParamAttrArgs = ParamAttrOptions;

/** A regularizer given as a plain `{ kind, coeff }` record is a value, not options. */
const isRegularizer = (v: Record<string, unknown>): boolean => 'kind' in v && 'coeff' in v;

const SIGNATURE = defineSignature('ParamAttr', [
  'name', 'initializer', 'learningRate', 'regularizer', 'trainable', 'doModelAverage', 'needClip',
], { records: { regularizer: isRegularizer } });

/**
 * How a layer should create one of its parameters (Paddle's `paddle.ParamAttr`): name,
 * initializer, learning-rate factor, regularizer, trainability.
 *
 * Layers take it as `weightAttr` / `biasAttr`; like Paddle they also accept a string (the name),
 * an {@link Initializer}, or `false` for `biasAttr` to create no bias at all.
 *
 * @example
 * ```ts
 * const fc = new paddle.nn.Linear(4, 2, {
 *   weightAttr: new paddle.nn.ParamAttr({ name: 'fc_w', initializer: new paddle.nn.initializer.Constant(0.1), learningRate: 0.5 }),
 *   biasAttr: false,
 * });
 * // Paddle: paddle.ParamAttr(initializer=Constant(0.0), trainable=False)
 * new paddle.ParamAttr({ initializer: new paddle.nn.initializer.Constant(0), trainable: false });
 * ```
 * @category nn
 */
export class ParamAttr {
  readonly name: string | null;
  readonly initializer: Initializer | null;
  readonly learningRate: number;
  readonly regularizer: WeightDecayRegularizer | null;
  readonly trainable: boolean;
  readonly doModelAverage: boolean;
  readonly needClip: boolean;

  constructor(args: ParamAttrArgs);
  /**
   * @throws InvalidArgumentError for a negative or non-finite `learningRate`, or a value of the wrong type
   */
  constructor(name?: string | null, initializer?: Initializer | null, learningRate?: number, regularizer?: WeightDecayRegularizer | null,
    trainable?: boolean, doModelAverage?: boolean, needClip?: boolean);
  constructor(...args: unknown[]) {
    const o = resolveArgs<ParamAttrArgs>(SIGNATURE, args);
    const where = 'ParamAttr';
    this.name = checkName(o.name, where);
    this.initializer = o.initializer ?? null;
    this.learningRate = o.learningRate ?? 1;
    this.regularizer = o.regularizer ?? null;
    this.trainable = checkBoolean(o.trainable ?? true, 'trainable', where);
    this.doModelAverage = checkBoolean(o.doModelAverage ?? true, 'doModelAverage', where);
    this.needClip = checkBoolean(o.needClip ?? true, 'needClip', where);
    if (!(typeof this.learningRate === 'number' && Number.isFinite(this.learningRate) && this.learningRate >= 0)) {
      throw new InvalidArgumentError('learningRate', 'a non-negative number', this.learningRate, where);
    }
    if (this.initializer !== null && !(this.initializer instanceof Initializer)) {
      throw new InvalidArgumentError('initializer', 'an nn.initializer.Initializer', this.initializer, where);
    }
    const r = this.regularizer as unknown;
    if (r !== null && !(typeof r === 'object' && (r as WeightDecayRegularizer).kind !== undefined && typeof (r as WeightDecayRegularizer).coeff === 'number')) {
      throw new InvalidArgumentError('regularizer', 'an L1Decay or L2Decay (or null)', r, where);
    }
  }
}

/** What a layer accepts as `weightAttr` / `biasAttr`. `false` means "no such parameter". */
export type ParamAttrLike = ParamAttr | ParamAttrOptions | string | Initializer | WeightDecayRegularizer | false | null | undefined;

/**
 * Paddle's `ParamAttr._to_attr`: normalizes what a user may pass as an attribute.
 * @returns a ParamAttr, or `false` when the parameter should not exist
 * @internal
 */
export function toParamAttr(arg: ParamAttrLike, argument = 'attr'): ParamAttr | false {
  if (arg === false) return false;
  if (arg === null || arg === undefined) return new ParamAttr();
  if (arg instanceof ParamAttr) return arg;
  if (typeof arg === 'string') return new ParamAttr({ name: arg });
  if (arg instanceof Initializer) return new ParamAttr({ initializer: arg });
  if (typeof arg === 'object' && 'kind' in arg && 'coeff' in arg) return new ParamAttr({ regularizer: arg as WeightDecayRegularizer });
  if (typeof arg === 'object') return new ParamAttr(arg as ParamAttrOptions);
  throw new InvalidArgumentError(argument, 'a ParamAttr, a name, an Initializer, false or null', arg);
}
