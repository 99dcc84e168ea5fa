// Every public constructor and function of the package in Paddle's keyword form, generated from the one
// resolver's registry (src/framework/args.ts): for each declared signature, the call with its required
// arguments given positionally, all by name, and mixed must agree; an unknown key, Paddle's snake_case
// spelling of an option and a value given twice must each be a typed error naming the key.
// Sample values come from one table keyed by parameter name (with a few per-callable overrides where
// shapes must agree), never from a list of classes written by hand.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { signatures, type Signature } from '../../src/framework/args';
import { useBackend } from '../helpers/backend';
import { EXEMPT, PUBLIC_NAMESPACES } from './keyword-exempt';
import { givenParams, probeImage, sampleArgs } from './keyword-samples';
import { resolveTarget, tensorsOf, type Target } from './keyword-targets';

function fingerprint(value: unknown, depth = 0): unknown {
  if (value instanceof tf.Tensor) return { shape: value.shape, dtype: value.dtype, values: value.arraySync() };
  if (value instanceof paddle.nn.Layer) {
    const parameters = value.parameters();
    // One checksum of all weights: seeded initialization must agree across forms, not just shapes.
    const checksum = parameters.length === 0 ? 0 : tf.tidy(() => tf.addN(parameters.map((p) => tf.sum(tf.abs(p)))).arraySync());
    return { repr: String(value), shapes: parameters.map((p) => p.shape), checksum };
  }
  if (ArrayBuffer.isView(value)) return { class: value.constructor.name, values: Array.from(value as unknown as ArrayLike<number>) };
  if (Array.isArray(value)) return value.map((v) => fingerprint(v, depth + 1));
  if (typeof value === 'function') return `function ${value.name}`;
  if (value === null || typeof value !== 'object' || depth > 2) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v instanceof tf.Tensor || v instanceof paddle.nn.Layer || ArrayBuffer.isView(v) || typeof v !== 'object' || v === null || Array.isArray(v)) {
      out[k] = fingerprint(v, depth + 1);
    }
  }
  return { class: value.constructor?.name, ...out };
}

/**
 * What a result does, where its fields alone say little: a dataset's length and first sample (an
 * iterable one's samples), a sampler's indices, a loader's first batch, a transform applied to an image.
 */
async function fingerprintAsync(value: unknown): Promise<unknown> {
  if (value instanceof paddle.io.IterableDataset) {
    const items: unknown[] = [];
    for await (const item of value) items.push(fingerprint(item));
    return { class: value.constructor.name, items };
  }
  if (value instanceof paddle.io.Dataset) {
    await value.ready();
    return { class: value.constructor.name, length: value.len(), first: fingerprint(await value.getItem(0)) };
  }
  if (value instanceof paddle.io.Sampler) return { ...(fingerprint(value) as object), indices: [...(value as Iterable<unknown>)] };
  if (value instanceof paddle.io.DataLoader) {
    for await (const batch of value as AsyncIterable<unknown>) return { ...(fingerprint(value) as object), length: value.len(), first: fingerprint(batch) };
  }
  if (value instanceof paddle.vision.transforms.BaseTransform) {
    return { ...(fingerprint(value) as object), applied: fingerprint(value.call(probeImage())) };
  }
  return fingerprint(value);
}

/** Runs `fn` with the global generator reseeded, so random initializers and draws agree across forms. */
async function seeded(target: Target, args: unknown[]): Promise<unknown> {
  paddle.seed(7);
  const result = await target.invoke(args);
  const print = await fingerprintAsync(result);
  target.release?.(result, tensorsOf(args));
  return print;
}

const camelToSnake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

describe('keyword calls (Paddle keyword arguments) for every registered signature', () => {
  beforeAll(async () => {
    await useBackend('wasm');
  });
  // Building the zoo's models is long synchronous work: let the worker answer the runner between tests.
  beforeEach(() => new Promise<void>((resolve) => setImmediate(resolve)));

  it('covers every public constructor and function of the package', () => {
    const registered = new Set(signatures().keys());
    // An alias (`optimizer.L1Decay` for `regularizer.L1Decay`, `wide_resnet50_2`) is the same function object
    // as the name it stands for, and is covered (or exempt) with it.
    const lookup = (where: string) => where.split('.').reduce<unknown>((v, part) => (v as Record<string, unknown>)?.[part], paddle);
    const registeredValues = new Set([...registered, ...EXEMPT.keys()].map(lookup));
    const missing: string[] = [];
    for (const [prefix, ns] of PUBLIC_NAMESPACES(paddle)) {
      for (const [name, value] of Object.entries(ns)) {
        if (typeof value !== 'function') continue;
        const path = prefix ? `${prefix}.${name}` : name;
        if (registered.has(path) || registeredValues.has(value) || EXEMPT.has(path)) continue;
        missing.push(path);
      }
    }
    expect(missing).toEqual([]);
    // Every exemption names an exported callable (a stale one would hide nothing and rot).
    const exported = new Set(PUBLIC_NAMESPACES(paddle).flatMap(([prefix, ns]) => Object.keys(ns).map((n) => (prefix ? `${prefix}.${n}` : n))));
    expect([...EXEMPT.keys()].filter((k) => !exported.has(k))).toEqual([]);
    expect(registered.size).toBeGreaterThan(150);
  });

  const all: Signature[] = [...signatures().values()];
  it.each(all.map((s) => [s.where, s] as const))('%s', async (_where, sig) => {
    const target = await resolveTarget(paddle, sig.where);
    const values = sampleArgs(sig);
    const given = givenParams(sig);
    const pick = (names: readonly string[]) => Object.fromEntries(names.map((p) => [p, values[p]]));
    // Positional: every given parameter at its position (holes left undefined); option-only ones by name.
    const byPosition = given.filter((p) => sig.params.includes(p));
    const optionOnly = pick(given.filter((p) => !sig.params.includes(p)));
    const last = Math.max(-1, ...byPosition.map((p) => sig.params.indexOf(p)));
    const positional = sig.params.slice(0, last + 1).map((p) => (byPosition.includes(p) ? values[p] : undefined));
    const withOptions = (args: unknown[], options: Record<string, unknown> = {}) => {
      const all = { ...optionOnly, ...options };
      return Object.keys(all).length > 0 ? [...args, all] : args;
    };

    const expected = await seeded(target, withOptions(positional));
    // A callable returning nothing must be given a Target that reports what it did (else nothing is compared).
    expect(expected).not.toBeUndefined();
    if (byPosition.length > 0) {
      expect(await seeded(target, [pick(given)])).toEqual(expected);
      const [first, ...rest] = byPosition;
      const tail = { ...optionOnly, ...pick(rest) };
      const before = sig.params.slice(0, sig.params.indexOf(first)).map(() => undefined);
      expect(await seeded(target, [...before, values[first], tail])).toEqual(expected);
      // The same value positionally and by key.
      await expect(async () => target.invoke([...before, values[first], { [first]: values[first], ...tail }]))
        .rejects.toThrow(paddle.InvalidArgumentError);
    }
    // An unknown key names itself.
    await expect(async () => target.invoke(withOptions(positional, { notAnOption: 1 }))).rejects.toThrow(/'notAnOption'/);
    // Paddle's snake_case spelling of a multi-word option names the camelCase one.
    const option = [...sig.params.slice(sig.required), ...sig.optionOnly].find((p) => /[A-Z]/.test(p));
    if (option) {
      await expect(async () => target.invoke(withOptions(positional, { [camelToSnake(option)]: values[option] ?? 1 })))
        .rejects.toThrow(new RegExp(`did you mean '${option}'`));
    }
  });
});
