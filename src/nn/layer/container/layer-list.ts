import { InvalidArgumentError, UnsupportedError } from '../../../errors';
import { Layer } from '../layer';
import { defineSignature, resolveArgs } from '../../../framework/args';

/** {@link LayerList}'s argument by name: Paddle's keyword form. @category nn */
export interface LayerListArgs {
  /** The initial layers. @defaultValue [] */
  sublayers?: Iterable<Layer> | null;
}

const SIGNATURE = defineSignature('nn.LayerList', ['sublayers']);

/**
 * A list of sublayers that registers each one (Paddle's `nn.LayerList`): `parameters()` and
 * `stateDict()` see them as `'0'`, `'1'`, … It has no `forward`; iterate it in your own.
 *
 * @example
 * ```ts
 * class Net extends paddle.nn.Layer {
 *   blocks = new paddle.nn.LayerList([new paddle.nn.Linear(4, 4), new paddle.nn.Linear(4, 4)]);
 *   forward(x: tf.Tensor) {
 *     for (const b of this.blocks) x = b.call(x);
 *     return x;
 *   }
 * }
 * new paddle.nn.LayerList({ sublayers: [new paddle.nn.ReLU()] }); // Paddle: nn.LayerList(sublayers=[nn.ReLU()])
 * ```
 * @category nn
 */
export class LayerList extends Layer {
  static override readonly paddleName: string = 'LayerList';
  readonly [index: number]: Layer;

  constructor(args: LayerListArgs);
  constructor(sublayers?: Iterable<Layer> | null);
  constructor(...args: unknown[]) {
    super();
    const sublayers = resolveArgs<LayerListArgs>(SIGNATURE, args).sublayers ?? [];
    if (typeof (sublayers as Partial<Iterable<Layer>>)[Symbol.iterator] !== 'function') {
      throw new InvalidArgumentError('sublayers', 'an array of nn.Layer', sublayers, 'nn.LayerList');
    }
    for (const l of sublayers) this.append(l);
  }

  /** The number of layers. */
  get length(): number {
    return this.subLayerEntries().length;
  }

  /** The layer at `index` (negative counts from the end). */
  get(index: number): Layer {
    return this.subLayerEntries()[this.position(index, 'get')][1];
  }

  /** Replaces the layer at `index`. */
  set(index: number, layer: Layer): void {
    this.addSublayer(String(this.position(index, 'set')), checkLayer(layer, 'set'));
  }

  /** Adds a layer at the end. @returns this list */
  append(layer: Layer): this {
    this.addSublayer(String(this.length), checkLayer(layer, 'append'));
    return this;
  }

  /** Inserts a layer before `index`, shifting the later ones. */
  insert(index: number, layer: Layer): void {
    const n = this.length;
    const at = index < 0 ? Math.max(0, n + index) : Math.min(index, n);
    checkLayer(layer, 'insert');
    for (let i = n; i > at; i--) this.addSublayer(String(i), this.get(i - 1));
    this.addSublayer(String(at), layer);
  }

  /** Appends every layer of `layers`. @returns this list */
  extend(layers: Iterable<Layer>): this {
    for (const l of layers) this.append(l);
    return this;
  }

  [Symbol.iterator](): Iterator<Layer> {
    return this.subLayerEntries().map(([, l]) => l)[Symbol.iterator]();
  }

  /** @throws UnsupportedError — a LayerList is a container, not a computation (as in Paddle) */
  forward(): never {
    throw new UnsupportedError('LayerList has no forward(); iterate it and call each layer.');
  }

  private position(index: number, where: string): number {
    const n = this.length;
    const i = index < 0 ? n + index : index;
    if (!Number.isInteger(i) || i < 0 || i >= n) {
      throw new InvalidArgumentError('index', `an integer in [-${n}, ${n})`, index, `LayerList.${where}`);
    }
    return i;
  }
}

function checkLayer(layer: unknown, where: string): Layer {
  if (!(layer instanceof Layer)) throw new InvalidArgumentError('layer', 'an nn.Layer', layer, `LayerList.${where}`);
  return layer;
}
