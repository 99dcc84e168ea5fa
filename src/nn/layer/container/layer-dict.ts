import { InvalidArgumentError, UnsupportedError } from '../../../errors';
import { Layer } from '../layer';

/**
 * An ordered map of named sublayers that registers each one (Paddle's `nn.LayerDict`).
 *
 * @example
 * ```ts
 * const heads = new paddle.nn.LayerDict({ cls: new paddle.nn.Linear(8, 10), box: new paddle.nn.Linear(8, 4) });
 * heads.get('cls').call(features);
 * Object.keys(heads.stateDict()); // ['cls.weight', 'cls.bias', 'box.weight', 'box.bias']
 * ```
 * @category nn
 */
export class LayerDict extends Layer {
  static override readonly paddleName: string = 'LayerDict';
  /** @param sublayers - initial entries, as an object or `[name, layer]` pairs */
  constructor(sublayers: Record<string, Layer> | Iterable<[string, Layer]> = {}) {
    super();
    this.update(sublayers);
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
