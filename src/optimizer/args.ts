import { InvalidArgumentError } from '../errors';

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
