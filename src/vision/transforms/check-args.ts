import { InvalidArgumentError } from '../../errors';

// Constructor-time checks shared by the transforms: a bad argument fails where the transform is
// built, not when the first sample is read deep inside a DataLoader.

/** A probability: a number in [0, 1]. */
export function checkProb(v: unknown, name: string, where: string): number {
  if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new InvalidArgumentError(name, 'a number in [0, 1]', v, where);
  return v;
}

/** A boolean flag. */
export function checkBool(v: unknown, name: string, where: string): boolean {
  if (typeof v !== 'boolean') throw new InvalidArgumentError(name, 'true or false', v, where);
  return v;
}

/** A fill value: a finite number or a non-empty list of them (one per channel). */
export function checkFill(v: unknown, where: string, name = 'fill'): number | readonly number[] {
  const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  if (finite(v)) return v as number;
  if (Array.isArray(v) && v.length > 0 && v.every(finite)) return Object.freeze([...(v as number[])]);
  throw new InvalidArgumentError(name, 'a number or a list of numbers (one per channel)', v, where);
}

/** An optional `[x, y]` centre of finite numbers. */
export function checkCenter(v: unknown, where: string): readonly [number, number] | null {
  if (v == null) return null;
  if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number' && Number.isFinite(x))) return [v[0], v[1]];
  throw new InvalidArgumentError('center', 'an [x, y] pair of numbers', v, where);
}

/**
 * Normalize's `mean` and `std`: finite numbers or lists of them, lists of one length when both are
 * lists of more than one value, `std` never 0 (it divides).
 */
export function checkMeanStd(mean: unknown, std: unknown, where: string): [number | readonly number[], number | readonly number[]] {
  const check = (v: unknown, name: string): number | readonly number[] => {
    const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && (name !== 'std' || x !== 0);
    const expected = `a ${name === 'std' ? 'non-zero finite' : 'finite'} number or a non-empty list of them (one per channel)`;
    if (finite(v)) return v as number;
    if (Array.isArray(v) && v.length > 0 && v.every(finite)) return Object.freeze([...(v as number[])]);
    throw new InvalidArgumentError(name, expected, v, where);
  };
  const m = check(mean, 'mean');
  const s = check(std, 'std');
  if (Array.isArray(m) && Array.isArray(s) && m.length > 1 && s.length > 1 && m.length !== s.length) {
    throw new InvalidArgumentError('std', `${m.length} values, as many as mean has (one per channel)`, s, where);
  }
  return [m, s];
}
