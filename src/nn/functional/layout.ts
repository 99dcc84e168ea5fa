import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';

/** Memory layout of a 4-D image batch: Paddle's default `'NCHW'`, or channels-last `'NHWC'`. */
export type DataFormat = 'NCHW' | 'NHWC';

/** NCHW → NHWC. tfjs's WASM convolution and pooling run only on NHWC. @internal */
export function toChannelsLast<T extends tf.Tensor>(x: T): T {
  return tf.transpose(x, [0, 2, 3, 1]) as T;
}

/** NHWC → NCHW. @internal */
export function toChannelsFirst<T extends tf.Tensor>(x: T): T {
  return tf.transpose(x, [0, 3, 1, 2]) as T;
}

/** The NCHW reading of an NHWC shape, for error messages that show what the user passed. @internal */
export function channelsFirstShape(shape: readonly number[]): number[] {
  return shape.length === 4 ? [shape[0], shape[3], shape[1], shape[2]] : shape.slice();
}

/** Validates a `dataFormat` argument. @internal */
export function checkDataFormat(value: unknown, where: string): DataFormat {
  if (value !== 'NCHW' && value !== 'NHWC') throw new InvalidArgumentError('dataFormat', "'NCHW' or 'NHWC'", value, where);
  return value;
}

/*
 * The channels-last scope (docs/architecture.md, "Layout protocol").
 *
 * The outermost `Layer.call` opens it. Inside, a layer that computes in NHWC returns a *view*: a
 * Proxy that is, to everything outside this module, the NCHW tensor Paddle would return — its
 * `shape` and `rank` are NCHW, and any other access (a tf op's `convertToTensor`, which reads
 * `data`/`dataSync` through tfjs's duck-typed `instanceof`; `dataSync()`, `print()`, `dispose()`,
 * `tf.tidy` returning it, …) first materializes the NCHW tensor with one transpose and then acts
 * on it. The next NHWC-capable layer looks the view up here and reads its NHWC tensor without
 * touching it, so a chain of such layers never transposes between them. The materialization runs
 * in a tf op's argument conversion, before any kernel starts, so the gradient tape records it
 * and gradients flow back to the NHWC tensor.
 */

interface ViewState {
  /** The NHWC tensor holding the data. */
  readonly nhwc: tf.Tensor;
  /** Its NCHW shape, what the view shows. */
  readonly shape: number[];
  /** The NCHW tensor once something needed it. */
  nchw: tf.Tensor | null;
  /** The tf scope the view was made in, where the NCHW tensor must live too. */
  readonly scope: ScopeState | null;
}

type ScopeState = ReturnType<typeof tf.engine>['state']['activeScope'];

const views = new WeakMap<object, ViewState>();
let scopeDepth = 0;
let scopeViews: ViewState[] = [];

/** Whether a layer call is running (the channels-last scope is open). @internal */
export function inChannelsLastScope(): boolean {
  return scopeDepth > 0;
}

/** Whether `x` is a channels-last view made by {@link channelsLastView}. @internal */
export function isChannelsLastView(x: unknown): boolean {
  return typeof x === 'object' && x !== null && views.has(x);
}

/**
 * The NHWC tensor behind a view, without materializing it; null for anything else, or when the
 * NHWC tensor is gone (e.g. disposed by a user's `tf.tidy` that returned the view).
 * @internal
 */
export function physicalOf(x: unknown): tf.Tensor | null {
  if (typeof x !== 'object' || x === null) return null;
  const s = views.get(x);
  return s && !s.nhwc.isDisposed ? s.nhwc : null;
}

/**
 * The NCHW tensor of a view, made once. It is made where something first needs it — often inside
 * a tf op's own scope, which would dispose it when the op returns — so it is moved to the scope
 * the view was made in: it lives exactly as long as a plain NCHW result would have. It is never
 * made twice: the tape knows the view by this tensor's id.
 */
function materialize(s: ViewState): tf.Tensor {
  if (s.nchw !== null) return s.nchw;
  const m = toChannelsFirst(s.nhwc);
  const state = tf.engine().state;
  const here = state.activeScope;
  if (here !== s.scope) {
    const i = here ? here.track.lastIndexOf(m) : -1;
    if (i >= 0) here!.track.splice(i, 1);
    if (s.scope && state.scopeStack.includes(s.scope)) {
      s.scope.track.push(m);
      m.scopeId = s.scope.id;
    }
  }
  s.nchw = m;
  return m;
}

function disposeView(s: ViewState): void {
  if (s.nchw && !s.nchw.isDisposed) s.nchw.dispose();
  if (!s.nhwc.isDisposed) s.nhwc.dispose();
}

function viewHandler(s: ViewState): ProxyHandler<object> {
  return {
    get(_target, prop) {
      if (prop === 'shape') return s.shape.slice();
      if (prop === 'rank') return 4;
      if (prop === 'dtype') return s.nhwc.dtype;
      if (prop === 'size') return s.nhwc.size;
      if (prop === 'dispose') return () => disposeView(s);
      if (prop === 'isDisposed' && s.nchw === null) return s.nhwc.isDisposed;
      const t = materialize(s);
      const v: unknown = Reflect.get(t, prop, t);
      return typeof v === 'function' ? v.bind(t) : v;
    },
    set(_target, prop, value) {
      return Reflect.set(materialize(s), prop, value);
    },
    has(_target, prop) {
      return Reflect.has(materialize(s), prop);
    },
    ownKeys() {
      return Reflect.ownKeys(materialize(s));
    },
    getOwnPropertyDescriptor(_target, prop) {
      const d = Reflect.getOwnPropertyDescriptor(materialize(s), prop);
      return d && { ...d, configurable: true };
    },
  };
}

/**
 * Wraps an NHWC result as the NCHW tensor it stands for (see the scope comment above). Outside
 * the scope it transposes at once.
 * @internal
 */
export function channelsLastView(nhwc: tf.Tensor): tf.Tensor {
  if (scopeDepth === 0) return tf.tidy(() => toChannelsFirst(nhwc));
  const s: ViewState = { nhwc, shape: channelsFirstShape(nhwc.shape), nchw: null, scope: tf.engine().state.activeScope ?? null };
  // The target only gives the proxy Tensor's prototype (and an honest console.log).
  const target = Object.create(Object.getPrototypeOf(nhwc) as object) as object;
  Object.assign(target, { shape: s.shape, dtype: nhwc.dtype, size: nhwc.size });
  const view = new Proxy(target, viewHandler(s)) as tf.Tensor;
  views.set(view, s);
  scopeViews.push(s);
  return view;
}

/** Frees an intermediate result: a view's tensors, or a plain tensor. @internal */
export function disposeIntermediate(x: unknown): void {
  const s = typeof x === 'object' && x !== null ? views.get(x) : undefined;
  if (s) disposeView(s);
  else if (x instanceof tf.Tensor) x.dispose();
}

/**
 * Runs `fn` (an outermost layer call) in the channels-last scope. On exit, views in the result
 * (a tensor, or arrays and plain objects of them) are replaced by their NCHW tensors, so callers
 * only ever receive plain tensors; NHWC tensors whose view was materialized are freed.
 * @internal
 */
export function channelsLastScope<T>(fn: () => T): T {
  const outer = scopeViews;
  scopeViews = [];
  scopeDepth++;
  try {
    return unwrapViews(fn()) as T;
  } finally {
    const made = scopeViews;
    scopeDepth--;
    scopeViews = outer;
    // A materialized view no longer needs its NHWC tensor: the tape holds its own copies.
    for (const s of made) if (s.nchw !== null && !s.nhwc.isDisposed) s.nhwc.dispose();
  }
}

function unwrapViews(x: unknown): unknown {
  if (typeof x !== 'object' || x === null) return x;
  const s = views.get(x);
  if (s) return materialize(s);
  if (Array.isArray(x)) return x.map(unwrapViews);
  const proto = Object.getPrototypeOf(x);
  if (proto !== Object.prototype && proto !== null) return x;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) out[k] = unwrapViews(v);
  return out;
}

/**
 * Runs `fn` (an NHWC computation) on `x` in `dataFormat`. For NCHW: inside the channels-last
 * scope it takes a view's NHWC tensor as is and returns a view; outside, it transposes in and out.
 * @internal
 */
export function viaChannelsLast(x: tf.Tensor, dataFormat: DataFormat, fn: (nhwc: tf.Tensor) => tf.Tensor): tf.Tensor {
  if (dataFormat === 'NHWC') return fn(x);
  if (scopeDepth === 0) return tf.tidy(() => toChannelsFirst(fn(toChannelsLast(x))));
  const nhwc = physicalOf(x);
  return channelsLastView(nhwc ? fn(nhwc) : tf.tidy(() => fn(toChannelsLast(x))));
}

/**
 * Runs an element-wise op on `x` in whatever layout `x` physically has: on a view's NHWC tensor
 * (returning a view), else on `x` itself. So `F.relu(this.conv1.call(x))` in a Paddle-style
 * `forward` costs no transpose, as the ReLU layer would not.
 * @internal
 */
export function elementwise<T extends tf.Tensor>(x: T, fn: (t: tf.Tensor) => tf.Tensor): T {
  const nhwc = physicalOf(x);
  return (nhwc ? channelsLastView(fn(nhwc)) : fn(x)) as T;
}
