// Sample values for the keyword-call test, keyed by parameter name (shared by every callable that
// has a parameter of that name), with overrides only where one callable's shapes must agree.
import * as tf from '@tensorflow/tfjs-core';
import type * as Paddle from 'tfjs-hapi';
import type { Signature } from '../../src/framework/args';

type PaddleModule = typeof Paddle;

/** What the test calls for a signature: a constructor, a function or a method on a fresh object. */
export interface Target {
  invoke(args: unknown[]): unknown;
  release?(result: unknown): void;
}

/** The namespaces whose exported classes and functions must all take Paddle's keyword form. */
export function PUBLIC_NAMESPACES(paddle: PaddleModule): [string, Record<string, unknown>][] {
  return [
    ['', paddle as unknown as Record<string, unknown>],
    ['nn', paddle.nn as unknown as Record<string, unknown>],
    ['nn.functional', paddle.nn.functional as unknown as Record<string, unknown>],
    ['nn.initializer', paddle.nn.initializer as unknown as Record<string, unknown>],
    ['optimizer', paddle.optimizer as unknown as Record<string, unknown>],
    ['optimizer.lr', paddle.optimizer.lr as unknown as Record<string, unknown>],
    ['io', paddle.io as unknown as Record<string, unknown>],
    ['vision.transforms', paddle.vision.transforms as unknown as Record<string, unknown>],
    ['vision.datasets', paddle.vision.datasets as unknown as Record<string, unknown>],
    ['vision.models', paddle.vision.models as unknown as Record<string, unknown>],
    ['metric', paddle.metric as unknown as Record<string, unknown>],
    ['callbacks', paddle.callbacks as unknown as Record<string, unknown>],
  ];
}

/**
 * Exported names that take no Paddle arguments (bases, errors, getters), with the reason. Everything
 * else exported from the namespaces above must have a signature.
 */
export const EXEMPT = new Map<string, string>([]);

function isClass(fn: unknown): fn is new (...args: unknown[]) => unknown {
  return typeof fn === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(fn));
}

function dispose(value: unknown): void {
  if (value instanceof tf.Tensor) value.dispose();
  else if (Array.isArray(value)) value.forEach(dispose);
  else if (value && typeof (value as { dispose?: unknown }).dispose === 'function') (value as { dispose(): void }).dispose();
}

/** Finds the callable a signature's public path names. */
export async function resolveTarget(paddle: PaddleModule, where: string): Promise<Target> {
  const method = where.startsWith('Model.') ? where.slice('Model.'.length) : null;
  if (method) return modelMethod(paddle, method);
  let value: unknown = paddle;
  for (const part of where.split('.')) value = (value as Record<string, unknown>)[part];
  if (typeof value !== 'function') throw new Error(`${where} is not a public callable`);
  const fn = value;
  return isClass(fn)
    ? { invoke: (args) => new fn(...args), release: dispose }
    : { invoke: (args) => (fn as (...a: unknown[]) => unknown)(...args), release: dispose };
}

function tinyModel(paddle: PaddleModule): Paddle.Model {
  paddle.seed(11);
  const model = new paddle.Model(new paddle.nn.Linear(4, 3));
  model.prepare(new paddle.optimizer.SGD({ learningRate: 0.1, parameters: model.parameters() }), new paddle.nn.CrossEntropyLoss());
  return model;
}

function modelMethod(paddle: PaddleModule, method: string): Target {
  return {
    invoke: (args) => {
      const model = method === 'prepare' ? new paddle.Model(new paddle.nn.Linear(4, 3)) : tinyModel(paddle);
      return (model as unknown as Record<string, (...a: unknown[]) => unknown>)[method](...args);
    },
    release: dispose,
  };
}

const tensor = (shape: number[], seed = 1) => tf.tidy(() => tf.randomUniform(shape, -1, 1, 'float32', seed));

/** Samples by parameter name. */
const BY_NAME: Record<string, () => unknown> = {
  x: () => tensor([2, 3, 5, 5]),
  input: () => tensor([2, 3, 5, 5]),
  inChannels: () => 3,
  outChannels: () => 4,
  kernelSize: () => 3,
  inFeatures: () => 4,
  outFeatures: () => 3,
  numFeatures: () => 3,
  normalizedShape: () => 5,
  size: () => 5,
  p: () => 0.5,
};

/** Per-callable samples, where one callable's arguments must agree with each other. */
const BY_CALLABLE: Record<string, Record<string, () => unknown>> = {};

/** Values for every parameter of `sig` that has a sample. Throws naming a required parameter without one. */
export function sampleArgs(sig: Signature): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const own = BY_CALLABLE[sig.where] ?? {};
  sig.params.forEach((name, i) => {
    const make = own[name] ?? BY_NAME[name];
    if (make) out[name] = make();
    else if (i < sig.required) throw new Error(`no sample value for required parameter '${name}' of ${sig.where}`);
  });
  return out;
}
