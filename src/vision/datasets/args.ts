import { InvalidArgumentError } from '../../errors';

function isOptionsObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Paddle's positional order with an optional options object last:
 * `new MNIST(imagePath, labelPath, 'test')` ≡ `new MNIST({ imagePath, labelPath, mode: 'test' })`
 * ≡ `new MNIST(imagePath, { labelPath, mode: 'test' })`.
 */
export function positionalArgs<T extends object>(args: readonly unknown[], names: readonly (keyof T & string)[], context: string): T {
  const out: Record<string, unknown> = {};
  const last = args.length - 1;
  args.forEach((a, i) => {
    if (i === last && isOptionsObject(a)) {
      for (const [k, v] of Object.entries(a)) {
        if (!names.includes(k as keyof T & string) && !EXTRA.has(k)) {
          throw new InvalidArgumentError(k, `one of the options ${[...names, ...EXTRA].join(', ')}`, v, context);
        }
        if (k in out) throw new InvalidArgumentError(k, 'to be given once, positionally or in the options', v, context);
        out[k] = v;
      }
      return;
    }
    if (i >= names.length) throw new InvalidArgumentError(`argument ${i + 1}`, `at most ${names.length} positional arguments`, a, context);
    if (a !== undefined) out[names[i]] = a;
  });
  return out as T;
}

/** Options every file-reading dataset takes besides Paddle's. */
const EXTRA = new Set(['cacheDir', 'onProgress', 'mirror']);
