// Every public constructor and function of the package in Paddle's keyword form, generated from the one
// resolver's registry (src/framework/args.ts): for each declared signature, the call with its required
// arguments given positionally, all by name, and mixed must agree; an unknown key, Paddle's snake_case
// spelling of an option and a value given twice must each be a typed error naming the key.
// Sample values come from one table keyed by parameter name (with a few per-callable overrides where
// shapes must agree), never from a list of classes written by hand.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { signatures, type Signature } from '../../src/framework/args';
import { useBackend } from '../helpers/backend';
import { EXEMPT, PUBLIC_NAMESPACES, resolveTarget, sampleArgs, type Target } from './keyword-samples';

function fingerprint(value: unknown, depth = 0): unknown {
  if (value instanceof tf.Tensor) return { shape: value.shape, dtype: value.dtype, values: value.arraySync() };
  if (value instanceof paddle.nn.Layer) return { repr: String(value), shapes: value.parameters().map((p) => p.shape) };
  if (Array.isArray(value)) return value.map((v) => fingerprint(v, depth + 1));
  if (typeof value === 'function') return `function ${value.name}`;
  if (value === null || typeof value !== 'object' || depth > 2) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v instanceof tf.Tensor || v instanceof paddle.nn.Layer || typeof v !== 'object' || v === null || Array.isArray(v)) {
      out[k] = fingerprint(v, depth + 1);
    }
  }
  return { class: value.constructor?.name, ...out };
}

/** Runs `fn` with the global generator reseeded, so random initializers and draws agree across forms. */
async function seeded(target: Target, args: unknown[]): Promise<unknown> {
  paddle.seed(7);
  const result = await target.invoke(args);
  const print = fingerprint(result);
  target.release?.(result);
  return print;
}

const camelToSnake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

describe('keyword calls (Paddle keyword arguments) for every registered signature', () => {
  beforeAll(async () => {
    await useBackend('wasm');
  });

  it('covers every public constructor and function of the package', () => {
    const registered = new Set(signatures().keys());
    const missing: string[] = [];
    for (const [prefix, ns] of PUBLIC_NAMESPACES(paddle)) {
      for (const [name, value] of Object.entries(ns)) {
        if (typeof value !== 'function') continue;
        const path = prefix ? `${prefix}.${name}` : name;
        if (registered.has(path) || EXEMPT.has(path)) continue;
        missing.push(path);
      }
    }
    expect(missing).toEqual([]);
    expect(registered.size).toBeGreaterThan(150);
  });

  const all: Signature[] = [...signatures().values()];
  it.each(all.map((s) => [s.where, s] as const))('%s', async (_where, sig) => {
    const target = await resolveTarget(paddle, sig.where);
    const values = sampleArgs(sig);
    const required = sig.params.slice(0, sig.required);
    const positional = required.map((p) => values[p]);
    const byName = Object.fromEntries(required.map((p) => [p, values[p]]));

    const expected = await seeded(target, positional);
    if (required.length > 0) {
      expect(await seeded(target, [byName])).toEqual(expected);
      const [first, ...rest] = required;
      expect(await seeded(target, [values[first], Object.fromEntries(rest.map((p) => [p, values[p]]))])).toEqual(expected);
      // The same value positionally and by key.
      await expect(async () => target.invoke([values[first], { [first]: values[first], ...Object.fromEntries(rest.map((p) => [p, values[p]])) }]))
        .rejects.toThrow(paddle.InvalidArgumentError);
    }
    // An unknown key names itself.
    await expect(async () => target.invoke([...positional, { notAnOption: 1 }])).rejects.toThrow(/'notAnOption'/);
    // Paddle's snake_case spelling of a multi-word option names the camelCase one.
    const option = [...sig.params.slice(sig.required), ...sig.optionOnly].find((p) => /[A-Z]/.test(p));
    if (option) {
      await expect(async () => target.invoke([...positional, { [camelToSnake(option)]: values[option] ?? 1 }]))
        .rejects.toThrow(new RegExp(`did you mean '${option}'`));
    }
  });
});
