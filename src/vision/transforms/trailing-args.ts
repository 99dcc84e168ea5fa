// Paddle's positional order is kept, and any trailing parameters may instead come as one options
// object (shared/API.md rule 2). This turns either form into one record.

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;
}

/**
 * Reads trailing constructor arguments given positionally (`names` in Paddle's order), as one
 * options object, or as some positional values followed by an options object for the rest. A plain
 * object in last position is always read as options (no Paddle parameter takes one).
 */
export function trailingArgs<O extends object>(rest: readonly unknown[], names: readonly (keyof O & string)[]): Partial<O> {
  const last = rest[rest.length - 1];
  const positional = isPlainObject(last) ? rest.slice(0, -1) : rest;
  const out: Record<string, unknown> = {};
  names.forEach((name, i) => {
    if (i < positional.length && positional[i] !== undefined) out[name] = positional[i];
  });
  if (isPlainObject(last)) Object.assign(out, last);
  return out as Partial<O>;
}
