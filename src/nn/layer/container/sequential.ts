import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../../errors';
import { toChannelsFirst, toChannelsLast } from '../../functional/layout';
import { Layer, type LayoutKind } from '../layer';

/**
 * Runs its sublayers one after another (Paddle's `nn.Sequential`). Built from layers (named
 * `'0'`, `'1'`, …) or from `[name, layer]` pairs; indexable (`seq[0]`, `seq.get(-1)`).
 *
 * Speed: consecutive children that compute in NHWC (conv, pooling, batch norm, and element-wise
 * layers between them) are chained in NHWC — the input is transposed once on entry to the run and
 * once on exit, instead of around every layer. Children with forward hooks run through `call` as
 * usual, so hooks (and `summary`) always see Paddle's NCHW shapes.
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

  forward(input: any): any {
    return runChain(this.entries().map(([, l]) => l), input);
  }

  override layoutKind(): LayoutKind {
    return chainKind(this.entries().map(([, l]) => l));
  }

  override forwardChannelsLast(x: tf.Tensor): tf.Tensor {
    let y = x;
    for (const [, layer] of this.entries()) y = layer.forwardChannelsLast(y);
    return y;
  }
}

/** The layout kind of a chain: usable in NHWC only if every link is. @internal */
export function chainKind(layers: Layer[]): LayoutKind {
  let kind: LayoutKind = 'any';
  for (const l of layers) {
    if (l.hasForwardHooks()) return 'fixed';
    const k = l.layoutKind();
    if (k === 'fixed') return 'fixed';
    if (k === 'channelsLast') kind = 'channelsLast';
  }
  return kind;
}

/**
 * Runs `layers` in order; each maximal run that starts at an NHWC-computing layer given a 4-D
 * tensor and continues through layers that accept NHWC is chained in NHWC, so the run pays one
 * transpose in and one out. @internal
 */
export function runChain(layers: Layer[], input: unknown): unknown {
  let y = input;
  let i = 0;
  while (i < layers.length) {
    const first = layers[i];
    if (y instanceof tf.Tensor && y.rank === 4 && !first.hasForwardHooks() && first.layoutKind() === 'channelsLast') {
      let j = i;
      while (j < layers.length && !layers[j].hasForwardHooks() && layers[j].layoutKind() !== 'fixed') j++;
      const run = layers.slice(i, j);
      const x = y;
      y = tf.tidy(() => {
        let t = toChannelsLast(x);
        for (const l of run) t = l.forwardChannelsLast(t);
        return toChannelsFirst(t);
      });
      i = j;
    } else {
      y = first.call(y);
      i++;
    }
  }
  return y;
}
