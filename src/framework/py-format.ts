/**
 * Python's formatting of numbers and small values, in one place, so that what tfjs-hapi prints
 * (progress bars, `summary`, layer reprs, callback messages, weight file names) reads exactly as
 * Paddle's Python output does.
 */

function nonFinite(v: number): string {
  return Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf';
}

/** JavaScript's `1.5e-7` exponent written as Python writes it: `1.5e-07` (at least two digits, signed). */
function pythonExponent(js: string): string {
  const [mant, exp] = js.split('e');
  const e = Number(exp);
  return `${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

/**
 * Python's `str(float)` (and `repr`): the shortest digits that round-trip, always with a point
 * or an exponent, the exponent form below 1e-4 and from 1e16.
 *
 * @example
 * ```ts
 * pyFloatStr(1);      // '1.0'
 * pyFloatStr(0.0001); // '0.0001'
 * pyFloatStr(1e-5);   // '1e-05'
 * ```
 */
export function pyFloatStr(v: number): string {
  if (!Number.isFinite(v)) return nonFinite(v);
  if (Number.isInteger(v) && Math.abs(v) < 1e16) return v.toFixed(1);
  const abs = Math.abs(v);
  if (abs >= 1e-4 && abs < 1e16) return String(v);
  return pythonExponent(v.toExponential());
}

/** Python's `'%.{digits}f' % v`. */
export function pyFixed(v: number, digits: number): string {
  return Number.isFinite(v) ? v.toFixed(digits) : nonFinite(v);
}

/** Python's `'%.{digits}e' % v`: `1.2345e-04`. */
export function pyExponential(v: number, digits: number): string {
  return Number.isFinite(v) ? pythonExponent(v.toExponential(digits)) : nonFinite(v);
}

/** Python's `'{:,}'.format(n)` of an integer: `61,610`. */
export function pyThousands(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * Python's `repr` of a value as Paddle's `extra_repr` and `summary` print it: lists as
 * `[3, 3]`, `True`, `False`, `None`; numbers and strings as they are (a whole number without
 * `.0`, because Paddle's own attributes hold ints there).
 */
export function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  return String(value);
}
