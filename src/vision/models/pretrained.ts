import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, StateDictError } from '../../errors';
import { load } from '../../io/checkpoint/load';
import type { Layer } from '../../nn/layer/layer';
import { download, fetchBytes } from '../../io/download/download';
import { node } from '../../framework/node-builtins';
import type { PretrainedOptions, PretrainedSource } from './options';
import { isTorchZip, readTorchStateDict, torchToPaddle } from './torch-interop';
import { PUBLISHED_WEIGHTS } from './weights';

/** Paddle's weight cache is `~/.cache/paddle/hapi/weights`; datasets live beside it in `dataset`. */
function defaultCacheDir(): string {
  const n = node()!;
  return n.path.join(n.os.homedir(), '.cache', 'paddle', 'hapi');
}

/** Reads a weight source into a state dict of tensors (the caller disposes them). */
async function readSource(model: Layer, source: PretrainedSource, arch: string, cacheDir: string | undefined): Promise<Record<string, tf.Tensor>> {
  let where: string | Uint8Array | ArrayBuffer = source === true ? '' : source;
  if (source === true) {
    const rec = PUBLISHED_WEIGHTS[arch];
    if (!rec?.url) {
      throw new InvalidArgumentError('pretrained', `a path, URL or bytes: Paddle publishes no weights for '${arch}'`, true, arch);
    }
    // Browsers have no file cache: fetch the bytes and check them against Paddle's MD5.
    if (!node()) where = await fetchBytes(rec.url, { md5: rec.md5 ?? undefined });
    else where = await download(rec.url, 'weights', { md5: rec.md5 ?? undefined, cacheDir: cacheDir ?? defaultCacheDir() });
  }
  const bytes = await toBytes(where);
  if (isTorchZip(bytes)) {
    const name = typeof where === 'string' ? `'${where}'` : '(bytes)';
    const torch = readTorchStateDict(bytes, name);
    try {
      return torchToPaddle(model, torch, name);
    } finally {
      tf.dispose([...torch.values()]);
    }
  }
  const state = await load(bytes);
  if (state === null || typeof state !== 'object' || Array.isArray(state)) {
    throw new StateDictError('', `pretrained: the file holds ${Array.isArray(state) ? 'a list' : typeof state}, not a state dict.`);
  }
  return state as Record<string, tf.Tensor>;
}

async function toBytes(where: string | Uint8Array | ArrayBuffer): Promise<Uint8Array> {
  if (where instanceof Uint8Array) return where;
  if (where instanceof ArrayBuffer) return new Uint8Array(where);
  if (typeof where !== 'string' || where === '') throw new InvalidArgumentError('pretrained', 'true, a path, a URL or bytes', where);
  if (/^https?:\/\//.test(where)) {
    const res = await fetch(where).catch((e: Error) => {
      throw new InvalidArgumentError('pretrained', `a reachable URL (${e.message})`, where);
    });
    if (!res.ok) throw new InvalidArgumentError('pretrained', `a reachable URL (HTTP ${res.status})`, where);
    return new Uint8Array(await res.arrayBuffer());
  }
  const n = node();
  if (!n) throw new InvalidArgumentError('pretrained', 'a URL or bytes in a browser', where);
  if (!n.fs.existsSync(where)) throw new InvalidArgumentError('pretrained', 'an existing file', where);
  return new Uint8Array(n.fs.readFileSync(where));
}

/**
 * Loads `state` into `model` after checking every key the model has, in order: the first key
 * that is missing or has another shape is a {@link index!StateDictError} naming it and both shapes.
 * Keys the model does not have are ignored, as Paddle's `set_dict` does.
 * @internal
 */
export function loadChecked(model: Layer, state: Record<string, tf.Tensor>, source: string): void {
  const own = model.stateDict();
  for (const [key, param] of Object.entries(own)) {
    const t = state[key];
    if (!(t instanceof tf.Tensor)) {
      throw new StateDictError(key, `pretrained weights ${source}: key '${key}' (shape [${param.shape}]) is missing from the file.`);
    }
    if (t.shape.length !== param.shape.length || t.shape.some((d, i) => d !== param.shape[i])) {
      throw new StateDictError(key, `pretrained weights ${source}: '${key}' has shape [${t.shape}] in the file, but the model expects [${param.shape}].`);
    }
  }
  const picked: Record<string, tf.Tensor> = {};
  for (const key of Object.keys(own)) picked[key] = state[key];
  model.setStateDict(picked);
}

/**
 * Loads weights into `model` from `source` (see {@link PretrainedSource}): a Paddle `.pdparams`
 * file, or a PyTorch `torch.save` zip of the torchvision model with the same architecture (its
 * names and layouts are mapped onto Paddle's).
 *
 * @param model - a zoo network
 * @param arch - the factory name, which picks the published file for `source = true`
 * @param source - `true`, a path, a URL, or bytes
 * @returns the model
 * @throws {@link index!StateDictError} naming the first mismatching key and both shapes
 * @example
 * ```ts
 * await paddle.zoo.loadPretrained(paddle.zoo.resnet18(), 'resnet18', 'resnet18.pdparams');
 * ```
 * @category Models
 */
export async function loadPretrained<M extends Layer>(model: M, arch: string, source: PretrainedSource,
  options: Pick<PretrainedOptions, 'cacheDir'> = {}): Promise<M> {
  const state = await readSource(model, source, arch, options.cacheDir);
  try {
    loadChecked(model, state, typeof source === 'string' ? `'${source}'` : source === true ? `of ${arch}` : '(bytes)');
  } finally {
    tf.dispose(Object.values(state).filter((t) => t instanceof tf.Tensor));
  }
  return model;
}

/** The factories' tail: the model as is, or a Promise of it once `pretrained` weights are in. @internal */
export function withPretrained<M extends Layer>(model: M, arch: string, options: PretrainedOptions | undefined): M | Promise<M> {
  const source = options?.pretrained;
  if (source === undefined || source === null || source === false) return model;
  return loadPretrained(model, arch, source, options ?? {}).catch((e: unknown) => {
    model.dispose();
    throw e;
  });
}
