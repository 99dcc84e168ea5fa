import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { seed } from '../../framework/random';
import { collateToHost, convertToHost } from '../collate';
import type { Dataset } from '../dataset';
import { isPlainObject } from '../../framework/args';
import { collectTensors, transferList } from '../host-batch';
import { BUILTIN_MODULE, type WorkerSpec } from '../worker-spec';
import { BUILTIN_DATASETS } from './builtins';
import { type FromWorker, serializeError, type ToWorker, type WorkerMode } from './protocol';
import { setWorkerInfo } from './worker-info';

/** The two ends a worker talks through (Node `parentPort` or a Web Worker's global scope). @internal */
export interface WorkerPort {
  post(msg: FromWorker, transfer?: ArrayBuffer[]): void;
  onMessage(cb: (msg: ToWorker) => void): void;
}

declare const __filename: string | undefined;

/**
 * A real dynamic `import()`. Bundlers turn `import()` into `require()` in CommonJS builds, which
 * cannot load ES modules or `file:` URLs, so the CommonJS build of this file (the only place
 * `__filename` exists) goes through a Function instead.
 */
const importModule: (specifier: string) => Promise<Record<string, unknown>> =
  typeof __filename === 'string'
    ? (new Function('s', 'return import(s)') as (s: string) => Promise<Record<string, unknown>>)
    : (s) => import(/* @vite-ignore */ s);

function moduleUrl(module: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(module) && !/^[a-z]:[\\/]/i.test(module)) return module;
  const path = module.replace(/\\/g, '/');
  return `file://${path.startsWith('/') ? '' : '/'}${encodeURI(path)}`;
}

function isClass(f: (...args: unknown[]) => unknown): boolean {
  const p = (f as { prototype?: object }).prototype;
  return !!p && (typeof (p as { getItem?: unknown }).getItem === 'function' || Symbol.asyncIterator in p || Symbol.iterator in p);
}

async function revive(arg: unknown): Promise<unknown> {
  if (Array.isArray(arg)) return Promise.all(arg.map(revive));
  if (isPlainObject(arg)) {
    if ('$dataset' in arg) return buildDataset(arg.$dataset as WorkerSpec);
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(arg)) out[k] = await revive(arg[k]);
    return out;
  }
  return arg;
}

/** Imports and constructs the dataset a {@link WorkerSpec} describes. @internal */
export async function buildDataset(spec: WorkerSpec): Promise<Dataset> {
  const args = (await revive(spec.args ?? [])) as unknown[];
  const exported =
    spec.module === BUILTIN_MODULE
      ? (BUILTIN_DATASETS as Record<string, unknown>)[spec.exportName]
      : (await importModule(moduleUrl(spec.module)))[spec.exportName];
  if (typeof exported !== 'function') {
    throw new Error(`workerSpec: module ${spec.module} has no exported class or function '${spec.exportName}'.`);
  }
  const f = exported as (...a: unknown[]) => unknown;
  const ds = isClass(f) ? new (f as unknown as new (...a: unknown[]) => Dataset)(...args) : await f(...args);
  return ds as Dataset;
}

/** Runs the worker side of the DataLoader protocol on `port`. @internal */
export function runWorker(port: WorkerPort): void {
  let dataset: Dataset | null = null;
  let mode: WorkerMode = 'collate';
  let queue = Promise.resolve();
  let skipBelow = 0;
  // Batches run back to back in one promise chain; a macrotask between them lets a 'cancel'
  // message in, so a broken-off epoch does not keep a persistent worker busy.
  const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

  async function init(msg: Extract<ToWorker, { type: 'init' }>): Promise<void> {
    await tf.setBackend('cpu');
    // The cpu backend's "use tfjs-node" banner would print once per worker.
    const cpu = tf.engine().registry.cpu as unknown as { firstUse?: boolean } | undefined;
    if (cpu && 'firstUse' in cpu) cpu.firstUse = false;
    mode = msg.mode;
    seed(msg.seed);
    dataset = await buildDataset(msg.spec);
    await dataset.ready();
    const info = { id: msg.workerId, numWorkers: msg.numWorkers, seed: msg.seed, dataset };
    setWorkerInfo(info);
    if (msg.initFn) {
      // workerInitFn crossed the thread as source text: it sees no variables of the scope it was
      // written in, so it also gets the worker info as a second argument.
      const fn = new Function(`return (${msg.initFn});`)() as (id: number, info: unknown) => unknown;
      await fn(msg.workerId, info);
    }
  }

  /** Collates (or converts) the samples of one batch, posts the result and frees the samples. */
  function finish(id: number, samples: unknown[], indices: number[] | undefined): void {
    try {
      let tree: unknown;
      try {
        if (mode === 'collate') tree = collateToHost(samples, { indices, allowStack: false });
        else if (mode === 'samples') tree = samples.map((s) => convertToHost(s, false));
        else tree = convertToHost(samples[0], true);
      } catch (e) {
        port.post({ type: 'error', id, sampleIndex: null, error: serializeError(e) });
        return;
      }
      port.post({ type: 'batch', id, batch: tree }, transferList(tree));
    } finally {
      tf.dispose(collectTensors(samples));
    }
  }

  async function batch(id: number, indices: number[]): Promise<void> {
    if (id < skipBelow) return;
    const samples: unknown[] = [];
    for (const idx of indices) {
      try {
        samples.push(await dataset!.getItem(idx));
      } catch (e) {
        tf.dispose(collectTensors(samples));
        port.post({ type: 'error', id, sampleIndex: idx, error: serializeError(e) });
        return;
      }
    }
    finish(id, samples, indices);
  }

  // IterableDataset: each worker walks its own copy of the stream, one iterator per epoch.
  let stream: AsyncIterator<unknown> | null = null;
  let streamEpoch = -1;
  let streamDone = false;
  let streamPos = 0;

  async function next(id: number, count: number, epoch: number, dropLast: boolean): Promise<void> {
    if (id < skipBelow) return;
    if (epoch !== streamEpoch) {
      await stream?.return?.();
      stream = dataset![Symbol.asyncIterator]();
      streamEpoch = epoch;
      streamDone = false;
      streamPos = 0;
    }
    const samples: unknown[] = [];
    while (!streamDone && samples.length < count) {
      let r: IteratorResult<unknown>;
      try {
        r = await stream!.next();
      } catch (e) {
        tf.dispose(collectTensors(samples));
        port.post({ type: 'error', id, sampleIndex: streamPos, error: serializeError(e) });
        return;
      }
      if (r.done) streamDone = true;
      else (samples.push(r.value), streamPos++);
    }
    if (samples.length === 0 || (dropLast && samples.length < count)) {
      tf.dispose(collectTensors(samples));
      port.post({ type: 'end', id });
      return;
    }
    finish(id, samples, undefined);
  }

  port.onMessage((msg) => {
    if (msg.type === 'cancel') {
      skipBelow = Math.max(skipBelow, msg.below);
      return;
    }
    queue = queue.then(async () => {
      if (msg.type === 'init') {
        try {
          await init(msg);
          port.post({ type: 'ready' });
        } catch (e) {
          port.post({ type: 'error', id: null, sampleIndex: null, error: serializeError(e) });
        }
      } else if (msg.type === 'batch') {
        await yieldToEvents();
        await batch(msg.id, msg.indices);
      } else if (msg.type === 'next') {
        await yieldToEvents();
        await next(msg.id, msg.count, msg.epoch, msg.dropLast);
      }
    });
  });
}
