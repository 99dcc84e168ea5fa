/**
 * Base class of every error a user of tfjs-hapi can cause. Each subclass carries a literal
 * {@link HapiError.code}, so callers can branch on `err.code` without `instanceof` across
 * package copies.
 *
 * @example
 * ```ts
 * try {
 *   await paddle.setDevice('gpu');
 * } catch (err) {
 *   if (err instanceof paddle.HapiError) console.log(err.code); // 'BACKEND_UNAVAILABLE'
 * }
 * ```
 * @category Errors
 */
export class HapiError extends Error {
  /** A stable, machine-readable identifier of the error kind. */
  readonly code: string = 'HAPI_ERROR';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Formats a received value for an error message: short, unambiguous, never throws. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'function') return `function ${value.name || '(anonymous)'}`;
  if (Array.isArray(value)) {
    if (value.length > 8) return `array of length ${value.length}`;
    return `[${value.map(describeValue).join(', ')}]`;
  }
  if (ArrayBuffer.isView(value)) return `${value.constructor.name} of length ${(value as unknown as ArrayLike<number>).length}`;
  const v = value as { shape?: unknown; dtype?: unknown; constructor?: { name?: string } };
  if (Array.isArray(v.shape) && typeof v.dtype === 'string') return `Tensor of shape [${v.shape.join(', ')}] (${v.dtype})`;
  return `an object of type ${v.constructor?.name ?? 'Object'}`;
}
