import type * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../../errors';
import { disposeIntermediate } from '../../functional/layout';
import { Layer } from '../layer';

/**
 * Runs its sublayers one after another (Paddle's `nn.Sequential`). Built from layers (named
 * `'0'`, `'1'`, …) or from `[name, layer]` pairs; indexable (`seq[0]`, `seq.get(-1)`).
 *
 * Each child runs through `call`, so hooks (and `summary`) see every child; consecutive children
 * that compute in NHWC stay in NHWC through the channels-last scope of the layer call (see
 * docs/architecture.md, "Layout protocol"). The intermediate results are freed as soon as the
 * next child has consumed them (keep one from a hook with `tf.keep`).
 *
 * @example
 * ```ts
 * const features = new paddle.nn.Sequential(
 *   new paddle.nn.Conv2D(1, 6, 3, { padding: 1 }), new paddle.nn.ReLU(), new paddle.nn.MaxPool2D(2, 2),
 * );
 * features.call(tf.zeros([4, 1, 28, 28])).shape; // [4, 6, 14, 14]
 * const named = new paddle.nn.Sequential(['conv', new paddle.nn.Conv2D(1, 6, 3)], ['act', new paddle.nn.ReLU()]);
 * Object.keys(named.stateDict()); // ['conv.weight', 'conv.bias']
 * ```
 * @category nn
 */
export class Sequential extends Layer {
  static override readonly paddleName: string = 'Sequential';
  readonly [index: number]: Layer;

  /** @throws InvalidArgumentError for an argument that is neither a Layer nor a `[name, Layer]` pair */
  constructor(...layers: Layer[] | [string, Layer][]) {
    super();
    layers.forEach((entry, i) => {
      if (Array.isArray(entry)) {
        const [name, layer] = entry;
        if (typeof name !== 'string' || !(layer instanceof Layer)) {
          throw new InvalidArgumentError(`layers[${i}]`, 'a [name, Layer] pair', entry, 'Sequential');
        }
        this.addSublayer(name, layer);
      } else {
        if (!(entry instanceof Layer)) throw new InvalidArgumentError(`layers[${i}]`, 'an nn.Layer', entry, 'Sequential');
        this.addSublayer(String(i), entry);
      }
    });
  }

  /** The number of sublayers. */
  get length(): number {
    return this.entries().length;
  }

  /** The sublayer at `index` (negative counts from the end). */
  get(index: number): Layer {
    const list = this.entries();
    const i = index < 0 ? list.length + index : index;
    if (!Number.isInteger(i) || i < 0 || i >= list.length) {
      throw new InvalidArgumentError('index', `an integer in [-${list.length}, ${list.length})`, index, 'Sequential.get');
    }
    return list[i][1];
  }

  [Symbol.iterator](): Iterator<Layer> {
    return this.entries().map(([, l]) => l)[Symbol.iterator]();
  }

  /** The `[name, layer]` entries in order, duplicates kept (a layer listed twice runs twice). */
  private entries(): [string, Layer][] {
    return this.subLayerEntries();
  }

  /**
   * Runs the children in order on `input`. Typed for the usual tensor in, tensor out; a chain
   * may pass anything its children accept.
   */
  forward(input: tf.Tensor): tf.Tensor {
    let y: unknown = input;
    for (const [, layer] of this.entries()) {
      const next: unknown = layer.call(y);
      if (y !== input && next !== y) disposeIntermediate(y);
      y = next;
    }
    return y as tf.Tensor;
  }
}
