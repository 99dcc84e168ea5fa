/**
 * Registration of tfjs-hapi's kernel fixes in tfjs's global kernel registry.
 *
 * tfjs keeps one kernel per (name, backend) for the whole process, so a fix registered here
 * applies to every tfjs user in the app. Only kernels tfjs lacks or runs pathologically slowly
 * are touched, and the stock kernel (if any) is kept for the cases a fix does not cover.
 */
import * as tf from '@tensorflow/tfjs-core';

/** A kernel function as tfjs calls it. */
export type KernelFunc = tf.KernelConfig['kernelFunc'];

/** Marks our kernel functions, so a second copy of this module does not wrap its own fix. */
const STOCK = Symbol.for('tfjs-hapi.stockKernel');
type Patched = KernelFunc & { [STOCK]?: tf.KernelConfig | null };

/**
 * The kernel tfjs itself registered for `name` on `backend` before tfjs-hapi patched it, or
 * `undefined` if tfjs has none (or it was never patched and is the registered one).
 */
export function stockKernel(name: string, backend: string): tf.KernelConfig | undefined {
  const current = tf.getKernel(name, backend);
  if (current === undefined) return undefined;
  const stock = (current.kernelFunc as Patched)[STOCK];
  return stock === undefined ? current : stock ?? undefined;
}

/** True if the kernel registered for `name` on `backend` is one of tfjs-hapi's. */
export function isPatched(name: string, backend: string): boolean {
  const current = tf.getKernel(name, backend);
  return current !== undefined && STOCK in (current.kernelFunc as Patched);
}

/**
 * Registers `make(stock)` as the kernel `name` on `backend`, where `stock` is tfjs's own kernel
 * function (or `null` when tfjs has none). The stock kernel's `setupFunc`/`disposeFunc` are
 * kept, because a wrapper may still call into it.
 */
export function patchKernel(name: string, backend: string, make: (stock: KernelFunc | null) => KernelFunc): void {
  if (isPatched(name, backend)) return;
  const stock = tf.getKernel(name, backend) ?? null;
  const kernelFunc = make(stock?.kernelFunc ?? null) as Patched;
  kernelFunc[STOCK] = stock;
  if (stock !== null) tf.unregisterKernel(name, backend);
  tf.registerKernel({ ...(stock ?? {}), kernelName: name, backendName: backend, kernelFunc });
}
