/**
 * Process-wide name counters, like Paddle's `paddle.utils.unique_name`: `generate('linear')`
 * returns `linear_0`, then `linear_1`, … Layer full names and parameter names come from here, so
 * they match Paddle's (`linear_0.w_0`).
 */
const counters = new Map<string, number>();

/** Returns `${prefix}_${n}` with n counting up from 0 per prefix. */
export function generateUniqueName(prefix: string): string {
  const n = counters.get(prefix) ?? 0;
  counters.set(prefix, n + 1);
  return `${prefix}_${n}`;
}

/** Runs `fn` with fresh counters and restores the old ones afterwards (Paddle's `unique_name.guard`). */
export function uniqueNameGuard<T>(fn: () => T): T {
  const saved = new Map(counters);
  counters.clear();
  try {
    return fn();
  } finally {
    counters.clear();
    for (const [k, v] of saved) counters.set(k, v);
  }
}
