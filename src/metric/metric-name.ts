import { InvalidArgumentError } from '../errors';

/** A metric's log name: a non-empty string, or `fallback` for null/undefined (Paddle's `None`). @internal */
export function checkMetricName(value: unknown, fallback: string, where: string): string {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'string' || value === '') throw new InvalidArgumentError('name', 'a non-empty string', value, where);
  return value;
}
