import { InvalidArgumentError } from '../../errors';

/**
 * Paddle's `_convert_camel_to_snake`, which names a layer's scope after its class:
 * `Conv2D` → `conv2d`, `BatchNorm2D` → `batch_norm2d`, `ReLU` → `re_lu`, `LeNet` → `le_net`.
 */
export function camelToSnake(name: string): string {
  const s1 = name.replace(/(.)([A-Z][a-z]+)/g, '$1_$2');
  return s1.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
}

/** Indents every line but the first by `spaces` (Paddle's `_addindent`). */
export function indentRepr(text: string, spaces: number): string {
  const lines = text.split('\n');
  if (lines.length === 1) return text;
  const pad = ' '.repeat(spaces);
  return [lines[0], ...lines.slice(1).map((l) => pad + l)].join('\n');
}

/** Python's `repr` of a value as Paddle's `extra_repr` prints it (`[3, 3]`, `True`, `None`). */
export { pyRepr } from '../../framework/py-format';

/**
 * Reads Paddle-style trailing arguments: `args[i]` fills `names[i]` until a plain options object
 * appears as the last argument, whose keys fill the rest. Unknown keys are an error, so a
 * misspelt option never silently keeps its default.
 */
export function resolveOptions<T extends object>(args: ReadonlyArray<unknown>, names: ReadonlyArray<keyof T & string>, where: string): Partial<T> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < args.length; i++) {
    const value = args[i];
    if (isPlainObject(value) && i === args.length - 1) {
      for (const [key, v] of Object.entries(value)) {
        if (!names.includes(key as keyof T & string)) {
          throw new InvalidArgumentError(key, `one of the options ${names.map((n) => `'${n}'`).join(', ')}`, v, where);
        }
        if (v !== undefined) out[key] = v;
      }
      break;
    }
    if (i >= names.length) throw new InvalidArgumentError(`argument ${i}`, `at most ${names.length} trailing arguments`, value, where);
    if (value !== undefined) out[names[i]] = value;
  }
  return out as Partial<T>;
}

/** True for `{...}` literals (not tensors, arrays, class instances or null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** `3` → `[3, 3]`; `[2, 3]` → `[2, 3]`; validates positive (or non-negative) integers. */
export function toPair(value: unknown, argument: string, where: string, min = 1): [number, number] {
  const pair = typeof value === 'number' ? [value, value] : value;
  if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((v) => Number.isInteger(v) && v >= min)) {
    throw new InvalidArgumentError(argument, `an integer >= ${min} or a list of two`, value, where);
  }
  return [pair[0], pair[1]];
}

/** Validates a positive integer argument. */
export function checkPositiveInt(value: unknown, argument: string, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new InvalidArgumentError(argument, 'a positive integer', value, where);
  }
  return value;
}
