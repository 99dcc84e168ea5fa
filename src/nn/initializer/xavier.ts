import type * as tf from '@tensorflow/tfjs-core';
import type { Generator } from '../../framework/random';
import { Initializer, computeFans, filledTensor, pickGenerator } from './initializer';
import { InvalidArgumentError } from '../../errors';
import { defineSignature, resolveArgs } from '../../framework/args';
import { checkFinite, checkName } from '../layer/layer-utils';

/**
 * All of {@link XavierNormal}'s / {@link XavierUniform}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: nn.initializer.XavierUniform(fan_in=256, fan_out=128)
 * new paddle.nn.initializer.XavierUniform({ fanIn: 256, fanOut: 128 });
 * ```
 */
export interface XavierArgs {
  /** Overrides the fan-in computed from the shape. @defaultValue null */
  fanIn?: number | null;
  /** Overrides the fan-out computed from the shape. @defaultValue null */
  fanOut?: number | null;
  /** Scale factor. @defaultValue 1 */
  gain?: number;
  /** Paddle's `name`, accepted and ignored. @defaultValue null */
  name?: string | null;
}

/**
 * {@link XavierNormal}'s keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.initializer.XavierNormal({ gain: 2 }); // Paddle: nn.initializer.XavierNormal(gain=2.0)
 * ```
 * @category nn.initializer
 */
export type XavierNormalArgs = XavierArgs;
/**
 * {@link XavierUniform}'s keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.initializer.XavierUniform({ fanIn: 256 }); // Paddle: nn.initializer.XavierUniform(fan_in=256)
 * ```
 * @category nn.initializer
 */
export type XavierUniformArgs = XavierArgs;

const PARAMS = ['fanIn', 'fanOut', 'gain', 'name'];
const XAVIER_NORMAL = defineSignature('nn.initializer.XavierNormal', PARAMS);
const XAVIER_UNIFORM = defineSignature('nn.initializer.XavierUniform', PARAMS);

/** A fan override: null, or a positive number. @internal */
export function checkFan(value: unknown, argument: string, where: string): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
    throw new InvalidArgumentError(argument, 'a positive number or null', value, where);
  }
  return value;
}

function resolveXavier(o: XavierArgs, where: string): { fanIn: number | null; fanOut: number | null; gain: number } {
  checkName(o.name, where);
  return { fanIn: checkFan(o.fanIn, 'fanIn', where), fanOut: checkFan(o.fanOut, 'fanOut', where), gain: checkFinite(o.gain ?? 1, 'gain', where) };
}

/**
 * Glorot/Xavier normal: N(0, std²) with std = gain·√(2 / (fanIn + fanOut))
 * ([Glorot & Bengio 2010](http://proceedings.mlr.press/v9/glorot10a.html); Paddle's
 * `nn.initializer.XavierNormal`). Fans come from the shape as Paddle computes them unless given.
 *
 * @param fanIn - overrides the fan-in computed from the shape
 * @param fanOut - overrides the fan-out computed from the shape
 * @param gain - scale factor @defaultValue 1
 * @example
 * ```ts
 * const w = new paddle.nn.initializer.XavierNormal().generate([64, 32]);
 * new paddle.nn.initializer.XavierNormal({ gain: 2 }); // Paddle: nn.initializer.XavierNormal(gain=2.0)
 * ```
 * @category nn.initializer
 */
export class XavierNormal extends Initializer {
  readonly fanIn: number | null;
  readonly fanOut: number | null;
  readonly gain: number;

  constructor(args: XavierNormalArgs);
  constructor(fanIn?: number | null, fanOut?: number | null, gain?: number, name?: string | null);
  constructor(...args: unknown[]) {
    super();
    ({ fanIn: this.fanIn, fanOut: this.fanOut, gain: this.gain } = resolveXavier(resolveArgs<XavierArgs>(XAVIER_NORMAL, args), 'XavierNormal'));
  }

  generate(shape: readonly number[], generator?: Generator): tf.Tensor {
    const [fi, fo] = computeFans(shape);
    const std = this.gain * Math.sqrt(2 / ((this.fanIn ?? fi) + (this.fanOut ?? fo)));
    const g = pickGenerator(generator);
    return filledTensor(shape, (v) => g.fillNormal(v, 0, std));
  }
}

/**
 * Glorot/Xavier uniform: U(−limit, limit) with limit = gain·√(6 / (fanIn + fanOut)) (Paddle's
 * `nn.initializer.XavierUniform`, the default initializer of `Linear`'s weight).
 *
 * @param fanIn - overrides the fan-in computed from the shape
 * @param fanOut - overrides the fan-out computed from the shape
 * @param gain - scale factor @defaultValue 1
 * @example
 * ```ts
 * const w = new paddle.nn.initializer.XavierUniform().generate([64, 32]);
 * new paddle.nn.initializer.XavierUniform({ fanIn: 256 }); // Paddle: nn.initializer.XavierUniform(fan_in=256)
 * ```
 * @category nn.initializer
 */
export class XavierUniform extends Initializer {
  readonly fanIn: number | null;
  readonly fanOut: number | null;
  readonly gain: number;

  constructor(args: XavierUniformArgs);
  constructor(fanIn?: number | null, fanOut?: number | null, gain?: number, name?: string | null);
  constructor(...args: unknown[]) {
    super();
    ({ fanIn: this.fanIn, fanOut: this.fanOut, gain: this.gain } = resolveXavier(resolveArgs<XavierArgs>(XAVIER_UNIFORM, args), 'XavierUniform'));
  }

  generate(shape: readonly number[], generator?: Generator): tf.Tensor {
    const [fi, fo] = computeFans(shape);
    const limit = this.gain * Math.sqrt(6 / ((this.fanIn ?? fi) + (this.fanOut ?? fo)));
    const g = pickGenerator(generator);
    return filledTensor(shape, (v) => g.fillUniform(v, -limit, limit));
  }
}
