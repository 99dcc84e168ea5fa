import type { Tensor } from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { defaultGenerator, type Generator } from '../../framework/random';
import type { HWCImage } from '../../framework/image';
import { checkImage, imageShape, isBrowserImage } from './functional/image-input';

/** `N × 2` points `[x, y]`, Paddle's `"coords"` input. */
export type Coords = number[][];
/** `N × 4` boxes `[x1, y1, x2, y2]`, Paddle's `"boxes"` input. */
export type Boxes = number[][];

/**
 * How a transform handles the input at one position of Paddle's `keys`: a method taking the input
 * and the call's parameters (from `getParams`) and returning the output. Its parameters are typed
 * by each transform (`never` here, so that any such method fits the record).
 *
 * @example
 * ```ts
 * const handler: paddle.vision.transforms.KeyHandler = (input: number[][]) => input;
 * ```
 * @category Vision
 */
export type KeyHandler = (input: never, params: never) => unknown;

/**
 * Base class of every transform, with Paddle's `keys` mechanism: a transform built with
 * `keys: ['image', 'boxes', 'mask']` is called with a list `[image, boxes, mask]` and applies
 * `applyImage`, `applyBoxes`, `applyMask` to the matching positions (extra positions pass through).
 * Which method handles which key is one typed record, {@link BaseTransform.handlers}: a transform
 * with keys of its own (`'label'`) overrides it.
 *
 * Randomness is split as in torchvision v2: {@link BaseTransform.getParams} draws everything random
 * once per call from a {@link Generator} (by default the one behind `paddle.seed`), and
 * {@link BaseTransform.apply} is pure — so an image and its mask get the same crop. (Paddle draws
 * inside each `_apply_*`, which gives an image and its mask different crops.)
 *
 * Call a transform with `t.call(x)`. `call` is bound to the instance, so `const f = t.call` and
 * `images.map(t.call)` work too. An array argument is always read as positions (Paddle's tuple),
 * so a lone `coords` or `boxes` input is passed as `t.call([coords])`.
 *
 * @typeParam P - the parameters one call draws (`undefined` for deterministic transforms)
 * @example
 * ```ts
 * class Invert extends paddle.vision.transforms.BaseTransform {
 *   protected applyImage(img: paddle.vision.HWCImage) {
 *     return { ...img, data: img.data.map((v) => 255 - v) };
 *   }
 * }
 * const out = new Invert().call(img);
 * ```
 * @category Vision
 */
export abstract class BaseTransform<P = undefined> {
  /** Which input each position of a list input is: `'image'`, `'coords'`, `'boxes'`, `'mask'` or a custom key. */
  readonly keys: readonly string[];
  /** {@link BaseTransform.handlers}, read once when the transform is built: `apply` runs per sample. */
  private readonly keyHandlers: Readonly<Record<string, KeyHandler | undefined>>;

  /**
   * @param keys - the kind of each input position
   * @defaultValue keys `['image']`
   * @throws InvalidArgumentError if a key has no handler on this transform
   */
  constructor(keys?: readonly string[] | null) {
    const k = keys ?? ['image'];
    if (!Array.isArray(k) || k.length === 0 || !k.every((x) => typeof x === 'string')) {
      throw new InvalidArgumentError('keys', 'a non-empty list of strings', keys, this.constructor.name);
    }
    const handlers = this.handlers();
    this.keyHandlers = handlers;
    for (const key of k) {
      if (typeof handlers[key] !== 'function') {
        const known = Object.keys(handlers).filter((h) => typeof handlers[h] === 'function');
        throw new InvalidArgumentError('keys', `keys this transform handles (${known.map((h) => `'${h}'`).join(', ')})`, key, this.constructor.name);
      }
    }
    this.keys = Object.freeze([...k]);
    this.call = this.call.bind(this);
  }

  /**
   * Draws the random parameters of one call. Deterministic transforms return `undefined`.
   *
   * @param inputs - what {@link BaseTransform.call} receives
   * @param rng - source of randomness
   * @defaultValue rng `defaultGenerator()` (seeded by `paddle.seed`)
   */
  getParams(inputs: unknown, rng: Generator = defaultGenerator()): P {
    void inputs;
    void rng;
    return undefined as P;
  }

  /**
   * Which method handles which of Paddle's keys. Override it to add keys of your own.
   *
   * @returns a record from key to handler; a key without a function is not supported
   */
  protected handlers(): Readonly<Record<string, KeyHandler | undefined>> {
    return { image: this.applyImage, coords: this.applyCoords, boxes: this.applyBoxes, mask: this.applyMask };
  }

  /** Transforms the input at a `'coords'` position. */
  protected applyCoords?(coords: unknown, params: P): unknown;
  /** Transforms the input at a `'boxes'` position. */
  protected applyBoxes?(boxes: unknown, params: P): unknown;
  /** Transforms the input at a `'mask'` position. */
  protected applyMask?(mask: unknown, params: P): unknown;

  /**
   * Applies the transform with fixed parameters: pure, never draws random numbers.
   *
   * @param inputs - one input, or a list matched against {@link BaseTransform.keys}
   * @param params - from {@link BaseTransform.getParams}
   * @returns one output, or a list when more than one position was given
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- what a transform returns depends on its keys and input kind; Paddle's callers use it untyped
  apply(inputs: unknown, params: P): any {
    const list = Array.isArray(inputs) ? inputs : [inputs];
    const n = Math.min(list.length, this.keys.length);
    const out: unknown[] = [];
    for (let i = 0; i < n; i++) out.push((this.keyHandlers[this.keys[i]] as (input: unknown, params: P) => unknown).call(this, list[i], params));
    out.push(...list.slice(n));
    return out.length === 1 ? out[0] : out;
  }

  /**
   * Runs the transform: `apply(inputs, getParams(inputs))`, drawing from `defaultGenerator()`.
   * (For another generator: `t.apply(x, t.getParams(x, rng))`.) Takes one argument, so
   * `images.map(t.call)` works.
   *
   * @param inputs - an image (HWCImage, CHW tensor or browser image), or a list matched to `keys`
   * @returns the transformed input(s): an HWCImage for an HWCImage or browser image, a new tensor
   *   for a tensor (the input tensor stays the caller's)
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as apply: the result's type follows the input
  call(inputs: unknown): any {
    // Browser images are read into pixels once here, not again by getParams and apply.
    const read = (x: unknown) => (isBrowserImage(x) ? checkImage(x, this.constructor.name) : x);
    const ready = Array.isArray(inputs) ? inputs.map(read) : read(inputs);
    return this.apply(ready, this.getParams(ready, defaultGenerator()));
  }

  /** Transforms the image at an `'image'` position. */
  protected abstract applyImage(img: unknown, params: P): unknown;

  /** The image among `inputs` (the first `'image'` position), checked, with `[height, width, channels]`. */
  protected imageOf(inputs: unknown): { img: HWCImage | Tensor; shape: [number, number, number] } {
    const list = Array.isArray(inputs) ? inputs : [inputs];
    const at = this.keys.indexOf('image');
    if (at < 0 || at >= list.length) {
      throw new InvalidArgumentError('inputs', `an 'image' at position ${at} (keys ${JSON.stringify(this.keys)})`, inputs, this.constructor.name);
    }
    const img = checkImage(list[at], this.constructor.name);
    return { img, shape: imageShape(img) };
  }
}
