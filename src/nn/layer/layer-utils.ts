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

/** Validates Paddle's `name` argument (a string or null; accepted and otherwise ignored). */
export function checkName(value: unknown, where: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new InvalidArgumentError('name', 'a string or null', value, where);
  return value;
}

/** Validates a boolean argument. */
export function checkBoolean(value: unknown, argument: string, where: string): boolean {
  if (typeof value !== 'boolean') throw new InvalidArgumentError(argument, 'true or false', value, where);
  return value;
}

/** Validates a finite number argument. */
export function checkFinite(value: unknown, argument: string, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new InvalidArgumentError(argument, 'a finite number', value, where);
  return value;
}

/** Validates that `value` is one of `choices` (string literals). */
export function checkOneOf<T extends string>(value: unknown, choices: readonly T[], argument: string, where: string): T {
  if (!choices.includes(value as T)) {
    const list = choices.map((c) => `'${c}'`);
    throw new InvalidArgumentError(argument, `one of ${list.join(', ')}`, value, where);
  }
  return value as T;
}
