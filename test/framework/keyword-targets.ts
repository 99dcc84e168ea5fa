// What the keyword-call test calls for a signature's public path: the constructor or function it
// names, a method on a fresh seeded model, or a wrapper reporting what a call did (writes, setters).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import * as paddle from 'tfjs-hapi';

type PaddleModule = typeof paddle;
type Ns = Record<string, unknown>;

/** What the test calls for a signature: a constructor, a function or a method on a fresh object. */
export interface Target {
  invoke(args: unknown[]): unknown;
  /** Frees a result; `keep` holds the tensors of the arguments, which later forms reuse. */
  release?(result: unknown, keep: ReadonlySet<tf.Tensor>): void;
}

function isClass(fn: unknown): fn is new (...args: unknown[]) => unknown {
  return typeof fn === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(fn));
}

/** The tensors a value holds (its own, in arrays and options objects, its layers' parameters): a result may share them with its arguments. */
export function tensorsOf(value: unknown, into = new Set<tf.Tensor>()): Set<tf.Tensor> {
  if (value instanceof tf.Tensor) into.add(value);
  else if (Array.isArray(value)) value.forEach((v) => tensorsOf(v, into));
  else if (value instanceof paddle.nn.Layer) value.parameters().forEach((p) => into.add(p));
  else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    Object.values(value).forEach((v) => tensorsOf(v, into));
  }
  return into;
}

/** Disposes what a call made, never what it was given (`keep`: the sample arguments' tensors). */
function dispose(value: unknown, keep: ReadonlySet<tf.Tensor>): void {
  for (const t of tensorsOf(value)) if (!keep.has(t) && !t.isDisposed) t.dispose();
}

/** Finds the callable a signature's public path names. */
export async function resolveTarget(p: PaddleModule, where: string): Promise<Target> {
  const method = where.startsWith('Model.') ? where.slice('Model.'.length) : null;
  if (method) return modelMethod(p, method);
  if (where === 'save') {
    // Writes a file: report what reads back from it.
    return {
      invoke: async (args) => {
        await p.save(...(args as [never, never]));
        return p.load(SAVED.file as string);
      },
      release: dispose,
    };
  }
  if (where === 'load') {
    SAVED.file = join(scratch(), 'state.pdparams');
    await p.save({ w: tf.tensor([[1, 2], [3, 4]]), step: 3 }, SAVED.file);
  }
  if (where === 'vision.setImageBackend') {
    // A setter: report the backend it set, then restore the default for the other tests.
    return { invoke: (args) => { p.vision.setImageBackend(...(args as [never])); const set = p.vision.getImageBackend(); p.vision.setImageBackend('pil'); return set; } };
  }
  let value: unknown = p;
  for (const part of where.split('.')) value = (value as Ns)[part];
  if (typeof value !== 'function') throw new Error(`${where} is not a public callable`);
  const fn = value;
  return isClass(fn)
    ? { invoke: (args) => new fn(...args), release: dispose }
    : { invoke: (args) => (fn as (...a: unknown[]) => unknown)(...args), release: dispose };
}

function tinyModel(p: PaddleModule): paddle.Model {
  p.seed(11);
  const model = new p.Model(new p.nn.Linear(4, 3));
  model.prepare(new p.optimizer.SGD({ learningRate: 0.1, parameters: model.parameters() }), new p.nn.CrossEntropyLoss());
  return model;
}

/** A checkpoint `Model.load` reads, written once by a tiny model. */
let checkpoint: string | undefined;
async function savedCheckpoint(p: PaddleModule): Promise<string> {
  if (!checkpoint) {
    checkpoint = join(mkdtempSync(join(tmpdir(), 'kw-load-')), 'ckpt');
    await tinyModel(p).save(checkpoint);
  }
  return checkpoint;
}

async function modelMethod(p: PaddleModule, method: string): Promise<Target> {
  if (method === 'load') SAVED.path = await savedCheckpoint(p);
  return {
    invoke: async (args) => {
      const model = method === 'prepare' ? new p.Model(new p.nn.Linear(4, 3)) : tinyModel(p);
      const result = await (model as unknown as Record<string, (...a: unknown[]) => unknown>)[method](...args);
      // A fresh model's layers get fresh auto-names (Linear-140, Linear-141): summary compares the rest.
      if (method === 'summary') return { ...(result as object), text: String((result as { text: string }).text).replace(/-\d+/g, '-N') };
      // Methods that return nothing are compared by what they did to the model.
      return result === undefined ? { parameters: model.parameters().map((w) => w.arraySync()) } : result;
    },
    release: dispose,
  };
}
/** Files the load samples read, written by the targets. */
export const SAVED: { path?: string; file?: string } = {};

/** A fresh scratch directory. */
export const scratch = () => mkdtempSync(join(tmpdir(), 'kw-'));
