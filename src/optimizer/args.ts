import { InvalidArgumentError } from '../errors';

/**
 * Maps Paddle-style arguments to one options record: positional values in Paddle's order, and
 * optionally one plain object last holding any of the same names (camelCase).
 * `resolveArgs([0.5, 5, { gamma: 0.8 }], ['learningRate', 'stepSize', 'gamma'], 'StepDecay')`
 * gives `{ learningRate: 0.5, stepSize: 5, gamma: 0.8 }`.
 * @internal
 */
export function resolveArgs<T extends object>(args: readonly unknown[], names: readonly (keyof T & string)[], context: string): Partial<T> {
  const out: Record<string, unknown> = {};
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  const last = args[n - 1];
  if (n > 0 && isPlainObject(last)) {
    for (const key of Object.keys(last)) {
      if (!(names as readonly string[]).includes(key)) {
        throw new InvalidArgumentError(key, `one of the options ${names.map((k) => `'${k}'`).join(', ')}`, last[key], context);
      }
      if (last[key] !== undefined) out[key] = last[key];
    }
    n--;
  }
  if (n > names.length) {
    throw new InvalidArgumentError('arguments', `at most ${names.length} positional arguments (${names.join(', ')})`, `${n} arguments`, context);
  }
  for (let i = 0; i < n; i++) {
    if (args[i] === undefined) continue;
    if (names[i] in out) {
      throw new InvalidArgumentError(names[i], 'to be given once, positionally or in the options object', args[i], context);
    }
    out[names[i]] = args[i];
  }
  return out as Partial<T>;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/** Throws unless `value` is a finite number, optionally within bounds. @internal */
export function checkNumber(
  value: unknown,
  name: string,
  context: string,
  { min, max, minExclusive = false, maxExclusive = false, integer = false }: {
    min?: number; max?: number; minExclusive?: boolean; maxExclusive?: boolean; integer?: boolean;
  } = {},
): number {
  const ok = typeof value === 'number' && Number.isFinite(value)
    && (!integer || Number.isInteger(value))
    && (min === undefined || (minExclusive ? value > min : value >= min))
    && (max === undefined || (maxExclusive ? value < max : value <= max));
  if (!ok) {
    const lo = min === undefined ? '' : `${minExclusive ? '>' : '>='} ${min}`;
    const hi = max === undefined ? '' : `${maxExclusive ? '<' : '<='} ${max}`;
    const range = [lo, hi].filter(Boolean).join(' and ');
    throw new InvalidArgumentError(name, `${integer ? 'an integer' : 'a finite number'}${range ? ` ${range}` : ''}`, value, context);
  }
  return value as number;
}

/** Throws unless `value` is one of `choices`. @internal */
export function checkChoice<T extends string>(value: unknown, name: string, choices: readonly T[], context: string): T {
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(name, `one of ${choices.map((c) => `'${c}'`).join(', ')}`, value, context);
  }
  return value as T;
}

/** Throws unless `value` is a function. @internal */
export function checkFunction<F>(value: unknown, name: string, context: string): F {
  if (typeof value !== 'function') throw new InvalidArgumentError(name, 'a function', value, context);
  return value as F;
}
