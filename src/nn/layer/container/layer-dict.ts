import { InvalidArgumentError, UnsupportedError } from '../../../errors';
import { Layer } from '../layer';
import { defineSignature, resolveArgs } from '../../../framework/args';

/** {@link LayerDict}'s argument by name: Paddle's keyword form. @category nn */
export interface LayerDictArgs {
  /** Initial entries, as an object or `[name, layer]` pairs. @defaultValue {} */
  sublayers?: Record<string, Layer> | Iterable<[string, Layer]> | null;
}

// A plain object of layers (or an empty one) is the sublayers themselves, not the keyword form.
const SIGNATURE = defineSignature('nn.LayerDict', ['sublayers'], {
  records: { sublayers: (v) => Object.values(v).every((l) => l instanceof Layer) },
});

/**
 * An ordered map of named sublayers that registers each one (Paddle's `nn.LayerDict`).
 *
 * @example
 * ```ts
 * const heads = new paddle.nn.LayerDict({ cls: new paddle.nn.Linear(8, 10), box: new paddle.nn.Linear(8, 4) });
 * heads.get('cls').call(features);
 * Object.keys(heads.stateDict()); // ['cls.weight', 'cls.bias', 'box.weight', 'box.bias']
 * new paddle.nn.LayerDict({ sublayers: { act: new paddle.nn.ReLU() } }); // Paddle: nn.LayerDict(sublayers={'act': nn.ReLU()})
 * ```
 * @category nn
 */
export class LayerDict extends Layer {
  static override readonly paddleName: string = 'LayerDict';
  constructor(args: LayerDictArgs);
  constructor(sublayers?: Record<string, Layer> | Iterable<[string, Layer]> | null);
  constructor(...args: unknown[]) {
    super();
    this.update(resolveArgs<LayerDictArgs>(SIGNATURE, args).sublayers ?? {});
  }

  /** The number of entries. */
  get length(): number {
    return this.subLayerEntries().length;
  }

  /** The layer under `key`. @throws InvalidArgumentError when absent */
  get(key: string): Layer {
    const hit = this.subLayerEntries().find(([k]) => k === key);
    if (!hit) throw new InvalidArgumentError('key', `one of [${this.keys().join(', ')}]`, key, 'LayerDict.get');
    return hit[1];
  }

  /** Sets (or replaces) the layer under `key`. */
  set(key: string, layer: Layer): void {
    if (!(layer instanceof Layer)) throw new InvalidArgumentError('layer', 'an nn.Layer', layer, 'LayerDict.set');
    this.addSublayer(key, layer);
  }

  /** Whether `key` is present. */
  has(key: string): boolean {
    return this.keys().includes(key);
  }

  /** Removes `key` and returns its layer. */
  pop(key: string): Layer {
    const layer = this.get(key);
    delete (this as unknown as Record<string, unknown>)[key];
    return layer;
  }

  /** Removes every entry. */
  clear(): void {
    for (const k of this.keys()) delete (this as unknown as Record<string, unknown>)[k];
  }

  keys(): string[] {
    return this.subLayerEntries().map(([k]) => k);
  }

  values(): Layer[] {
    return this.subLayerEntries().map(([, l]) => l);
  }

  items(): [string, Layer][] {
    return this.subLayerEntries();
  }

  /** Adds or replaces entries. */
  update(sublayers: Record<string, Layer> | Iterable<[string, Layer]>): void {
    const entries = Symbol.iterator in Object(sublayers)
      ? [...(sublayers as Iterable<[string, Layer]>)]
      : Object.entries(sublayers as Record<string, Layer>);
    for (const [k, l] of entries) this.set(k, l);
  }

  /** @throws UnsupportedError — a LayerDict is a container, not a computation (as in Paddle) */
  forward(): never {
    throw new UnsupportedError('LayerDict has no forward(); look layers up and call them.');
  }
}
