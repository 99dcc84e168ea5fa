// Argument handling shared by the functional activations and losses: Paddle's positional order
// with an optional trailing options object, and the checks every op makes on its tensors.
import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';

/** True for `{...}` literals (not tensors, arrays, class instances or null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * @deprecated Kept only for the layers and loss layers in src/nn/layer and src/nn/loss that
 * still import it while they move to framework/args.ts (issue 11); nn.functional no longer
 * uses it. Delete it once those imports are gone.
 *
 * Reads Paddle-style trailing arguments: `args[i]` fills `names[i]` until an options object
 * appears, whose keys then fill the rest. `undefined` positions are skipped so defaults apply.
 * Unknown option keys are an error, so a misspelt option never silently keeps its default.
 * Paddle's trailing `name` (a string or null right after the last named position, or a `name`
 * key) is accepted and ignored: it only names static-graph ops in Paddle.
 */
export function resolveTrailing<T extends object>(
  args: ReadonlyArray<unknown>,
  names: ReadonlyArray<keyof T & string>,
  where: string,
  optionOnly: ReadonlyArray<keyof T & string> = [],
): Partial<T> {
  const out: Partial<T> = {};
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  for (let i = 0; i < n; i++) {
    const value = args[i];
    if (isPlainObject(value)) {
      if (i !== n - 1) {
        throw new InvalidArgumentError(names[i] ?? `argument ${i}`, 'an options object only as the last argument', value, where);
      }
      const taken = new Set(names.slice(0, i));
      for (const [key, v] of Object.entries(value)) {
        if (key === 'name') continue;
        const known = [...names, ...optionOnly];
        if (!known.includes(key as keyof T & string)) {
          throw new InvalidArgumentError(key, `one of the options ${known.map((n) => `'${n}'`).join(', ')}`, v, where);
        }
        if (taken.has(key as keyof T & string) && v !== undefined) {
          throw new InvalidArgumentError(key, 'to be given either positionally or in the options object, not both', v, where);
        }
        if (v !== undefined) (out as Record<string, unknown>)[key] = v;
      }
      return out;
    }
    if (i === names.length && (typeof value === 'string' || value === null)) continue; // Paddle's `name`
    if (i >= names.length) {
      throw new InvalidArgumentError(`argument ${i}`, `at most ${names.length} trailing arguments`, value, where);
    }
    if (value !== undefined) (out as Record<string, unknown>)[names[i]] = value;
  }
  return out;
}

/** Throws unless `value` is a tfjs tensor. */
export function assertTensor(value: unknown, argument: string, where: string): asserts value is tf.Tensor {
  if (!(value instanceof tf.Tensor)) throw new InvalidArgumentError(argument, 'a tf.Tensor', value, where);
}

/** Throws unless `value` is a float32 tensor (losses and most activations need real values). */
export function assertFloatTensor(value: unknown, argument: string, where: string): asserts value is tf.Tensor {
  assertTensor(value, argument, where);
  if (value.dtype !== 'float32') {
    throw new InvalidArgumentError(argument, 'a float32 tensor', value, where);
  }
}

/** Throws unless `value` is a finite number. */
export function assertNumber(value: unknown, argument: string, where: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new InvalidArgumentError(argument, 'a finite number', value, where);
}

/** Resolves a possibly negative axis against `rank`, throwing a typed error when out of range. */
export function normalizeAxis(axis: unknown, rank: number, where: string): number {
  if (typeof axis !== 'number' || !Number.isInteger(axis) || axis < -rank || axis >= Math.max(rank, 1)) {
    throw new InvalidArgumentError('axis', `an integer in [${-rank}, ${Math.max(rank, 1) - 1}] for a rank-${rank} input`, axis, where);
  }
  return axis < 0 ? axis + rank : axis;
}

/**
 * Paddle's `name` argument, accepted for line-by-line ports and ignored (in Paddle it only
 * names static-graph ops).
 *
 * @example
 * ```ts
 * new paddle.nn.LeakyReLU(0.2, 'lrelu'); // same as new paddle.nn.LeakyReLU(0.2)
 * ```
 * @category nn.functional
 */
export interface NameOption {
  /** Ignored. @defaultValue null */
  name?: string | null;
}

/**
 * How a loss reduces its per-element values, as in Paddle.
 *
 * @example
 * ```ts
 * new paddle.nn.MSELoss('sum');
 * ```
 * @category nn.functional
 */
export type Reduction = 'mean' | 'sum' | 'none';

const REDUCTIONS: ReadonlyArray<string> = ['mean', 'sum', 'none'];

/** Throws unless `value` is one of `reductions` (Paddle's `'mean' | 'sum' | 'none'` by default). */
export function assertReduction<R extends string = Reduction>(
  value: unknown,
  where: string,
  reductions: ReadonlyArray<string> = REDUCTIONS,
): asserts value is R {
  if (typeof value !== 'string' || !reductions.includes(value)) {
    throw new InvalidArgumentError('reduction', `one of ${reductions.map((r) => `'${r}'`).join(', ')}`, value, where);
  }
}

/** Formats a shape for messages: `[64, 10]`. */
export function fmtShape(shape: ReadonlyArray<number>): string {
  return `[${shape.join(', ')}]`;
}

/** The body of a one-input custom-gradient op: forward value plus its closed-form backward. */
export type UnaryGradBody = (
  x: tf.Tensor,
  save: tf.GradSaveFunc,
) => { value: tf.Tensor; gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => tf.Tensor };

/**
 * `tf.customGrad` for one input, typed. The forward body runs with the tape off, so masks made
 * there (`tf.greater`, …) never reach tfjs's gradient search (it has no gradient for `Greater`).
 */
export function customUnary(body: UnaryGradBody): (x: tf.Tensor) => tf.Tensor {
  return tf.customGrad(body as unknown as Parameters<typeof tf.customGrad>[0]) as (x: tf.Tensor) => tf.Tensor;
}
