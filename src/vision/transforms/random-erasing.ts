import { InvalidArgumentError } from '../../errors';
import { defaultGenerator, type Generator } from '../../framework/random';
import { BaseTransform } from './base-transform';
import { erase } from './functional/erase';
import { type ImageInput, isTensor, roundHalfEven } from './functional/image-input';
import { defineSignature, resolveArgs } from '../../framework/args';
import { checkBool, checkProb } from './check-args';

/** Options of {@link RandomErasing}. */
export interface RandomErasingOptions {
  /** Probability of erasing. @defaultValue `0.5` */
  prob?: number;
  /** Range of the erased area relative to the image. @defaultValue `[0.02, 0.33]` */
  scale?: readonly [number, number];
  /** Range of the erased box's aspect ratio. @defaultValue `[0.3, 3.3]` */
  ratio?: readonly [number, number];
  /** A number, one per channel (1 or 3 values), or `'random'` for normal noise. @defaultValue `0` */
  value?: number | readonly number[] | 'random';
  /** Write into an HWCImage's own data (tensors are never modified). @defaultValue `false` */
  inplace?: boolean;
  /** See {@link BaseTransform}. @defaultValue `['image']` */
  keys?: readonly string[];
}

/**
 * All of {@link RandomErasing}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new Compose([new ToTensor(), new RandomErasing({ prob: 1, value: 'random' })]).call(img); // Paddle: RandomErasing(prob=1, value='random')
 * ```
 * @category Vision
 */
export type RandomErasingArgs = RandomErasingOptions;

const SIGNATURE = defineSignature('vision.transforms.RandomErasing', ['prob', 'scale', 'ratio', 'value', 'inplace', 'keys']);

/** The box one {@link RandomErasing} call erases and its values, or `null` for no change. */
export interface RandomErasingParams {
  box: { top: number; left: number; height: number; width: number; values: number[] | Float32Array } | null;
}

function range01(v: unknown, name: string, max: number): [number, number] {
  if (!Array.isArray(v) || v.length !== 2 || !v.every((x) => typeof x === 'number' && x >= 0 && x <= max) || v[0] > v[1]) {
    throw new InvalidArgumentError(name, `a [min, max] pair within [0, ${max}]`, v, SIGNATURE.where);
  }
  return [v[0], v[1]];
}

/**
 * With probability `prob`, fills a random box with `value` (Paddle's `RandomErasing`, Zhong et al.,
 * https://arxiv.org/abs/1708.04896). `'random'` draws N(0, 1) values (× 255 for uint8 images,
 * clipped to [0, 255]). Up to 10 tries for a box smaller than the image; otherwise nothing is erased.
 *
 * @example
 * ```ts
 * const { Compose, ToTensor, RandomErasing } = paddle.vision.transforms;
 * new Compose([new ToTensor(), new RandomErasing({ prob: 1, value: 'random' })]).call(img); // Paddle: RandomErasing(prob=1, value='random')
 * ```
 * @category Vision
 */
export class RandomErasing extends BaseTransform<RandomErasingParams> {
  readonly prob: number;
  readonly scale: [number, number];
  readonly ratio: [number, number];
  readonly value: number[] | 'random';
  readonly inplace: boolean;

  constructor(args?: RandomErasingArgs);
  constructor(
    prob?: number,
    scale?: readonly [number, number],
    ratio?: readonly [number, number],
    value?: number | readonly number[] | 'random',
    inplace?: boolean,
    keys?: readonly string[],
  );
  constructor(...args: unknown[]) {
    const o = resolveArgs<RandomErasingArgs>(SIGNATURE, args);
    super(o.keys);
    this.prob = checkProb(o.prob ?? 0.5, 'prob', SIGNATURE.where);
    this.scale = range01(o.scale ?? [0.02, 0.33], 'scale', 1);
    this.ratio = range01(o.ratio ?? [0.3, 3.3], 'ratio', Infinity);
    const v = o.value ?? 0;
    if (v === 'random') this.value = 'random';
    else if (typeof v === 'number') this.value = [v];
    else if (Array.isArray(v) && (v.length === 1 || v.length === 3) && v.every((x) => typeof x === 'number')) this.value = [...v];
    else throw new InvalidArgumentError('value', "a number, a list of 1 or 3 numbers, or 'random'", v, SIGNATURE.where);
    this.inplace = checkBool(o.inplace ?? false, 'inplace', SIGNATURE.where);
  }

  override getParams(inputs: unknown, rng: Generator = defaultGenerator()): RandomErasingParams {
    const { img, shape } = this.imageOf(inputs);
    if (!(rng.random() < this.prob)) return { box: null };
    const [h, w, c] = shape;
    const area = h * w;
    const logRatio = [Math.log(this.ratio[0]), Math.log(this.ratio[1])];
    for (let attempt = 0; attempt < 10; attempt++) {
      const eraseArea = rng.uniform(this.scale[0], this.scale[1]) * area;
      const aspect = Math.exp(rng.uniform(logRatio[0], logRatio[1]));
      const eh = roundHalfEven(Math.sqrt(eraseArea * aspect));
      const ew = roundHalfEven(Math.sqrt(eraseArea / aspect));
      if (eh >= h || ew >= w) continue;
      let values: number[] | Float32Array;
      if (this.value === 'random') {
        const gain = !isTensor(img) && img.data instanceof Uint8Array ? 255 : 1;
        values = new Float32Array(eh * ew * c);
        for (let i = 0; i < values.length; i++) values[i] = rng.normal() * gain;
      } else {
        values = this.value;
      }
      return { box: { top: rng.randint(0, h - eh + 1), left: rng.randint(0, w - ew + 1), height: eh, width: ew, values } };
    }
    return { box: null };
  }

  protected applyImage(img: ImageInput, p: RandomErasingParams) {
    if (!p.box) return img;
    const b = p.box;
    return erase(img, b.top, b.left, b.height, b.width, b.values, this.inplace);
  }
}
