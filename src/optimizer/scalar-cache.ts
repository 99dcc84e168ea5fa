import * as tf from '@tensorflow/tfjs-core';

/**
 * Float32 scalar tensors for the constants of an update (learning rate, betas, epsilon),
 * created once per distinct value and reused across steps. `sweep()` after each step frees the
 * ones that step did not use, so a scheduler's changing rate does not grow the tensor count.
 * @internal
 */
export class ScalarCache {
  private readonly live = new Map<string, tf.Scalar>();
  private readonly used = new Set<string>();

  /**
   * The scalar holding `Math.fround(value)`; survives the enclosing `tf.tidy`. `role` keeps
   * values of different roles apart (`'lr'` vs constants), so that a learning rate that happens
   * to equal a beta does not change how many tensors are live.
   */
  get(value: number, role = ''): tf.Scalar {
    const key = `${role}:${Math.fround(value)}`;
    let s = this.live.get(key);
    if (s === undefined) {
      s = tf.keep(tf.scalar(value, 'float32'));
      this.live.set(key, s);
    }
    this.used.add(key);
    return s;
  }

  /** A scalar for a value that changes every step (bias corrections): freed by the step's `tf.tidy`. */
  volatile(value: number): tf.Scalar {
    return tf.scalar(value, 'float32');
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
