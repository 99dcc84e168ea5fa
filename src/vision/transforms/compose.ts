import { InvalidArgumentError } from '../../errors';
import * as tf from '@tensorflow/tfjs-core';
import { isHWCImage } from '../../framework/image';
import { BaseTransform } from './base-transform';
import { normalizeValues, perChannel } from './functional/normalize';
import { imageValues } from './functional/to-tensor';
import { Normalize } from './normalize';
import { ToTensor } from './to-tensor';
import { defineSignature, resolveArgs } from '../../framework/args';

/** A step of {@link Compose}: a transform, or any function of one input. */
// `never` input: any one-argument function is a step; Compose calls it with what the step before returned.
export type TransformLike = BaseTransform<unknown> | Compose | ((input: never) => unknown);

/**
 * All of {@link Compose}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new Compose({ transforms: [new ToTensor()] }); // Paddle: Compose(transforms=[ToTensor()])
 * ```
 * @category Vision
 */
export interface ComposeArgs {
  /** Transforms or functions, applied in order. */
  transforms: readonly TransformLike[];
}

const SIGNATURE = defineSignature('vision.transforms.Compose', ['transforms'], { required: 1 });

/**
 * Chains transforms, calling each on the previous one's output (Paddle's `Compose`).
 *
 * @example
 * ```ts
 * const { Compose, Resize, RandomHorizontalFlip, ToTensor, Normalize } = paddle.vision.transforms;
 * const transform = new Compose([new Resize(256), new RandomHorizontalFlip(), new ToTensor(),
 *   new Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])]);
 * const x = transform.call(img); // float32 tensor [3, H, W]
 * new Compose({ transforms: [new ToTensor()] }); // Paddle: Compose(transforms=[ToTensor()])
 * ```
 * @category Vision
 */
export class Compose {
  /** The steps, in order. */
  readonly transforms: readonly TransformLike[];

  /** @throws InvalidArgumentError if a step is neither a transform nor a function */
  constructor(args: ComposeArgs);
  constructor(transforms: readonly TransformLike[]);
  constructor(...args: unknown[]) {
    const { transforms } = resolveArgs<ComposeArgs>(SIGNATURE, args);
    if (!Array.isArray(transforms)) throw new InvalidArgumentError('transforms', 'a list of transforms', transforms, SIGNATURE.where);
    transforms.forEach((t, i) => {
      if (!(t instanceof BaseTransform) && typeof t !== 'function' && !(t instanceof Compose)) {
        throw new InvalidArgumentError(`transforms[${i}]`, 'a transform or a function', t, SIGNATURE.where);
      }
    });
    this.transforms = Object.freeze([...transforms]);
    this.call = this.call.bind(this);
  }

  /**
   * Applies every step in turn. Tensors made by intermediate steps are disposed once the next
   * step has consumed them; the input and the final output are left alone. A `ToTensor` directly
   * followed by a `Normalize` runs as one pass over an HWCImage, with the same float32 results.
   *
   * @param data - the input of the first step
   * @returns the last step's output
   */
  call(data: unknown): unknown {
    let cur = data;
    for (let i = 0; i < this.transforms.length; i++) {
      const t = this.transforms[i];
      const fused = fuseToTensorNormalize(t, this.transforms[i + 1], cur);
      if (fused) {
        cur = fused;
        i++;
        continue;
      }
      const next = t instanceof BaseTransform || t instanceof Compose ? t.call(cur) : (t as (x: unknown) => unknown)(cur);
      if (cur !== data && cur !== next) disposeTensors(cur, next);
      cur = next;
    }
    return cur;
  }
}

function disposeTensors(prev: unknown, next: unknown): void {
  const keep = new Set(Array.isArray(next) ? next : [next]);
  for (const x of Array.isArray(prev) ? prev : [prev]) {
    const t = x as { dispose?: () => void; isDisposed?: boolean; dataId?: unknown };
    if (t && typeof t.dispose === 'function' && t.dataId !== undefined && !keep.has(x) && !t.isDisposed) t.dispose();
  }
}

const imageOnly = (t: BaseTransform<unknown>) => t.keys.length === 1 && t.keys[0] === 'image';

/**
 * `ToTensor` then `Normalize` on an HWCImage, in one pass and one tensor — the per-sample hot path
 * of most pipelines. Same float32 arithmetic as running them one after the other.
 */
function fuseToTensorNormalize(a: unknown, b: unknown, img: unknown): tf.Tensor | null {
  if (!(a instanceof ToTensor) || !(b instanceof Normalize) || !isHWCImage(img) || !imageOnly(a) || !imageOnly(b)) return null;
  if (b.dataFormat !== a.dataFormat || img.data.length !== img.width * img.height * img.channels) return null;
  const C = img.channels;
  const mean = perChannel(b.mean, C, 'mean', 'Normalize');
  const std = perChannel(b.std, C, 'std', 'Normalize');
  const chw = a.dataFormat === 'CHW';
  const values = normalizeValues(imageValues(img, a.dataFormat), mean, std, chw);
  return tf.tensor3d(values, chw ? [C, img.height, img.width] : [img.height, img.width, C], 'float32');
}
