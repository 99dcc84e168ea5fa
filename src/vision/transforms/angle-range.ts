import { InvalidArgumentError } from '../../errors';

/** Paddle's `_setup_angle`: a number `d ≥ 0` becomes `[-d, d]`; otherwise a list of one of `sizes` lengths. */
export function angleRange(x: unknown, name: string, where: string, sizes: readonly number[] = [2]): number[] {
  if (typeof x === 'number' && Number.isFinite(x)) {
    if (x < 0) throw new InvalidArgumentError(name, 'a non-negative number (a single number d means [-d, d])', x, where);
    return [-x, x];
  }
  if (Array.isArray(x) && sizes.includes(x.length) && x.every((v) => typeof v === 'number' && Number.isFinite(v))) return [...x];
  throw new InvalidArgumentError(name, `a non-negative number or a list of ${sizes.join(' or ')} numbers`, x, where);
}
