/**
 * Memory of a `for await` loop over a DataLoader, written the Paddle way: each iteration's body
 * runs in a tfjs scope, opened when a batch is handed out and closed when the loop asks for the
 * next one, breaks, returns or throws. Closing the scope disposes the batch and every tensor the
 * body made (the loss `minimize` returned, predictions, accuracies) except those it `tf.keep`s;
 * variables (parameters, optimizer state) are never scoped. So
 * `for await (const [x, y] of loader) { const loss = opt.minimize(…); … }` leaks nothing.
 *
 * tfjs scopes are one global stack, so async code running *during* the body (the loader's own
 * prefetching, another task) makes tensors in the body's scope too: the DataLoader loads with no
 * scope open (`outsideLoopScopes`) and keeps what it produces ahead (`keepProduced`), and a scope closed out of order (two loaders zipped) is
 * removed from the middle of the stack rather than closing someone else's.
 */
import * as tf from '@tensorflow/tfjs-core';

interface ScopeInfo {
  track: tf.Tensor[];
}
interface EngineScopes {
  state: { activeScope: ScopeInfo | null; scopeStack: ScopeInfo[] };
  startScope(name?: string): void;
  endScope(result?: tf.TensorContainer): void;
}

/**
 * The method of a DataLoader giving one epoch of batches without per-iteration scopes, for code
 * that disposes batches itself (the `Model` loops, which keep losses and predictions across
 * steps). @internal
 */
export const UNSCOPED_BATCHES: unique symbol = Symbol.for('tfjs-hapi.unscopedBatches') as never;

const engine = () => tf.engine() as unknown as EngineScopes;

/** Every tensor in a batch (a tensor, or arrays and plain objects of them). */
function tensorsIn(value: unknown, out: tf.Tensor[] = []): tf.Tensor[] {
  if (value instanceof tf.Tensor) out.push(value);
  else if (Array.isArray(value)) for (const v of value) tensorsIn(v, out);
  else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const v of Object.values(value)) tensorsIn(v, out);
  }
  return out;
}

/**
 * Marks the tensors of something a DataLoader produced ahead of the consumer as kept, so that a
 * loop body's scope open at the time does not dispose them; their owner disposes them explicitly.
 */
export function keepProduced<T>(value: T): T {
  for (const t of tensorsIn(value)) tf.keep(t);
  return value;
}

/**
 * Runs `fn` with no tfjs scope open, so the tensors it makes (and keeps) cannot be disposed by a
 * loop body's scope that happens to be open while the DataLoader loads ahead. Only `fn`'s
 * synchronous part is covered; a promise it returns continues in whatever scope is open then.
 */
export function outsideLoopScopes<T>(fn: () => T): T {
  const state = engine().state;
  const { activeScope, scopeStack } = state;
  state.activeScope = null;
  state.scopeStack = [];
  try {
    return fn();
  } finally {
    state.activeScope = activeScope;
    state.scopeStack = scopeStack;
  }
}

function closeScope(scope: ScopeInfo): void {
  const e = engine();
  if (e.state.activeScope === scope) {
    e.endScope();
    return;
  }
  const at = e.state.scopeStack.indexOf(scope);
  if (at < 0) return;
  e.state.scopeStack.splice(at, 1);
  for (const t of scope.track) if (!t.kept) t.dispose();
  e.state.activeScope = e.state.scopeStack[e.state.scopeStack.length - 1] ?? null;
}

/**
 * Wraps one epoch of batches so that each loop body runs in its own tfjs scope (see the module
 * comment). The batch's tensors belong to the loop: they are disposed when the body's scope
 * closes, `tf.keep`ed or not (keep a copy with `tf.keep(x.clone())`).
 */
export function scopedBatches<B>(source: AsyncGenerator<B, void, undefined>): AsyncGenerator<B, void, undefined> {
  let scope: ScopeInfo | null = null;
  let batch: tf.Tensor[] = [];
  const closeBody = () => {
    if (scope) closeScope(scope);
    scope = null;
    for (const t of batch) t.dispose();
    batch = [];
  };
  const it: AsyncGenerator<B, void, undefined> = {
    async next() {
      closeBody();
      const r = await source.next();
      if (r.done) return r;
      batch = tensorsIn(r.value);
      for (const t of batch) tf.keep(t);
      engine().startScope('DataLoader batch');
      scope = engine().state.activeScope;
      return r;
    },
    async return(value) {
      closeBody();
      return source.return(value);
    },
    async throw(error) {
      closeBody();
      return source.throw(error);
    },
    [Symbol.asyncIterator]() {
      return it;
    },
  };
  return it;
}
