import * as tf from '@tensorflow/tfjs-core';

/**
 * Float32 scalar tensors for the constants of an update (learning rate, betas, epsilon),
 * created once per distinct value and reused across steps. `sweep()` after each step frees the
 * ones that step did not use, so a scheduler's changing rate does not grow the tensor count.
 * @internal
 */
export class ScalarCache {
  private readonly live = new Map<number, tf.Scalar>();
  private readonly used = new Set<number>();

  /** The scalar holding `Math.fround(value)`; survives the enclosing `tf.tidy`. */
  get(value: number): tf.Scalar {
    const v = Math.fround(value);
    let s = this.live.get(v);
    if (s === undefined) {
      s = tf.keep(tf.scalar(v, 'float32'));
      this.live.set(v, s);
    }
    this.used.add(v);
    return s;
  }

  /** Frees the scalars not used since the last sweep. */
  sweep(): void {
    for (const [v, s] of this.live) {
      if (!this.used.has(v)) {
        s.dispose();
        this.live.delete(v);
      }
    }
    this.used.clear();
  }

  /** Frees every scalar. */
  dispose(): void {
    for (const s of this.live.values()) s.dispose();
    this.live.clear();
    this.used.clear();
  }
}

/** Float32 arithmetic on JS numbers: each helper rounds its result as a float32 kernel would. @internal */
export const f32 = {
  sub: (a: number, b: number): number => Math.fround(Math.fround(a) - Math.fround(b)),
  mul: (a: number, b: number): number => Math.fround(Math.fround(a) * Math.fround(b)),
  div: (a: number, b: number): number => Math.fround(Math.fround(a) / Math.fround(b)),
  sqrt: (a: number): number => Math.fround(Math.sqrt(Math.fround(a))),
};
