import { InvalidArgumentError } from '../../errors';
import { Generator, defaultGenerator } from '../../framework/random';
import { Dataset } from '../../io/dataset';
import type { HWCImage } from '../../framework/image';
import { type DatasetTransform, applyTransform } from './source';
import { defineSignature, resolveArgs } from '../../framework/args';
import { checkTransform } from './check-args';

/**
 * Options of {@link FakeData} (after torchvision's `FakeData`).
 *
 * @example
 * ```ts
 * const options: paddle.vision.datasets.FakeDataOptions = { size: 8, imageSize: [1, 28, 28], numClasses: 10, seed: 1 };
 * new paddle.vision.datasets.FakeData(options).len(); // 8
 * ```
 * @category Datasets
 */
export interface FakeDataOptions {
  /** Number of samples. @defaultValue 1000 */
  size?: number;
  /** Image shape `[channels, height, width]` (1, 3 or 4 channels). @defaultValue `[3, 224, 224]` */
  imageSize?: readonly [number, number, number];
  /** Number of classes; labels are in `[0, numClasses)`. @defaultValue 10 */
  numClasses?: number;
  /** Applied to each image. @defaultValue none */
  transform?: DatasetTransform | null;
  /** Seed of the samples; sample `i` depends only on `seed` and `i`. @defaultValue drawn from the global generator (so `paddle.seed` fixes it) */
  seed?: number;
}

/**
 * All of {@link FakeData}'s arguments by name (all optional).
 *
 * @example
 * ```ts
 * const ds = new paddle.vision.datasets.FakeData({ size: 64, imageSize: [3, 32, 32], numClasses: 10 });
 * ```
 * @category Datasets
 */
export type FakeDataArgs = FakeDataOptions;

// torchvision's order (Paddle has no FakeData); `seed` is ours, by name only.
const SIGNATURE = defineSignature('vision.datasets.FakeData', ['size', 'imageSize', 'numClasses', 'transform'], { optionOnly: ['seed'] });

/**
 * Random uint8 images with random labels, for examples and benchmarks when no real data is at
 * hand. Sample `i` is the same every time it is read (a generator seeded with `seed + i`), as
 * torchvision's `FakeData`.
 *
 * @example
 * ```ts
 * paddle.seed(0);
 * const ds = new paddle.vision.datasets.FakeData({ size: 64, imageSize: [3, 32, 32], numClasses: 10 });
 * const [img, label] = ds.getItem(0); // HWCImage 32×32×3, an integer in [0, 10)
 * new paddle.vision.datasets.FakeData(8, [1, 28, 28]); // torchvision: FakeData(8, (1, 28, 28))
 * ```
 * @category Datasets
 */
export class FakeData<I = HWCImage> extends Dataset<[I, number]> {
  readonly size: number;
  readonly imageSize: readonly [number, number, number];
  readonly numClasses: number;
  readonly transform: DatasetTransform | null;
  readonly seed: number;

  /** @throws InvalidArgumentError for a negative size, a bad image shape, class count, transform or seed */
  constructor(args?: FakeDataArgs);
  constructor(size?: number, options?: Omit<FakeDataArgs, 'size'>);
  constructor(size?: number, imageSize?: readonly [number, number, number], numClasses?: number, transform?: DatasetTransform | null);
  constructor(...args: unknown[]) {
    super();
    const options = resolveArgs<FakeDataArgs>(SIGNATURE, args);
    const where = SIGNATURE.where;
    const size = options.size ?? 1000;
    const imageSize = options.imageSize ?? [3, 224, 224];
    const numClasses = options.numClasses ?? 10;
    if (!Number.isInteger(size) || size < 0) throw new InvalidArgumentError('size', 'a non-negative integer', size, where);
    if (!Array.isArray(imageSize) || imageSize.length !== 3 || !imageSize.every((d) => Number.isInteger(d) && d > 0) || ![1, 3, 4].includes(imageSize[0])) {
      throw new InvalidArgumentError('imageSize', '[channels (1, 3 or 4), height, width] of positive integers', imageSize, where);
    }
    if (!Number.isInteger(numClasses) || numClasses < 1) throw new InvalidArgumentError('numClasses', 'a positive integer', numClasses, where);
    this.size = size;
    this.imageSize = [imageSize[0], imageSize[1], imageSize[2]];
    this.numClasses = numClasses;
    this.transform = checkTransform(options.transform, where);
    if (options.seed !== undefined && !Number.isInteger(options.seed)) throw new InvalidArgumentError('seed', 'an integer', options.seed, where);
    this.seed = options.seed ?? defaultGenerator().nextUint32();
  }

  /** `[image, label]` for sample `index`. */
  getItem(index: number): [I, number] {
    if (!Number.isInteger(index) || index < 0 || index >= this.size) {
      throw new InvalidArgumentError('index', `an integer in [0, ${this.size})`, index, 'FakeData.getItem');
    }
    const g = new Generator((this.seed + index) >>> 0);
    const [c, h, w] = this.imageSize;
    const data = new Uint8Array(c * h * w);
    for (let i = 0; i < data.length; i += 4) {
      const r = g.nextUint32();
      data[i] = r & 0xff;
      if (i + 1 < data.length) data[i + 1] = (r >>> 8) & 0xff;
      if (i + 2 < data.length) data[i + 2] = (r >>> 16) & 0xff;
      if (i + 3 < data.length) data[i + 3] = r >>> 24;
    }
    const label = g.randint(0, this.numClasses);
    const image: HWCImage = { data, width: w, height: h, channels: c };
    return [(this.transform ? applyTransform(this.transform, image) : image) as I, label];
  }

  len(): number {
    return this.size;
  }
}
