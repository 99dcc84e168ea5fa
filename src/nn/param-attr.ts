import { InvalidArgumentError } from '../errors';
import type { WeightDecayRegularizer } from '../framework/parameter';
import { Initializer } from './initializer/initializer';

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

  /**
   * @param nameOrOptions - the parameter name, or all options in one object
   * @throws InvalidArgumentError for a negative or non-finite `learningRate`
   */
  constructor(nameOrOptions: string | ParamAttrOptions | null = null, initializer: Initializer | null = null,
    learningRate = 1, regularizer: WeightDecayRegularizer | null = null, trainable = true) {
    const o: ParamAttrOptions = typeof nameOrOptions === 'object' && nameOrOptions !== null
      ? nameOrOptions
      : { name: nameOrOptions, initializer, learningRate, regularizer, trainable };
    this.name = o.name ?? null;
    this.initializer = o.initializer ?? null;
    this.learningRate = o.learningRate ?? 1;
    this.regularizer = o.regularizer ?? null;
    this.trainable = o.trainable ?? true;
    this.doModelAverage = o.doModelAverage ?? true;
    this.needClip = o.needClip ?? true;
    if (!(Number.isFinite(this.learningRate) && this.learningRate >= 0)) {
      throw new InvalidArgumentError('learningRate', 'a non-negative number', this.learningRate, 'ParamAttr');
    }
    if (this.initializer !== null && !(this.initializer instanceof Initializer)) {
      throw new InvalidArgumentError('initializer', 'an nn.initializer.Initializer', this.initializer, 'ParamAttr');
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
