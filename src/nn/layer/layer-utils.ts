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
export function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  return String(value);
}
