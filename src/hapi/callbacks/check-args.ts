import { InvalidArgumentError } from '../../errors';

/** The checks a callback constructor makes on its arguments, each naming `where` in its error. @internal */
export interface CallbackArgChecks {
  /** A string. */
  string(value: unknown, argument: string): string;
  /** A finite number. */
  number(value: unknown, argument: string): number;
  /** An integer >= 0. */
  count(value: unknown, argument: string): number;
  /** An integer >= 1. */
  positive(value: unknown, argument: string): number;
  /** true or false. */
  boolean(value: unknown, argument: string): boolean;
}

/** Typed checks for a callback's constructor arguments, so a bad value fails when the callback is made, not mid-`fit`. @internal */
export function checkCallbackArgs(where: string): CallbackArgChecks {
  const fail = (argument: string, expected: string, value: unknown): never => {
    throw new InvalidArgumentError(argument, expected, value, where);
  };
  const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
  return {
    string: (v, a) => (typeof v === 'string' ? v : fail(a, 'a string', v)),
    number: (v, a) => (typeof v === 'number' && Number.isFinite(v) ? v : fail(a, 'a finite number', v)),
    count: (v, a) => (isInt(v) && v >= 0 ? v : fail(a, 'an integer >= 0', v)),
    positive: (v, a) => (isInt(v) && v >= 1 ? v : fail(a, 'a positive integer', v)),
    boolean: (v, a) => (typeof v === 'boolean' ? v : fail(a, 'true or false', v)),
  };
}
