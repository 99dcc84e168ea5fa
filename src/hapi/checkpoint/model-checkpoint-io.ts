import * as tf from '@tensorflow/tfjs-core';
import { CorruptFileError, InvalidArgumentError, ResourceNotFoundError, StateDictError, UnsupportedError } from '../../errors';
import type { Layer } from '../../nn/layer/layer';
import type { ModelOptimizer } from '../loops/step-runner';
import { dictToRecord } from '../../io/formats/pickle';
import { fromPickleValue, ndArrayToTensor, pickledTensor } from '../../io/checkpoint/convert';
import { stripNameTable, unpickle } from '../../io/checkpoint/load';
import { pickleObject } from '../../io/checkpoint/save';
import { parseTarget, readBytes, writeBytes } from '../../io/checkpoint/storage';

/** Options of {@link Model.load}. @category hapi */
export interface LoadOptions {
  /** Skip parameters missing from the file or of another shape (with a warning); implies `resetOptimizer`. @defaultValue false */
  skipMismatch?: boolean;
  /** Do not load `.pdopt`. @defaultValue false */
  resetOptimizer?: boolean;
}

function stripPostfix(path: string): string {
  const m = /\.(pdparams|pdopt|pdmodel)$/.exec(path);
  if (m) return path.slice(0, -m[0].length);
  const last = path.split('/').pop() ?? '';
  const dot = last.lastIndexOf('.');
  if (dot > 0 && !/^\d+$/.test(last.slice(dot + 1)) && !path.includes('://')) {
    throw new InvalidArgumentError('path', "a path ending in '.pdparams', '.pdopt', '.pdmodel' or no extension", path, 'Model.load');
  }
  return path;
}

/** Writes `path.pdparams` and (when the optimizer has state) `path.pdopt`, Paddle's layout. */
export async function saveModel(network: Layer, optimizer: ModelOptimizer | null, path: string, training: boolean): Promise<void> {
  if (typeof path !== 'string' || path === '') throw new InvalidArgumentError('path', 'a non-empty string', path, 'Model.save');
  if (!training) {
    throw new UnsupportedError('Model.save(path, false) would write a Paddle inference program (paddle.jit.save), which tfjs-hapi cannot produce; save with training = true.');
  }
  const target = parseTarget(path);
  const params = pickleObject(network.stateDict());
  const optState = optimizer ? optimizer.stateDict() : {};
  const opt = Object.keys(optState).length > 0 ? pickleObject(optState) : null;
  await writeBytes(target, '.pdparams', params);
  if (opt) await writeBytes(target, '.pdopt', opt);
}

type Source = string | Uint8Array | { pdparams: Uint8Array; pdopt?: Uint8Array };

async function readSource(src: Source): Promise<{ params: Uint8Array; opt: Uint8Array | null; file: string }> {
  if (src instanceof Uint8Array) return { params: src, opt: null, file: 'bytes' };
  if (typeof src === 'object' && src !== null && src.pdparams instanceof Uint8Array) {
    return { params: src.pdparams, opt: src.pdopt ?? null, file: 'bytes' };
  }
  if (typeof src !== 'string' || src === '') throw new InvalidArgumentError('path', 'a path, a URL, indexeddb://name, or bytes', src, 'Model.load');
  const base = stripPostfix(src);
  const target = parseTarget(base);
  const params = await readBytes(target, '.pdparams');
  if (params === null) throw new ResourceNotFoundError(`Model.load: '${base}.pdparams' does not exist. Failed to load parameters, please check path.`);
  return { params, opt: await readBytes(target, '.pdopt'), file: `${base}.pdparams` };
}

/**
 * Loads a checkpoint into `network` (and `optimizer`), matching parameters by structured name
 * like Paddle's `Model.load`.
 */
export async function loadModel(network: Layer, optimizer: ModelOptimizer | null, src: Source, options: LoadOptions = {}): Promise<void> {
  const { params, opt, file } = await readSource(src);
  const record = dictToRecord(unpickle(params, file));
  if (record === null) throw new CorruptFileError(file, 'expected a dict of parameter name to array (a Paddle .pdparams).');
  let resetOptimizer = options.resetOptimizer ?? false;
  const assignments: [tf.Variable, ReturnType<typeof pickledTensor>, string][] = [];
  for (const [key, param] of Object.entries(network.stateDict())) {
    const arr = key in record ? pickledTensor(record[key]) : null;
    let err: StateDictError | null = null;
    if (arr === null) err = new StateDictError(key, `${key} is not found in the providing file.`);
    else if (arr.shape.length !== param.shape.length || arr.shape.some((d, i) => d !== param.shape[i])) {
      err = new StateDictError(key, `${key} receives a shape [${arr.shape.join(', ')}], but the expected shape is [${param.shape.join(', ')}].`);
    }
    if (err) {
      if (!options.skipMismatch) throw err;
      console.warn(`Skip loading for ${key}. ${err.message}`);
      resetOptimizer = true;
      continue;
    }
    assignments.push([param, arr, key]);
  }
  for (const [param, arr, key] of assignments) {
    tf.tidy(() => {
      const t = ndArrayToTensor(arr!, file, key);
      param.assign(t.dtype === param.dtype ? t : tf.cast(t, param.dtype));
    });
  }
  if (!resetOptimizer && opt !== null && optimizer !== null) {
    const raw = stripNameTable(fromPickleValue(unpickle(opt, file.replace(/\.pdparams$/, '.pdopt')), file)) as Record<string, unknown>;
    const state = renameOptimizerKeys(raw, record['StructuredToParameterName@@'], network);
    try {
      optimizer.setStateDict(state);
    } finally {
      tf.dispose(Object.values(state).filter((v): v is tf.Tensor => v instanceof tf.Tensor));
    }
  }
}

/**
 * Renames optimizer-state keys from the parameter names saved in the checkpoint
 * (`linear_0.w_0_moment1_0`) to the current network's (`linear_4.w_0_moment1_0`), through the
 * `.pdparams` name table. Paddle matches by the saved names only, so resuming in a process that
 * created its layers in another order loses the optimizer state (Paddle issue #38065).
 */
function renameOptimizerKeys(state: Record<string, unknown>, table: unknown, network: Layer): Record<string, unknown> {
  const saved = dictToRecord(table);
  if (saved === null) return state;
  const rename = new Map<string, string>();
  for (const [key, param] of network.namedParameters()) {
    const old = saved[key];
    if (typeof old === 'string' && old !== param.name) rename.set(old, param.name);
  }
  if (rename.size === 0) return state;
  const olds = [...rename.keys()].sort((a, b) => b.length - a.length);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(state)) {
    const old = olds.find((o) => k.startsWith(`${o}_`));
    out[old === undefined ? k : rename.get(old)! + k.slice(old.length)] = v;
  }
  return out;
}
