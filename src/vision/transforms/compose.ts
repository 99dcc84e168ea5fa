import { InvalidArgumentError } from '../../errors';
import { BaseTransform } from './base-transform';

/** A step of {@link Compose}: a transform, or any function of one input. */
export type TransformLike = BaseTransform<any> | ((input: any) => any);

/**
 * Chains transforms, calling each on the previous one's output (Paddle's `Compose`).
 *
 * @example
 * ```ts
 * const { Compose, Resize, RandomHorizontalFlip, ToTensor, Normalize } = paddle.vision.transforms;
 * const transform = new Compose([new Resize(256), new RandomHorizontalFlip(), new ToTensor(),
 *   new Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])]);
 * const x = transform.call(img); // float32 tensor [3, H, W]
 * ```
 * @category Vision
 */
export class Compose {
  /** The steps, in order. */
  readonly transforms: readonly TransformLike[];

  /**
   * @param transforms - transforms or functions, applied in order
   * @throws InvalidArgumentError if a step is neither a transform nor a function
   */
  constructor(transforms: readonly TransformLike[]) {
    if (!Array.isArray(transforms)) throw new InvalidArgumentError('transforms', 'a list of transforms', transforms, 'Compose');
    transforms.forEach((t, i) => {
      if (!(t instanceof BaseTransform) && typeof t !== 'function' && !(t instanceof Compose)) {
        throw new InvalidArgumentError(`transforms[${i}]`, 'a transform or a function', t, 'Compose');
      }
    });
    this.transforms = Object.freeze([...transforms]);
    this.call = this.call.bind(this);
  }

  /**
   * Applies every step in turn. Tensors made by intermediate steps are disposed once the next
   * step has consumed them; the input and the final output are left alone.
   *
   * @param data - the input of the first step
   * @returns the last step's output
   */
  call(data: unknown): any {
    let cur = data;
    for (const t of this.transforms) {
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
