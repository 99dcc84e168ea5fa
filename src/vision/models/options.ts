import { defineSignature, resolveArgs, type Signature } from '../../framework/args';
import { InvalidArgumentError } from '../../errors';

/**
 * Where pretrained weights come from: `true` for Paddle's published file (downloaded once into
 * `~/.cache/paddle/hapi/weights`, MD5-checked), a file path or an `http(s)://` URL of a
 * `.pdparams` file (or a PyTorch `torch.save` file of the same torchvision
 * architecture), or its bytes.
 * @category Models
 */
export type PretrainedSource = true | string | Uint8Array | ArrayBuffer;

/** Options every zoo factory takes. @category Models */
export interface PretrainedOptions {
  /** Load weights; `false` keeps the random initialization. @defaultValue false */
  pretrained?: PretrainedSource | false | null;
  /** Folder of the weight cache instead of `~/.cache/paddle/hapi`. */
  cacheDir?: string;
}

/**
 * What a factory returns: the model, or a Promise of it once weights are loaded when
 * `pretrained` is given (fetching and reading a file is asynchronous in JavaScript).
 * @category Models
 */
export type Built<O, M> = O extends { pretrained: infer P }
  ? [P] extends [false | null | undefined] ? M : [P] extends [PretrainedSource] ? Promise<M> : M | Promise<M>
  : M;

/** Resolves `numClasses` (an integer; ≤ 0 drops the classifier as in Paddle). @internal */
export function numClassesOf(value: unknown, fallback: number, where: string): number {
  const n = value ?? fallback;
  if (typeof n !== 'number' || !Number.isInteger(n)) throw new InvalidArgumentError('numClasses', 'an integer', n, where);
  return n;
}

/** Resolves a boolean option. @internal */
export function boolOf(value: unknown, fallback: boolean, name: string, where: string): boolean {
  const b = value ?? fallback;
  if (typeof b !== 'boolean') throw new InvalidArgumentError(name, 'a boolean', b, where);
  return b;
}

/** Resolves a positive number option (`scale`). @internal */
export function positiveOf(value: unknown, fallback: number, name: string, where: string): number {
  const v = value ?? fallback;
  if (typeof v !== 'number' || !(v > 0) || !Number.isFinite(v)) throw new InvalidArgumentError(name, 'a positive number', v, where);
  return v;
}

/** Paddle's `_make_divisible`: rounds channels to a multiple of `divisor`, never losing over 10%. @internal */
export function makeDivisible(v: number, divisor = 8, minValue?: number): number {
  const min = minValue ?? divisor;
  let out = Math.max(min, Math.floor((v + divisor / 2) / divisor) * divisor);
  if (out < 0.9 * v) out += divisor;
  return out;
}

/**
 * Declares a zoo factory's signature, Paddle's `(pretrained=False, **kwargs)`: `pretrained` may be
 * given positionally and every option by name (`zoo.alexnet(true)`, `zoo.alexnet(false, { numClasses: 100 })`,
 * `zoo.alexnet({ pretrained: false, numClasses: 100 })`). `cacheDir` is this package's own option.
 * @internal
 */
export function factorySignature(name: string, keys: readonly string[]): Signature {
  return defineSignature(`vision.models.${name}`, ['pretrained'], { optionOnly: [...keys, 'cacheDir'] });
}

/** Resolves a zoo factory's arguments through its {@link factorySignature}. @internal */
export function factoryArgs<O extends object>(sig: Signature, args: ArrayLike<unknown>): O {
  return resolveArgs<O>(sig, args);
}

/**
 * A factory's options without the ones that only concern loading (`pretrained`, `cacheDir`) or
 * the factory itself (`drop`), i.e. what the network's constructor takes. @internal
 */
export function networkOptions<O extends object>(o: O | undefined, drop: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o ?? {})) if (k !== 'pretrained' && k !== 'cacheDir' && !drop.includes(k)) out[k] = v;
  return out;
}
