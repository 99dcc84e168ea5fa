/**
 * A decoded image in HWC order — the role a numpy `HxWxC` array plays in Paddle. Datasets with no
 * transform return these; every transform accepts them.
 *
 * @example
 * ```ts
 * const img: paddle.vision.HWCImage = { data: new Uint8Array(28 * 28), width: 28, height: 28, channels: 1 };
 * const t = new paddle.vision.transforms.ToTensor().call(img); // float32 [1, 28, 28] in [0, 1]
 * ```
 * @category Vision
 */
export interface HWCImage {
  /** Pixel values, row-major, channels interleaved: `data[(y * width + x) * channels + c]`. */
  data: Uint8Array | Float32Array;
  width: number;
  height: number;
  /** 1 (grayscale), 3 (RGB) or 4 (RGBA). */
  channels: number;
}

/**
 * Whether `x` looks like an {@link HWCImage}.
 *
 * @example
 * ```ts
 * paddle.vision.isHWCImage({ data: new Uint8Array(12), width: 2, height: 2, channels: 3 }); // true
 * paddle.vision.isHWCImage(tf.zeros([3, 2, 2]));                                             // false
 * ```
 * @category Vision
 */
export function isHWCImage(x: unknown): x is HWCImage {
  const v = x as Partial<HWCImage> | null;
  return (
    v !== null &&
    typeof v === 'object' &&
    (v.data instanceof Uint8Array || v.data instanceof Float32Array) &&
    Number.isInteger(v.width) &&
    Number.isInteger(v.height) &&
    Number.isInteger(v.channels)
  );
}
