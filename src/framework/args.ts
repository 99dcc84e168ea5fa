/**
 * The one argument resolver of the package: Paddle's positional order, with one options object
 * standing in for the arguments from any position on, including the first (Paddle's keyword
 * arguments). Every public constructor and function that takes Paddle's arguments declares a
 * {@link Signature} once, at module level, and resolves its `arguments` through it.
 *
 * How an options object is told apart from a positional argument that is itself an object:
 * - only a **plain object** (an object literal: its prototype is `Object.prototype` or `null`)
 *   can be an options object. Class instances — tensors, `Dataset`s, `ParamAttr`, `InputSpec`,
 *   layers, optimizers, arrays, typed arrays, `Map`s — are always positional;
 * - only the **last** argument given can be the options object;
 * - a parameter whose values may themselves be plain objects (an `HWCImage`, a state dict, a
 *   `ParamAttr`-like record) declares a `records` guard in its signature: a plain object in that
 *   position is positional when the guard accepts it, else it is read as options.
 *
 * Strictness: an unknown key is an {@link InvalidArgumentError} naming it and the nearest valid
 * name (`batch_size` → "did you mean 'batchSize'?"); a value given both positionally and by key is
 * an error; so are more positional arguments than the signature has, and a missing required one.
 */
import { InvalidArgumentError } from '../errors';

/** Tells whether a plain object given at a parameter's position is that parameter's value. */
export type RecordGuard = (value: Record<string, unknown>) => boolean;

/** How {@link defineSignature} describes a parameter list beyond the names. */
export interface SignatureOptions {
  /** How many leading parameters are required (Paddle parameters without a default). @defaultValue 0 */
  required?: number;
  /** Keys accepted only in the options object (options this package adds to Paddle's). */
  optionOnly?: readonly string[];
  /** Per parameter name: when a plain object in its position is its value rather than options. */
  records?: Readonly<Record<string, RecordGuard>>;
}

/**
 * A public callable's parameter list in Paddle's order, camelCase. Made once per callable by
 * {@link defineSignature}; the registry of all of them drives the keyword-form tests.
 */
export interface Signature {
  /** The public path of the callable, e.g. `'nn.Conv2D'`, `'Model.fit'`, `'vision.transforms.Normalize'`. */
  readonly where: string;
  /** Positional parameters in Paddle's order. */
  readonly params: readonly string[];
  /** How many leading `params` are required. */
  readonly required: number;
  /** Keys accepted only by name. */
  readonly optionOnly: readonly string[];
  /** Guards of the parameters that take plain objects positionally. */
  readonly records: Readonly<Record<string, RecordGuard>>;
}

const registry = new Map<string, Signature>();

/**
 * Declares the signature of a public callable and records it in the package-wide registry.
 *
 * @example
 * ```ts
 * const SIG = defineSignature('nn.Linear', ['inFeatures', 'outFeatures', 'weightAttr', 'biasAttr', 'name'], { required: 2 });
 * ```
 */
export function defineSignature(where: string, params: readonly string[], options: SignatureOptions = {}): Signature {
  const sig: Signature = Object.freeze({
    where,
    params: Object.freeze([...params]),
    required: options.required ?? 0,
    optionOnly: Object.freeze([...(options.optionOnly ?? [])]),
    records: Object.freeze({ ...(options.records ?? {}) }),
  });
  registry.set(where, sig);
  return sig;
}

/** Every signature declared so far (all of them once the package root is imported), by public path. */
export function signatures(): ReadonlyMap<string, Signature> {
  return registry;
}

/** True for `{...}` literals: not tensors, arrays, class instances or null. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Resolves a call's arguments against its signature into one record keyed by parameter name.
 * `undefined` values are left out, so `??` defaults apply.
 *
 * @example
 * ```ts
 * resolveArgs(CONV2D, [3, 96, 11, { stride: 4, padding: 2 }]);
 * // { inChannels: 3, outChannels: 96, kernelSize: 11, stride: 4, padding: 2 }
 * resolveArgs(CONV2D, [{ inChannels: 3, outChannels: 96, kernelSize: 11 }]);
 * ```
 * @throws {@link InvalidArgumentError} for an unknown key (naming the nearest valid one), a value
 *   given twice, too many positional arguments or a missing required one.
 */
export function resolveArgs<T extends object = Record<string, unknown>>(sig: Signature, args: ArrayLike<unknown>): T {
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  const out: Record<string, unknown> = {};
  let options: Record<string, unknown> | undefined;
  if (n > 0 && isOptionsObject(sig, args[n - 1], n - 1)) {
    options = args[n - 1] as Record<string, unknown>;
    n--;
  }
  if (n > sig.params.length) {
    throw new InvalidArgumentError(
      `args[${sig.params.length}]`,
      `at most ${sig.params.length} positional arguments (${sig.params.join(', ')})`,
      args[sig.params.length],
      sig.where,
    );
  }
  for (let i = 0; i < n; i++) {
    const value = args[i];
    if (isPlainObject(value) && !acceptsRecord(sig, i, value)) {
      throw new InvalidArgumentError(sig.params[i], 'an options object only as the last argument', value, sig.where);
    }
    if (value !== undefined) out[sig.params[i]] = value;
  }
  if (options) {
    for (const key of Object.keys(options)) {
      const value = options[key];
      const index = sig.params.indexOf(key);
      if (index < 0 && !sig.optionOnly.includes(key)) throw unknownKey(sig, key, value);
      if (index >= 0 && index < n && args[index] !== undefined && value !== undefined) {
        throw new InvalidArgumentError(key, 'to be given once, positionally or in the options object, not both', value, sig.where);
      }
      if (value !== undefined) out[key] = value;
    }
  }
  for (let i = 0; i < sig.required; i++) {
    if (out[sig.params[i]] === undefined) {
      throw new InvalidArgumentError(sig.params[i], `a value (it is required: ${describeCall(sig)})`, undefined, sig.where);
    }
  }
  return out as T;
}

/**
 * Checks an options object that a callable takes on its own (not through a signature), e.g. the
 * `{ strict }` of a method: unknown keys name the nearest valid one.
 *
 * @example
 * ```ts
 * checkOptionKeys({ stric: true }, ['strict'], 'Layer.setStateDict'); // throws: did you mean 'strict'?
 * ```
 */
export function checkOptionKeys(options: unknown, keys: readonly string[], where: string): void {
  if (options === undefined || options === null) return;
  if (!isPlainObject(options)) throw new InvalidArgumentError('options', 'an options object', options, where);
  const sig: Signature = { where, params: [], required: 0, optionOnly: keys, records: {} };
  for (const key of Object.keys(options)) {
    if (!keys.includes(key)) throw unknownKey(sig, key, options[key]);
  }
}

function isOptionsObject(sig: Signature, value: unknown, index: number): boolean {
  return isPlainObject(value) && !acceptsRecord(sig, index, value);
}

function acceptsRecord(sig: Signature, index: number, value: Record<string, unknown>): boolean {
  const guard = index < sig.params.length ? sig.records[sig.params[index]] : undefined;
  return guard !== undefined && guard(value);
}

function describeCall(sig: Signature): string {
  return `${sig.where}(${sig.params.slice(0, Math.max(sig.required, 1)).join(', ')}${sig.params.length > sig.required ? ', …' : ''})`;
}

function unknownKey(sig: Signature, key: string, value: unknown): InvalidArgumentError {
  const valid = [...sig.params.filter((p) => p !== 'name'), ...sig.optionOnly];
  const nearest = nearestName(key, valid);
  const list = valid.map((k) => `'${k}'`).join(', ');
  const hint = nearest ? ` (did you mean '${nearest}'?)` : '';
  return new InvalidArgumentError(key, `${list ? `one of the options ${list}` : 'no options'}${hint}`, value, sig.where);
}

/** `batch_size` → `batchSize`, Paddle's spelling to ours. */
export function snakeToCamel(name: string): string {
  return name.replace(/_+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * The valid name closest to `key`: its camelCase form when that is valid (`batch_size`), else the
 * nearest by edit distance, case-insensitively, if it is close enough to be a misspelling.
 */
export function nearestName(key: string, valid: readonly string[]): string | undefined {
  const camel = snakeToCamel(key);
  if (valid.includes(camel)) return camel;
  const lower = camel.toLowerCase();
  const exactCase = valid.find((v) => v.toLowerCase() === lower);
  if (exactCase) return exactCase;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const v of valid) {
    const d = editDistance(lower, v.toLowerCase());
    if (d < bestDistance) {
      best = v;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(lower.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
