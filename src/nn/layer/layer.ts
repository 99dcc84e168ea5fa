import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { isParameter, type Parameter } from '../../framework/parameter';
import { generateUniqueName } from '../../framework/unique-name';
import { channelsLastScope, channelsLastView, inChannelsLastScope, physicalOf, toChannelsLast } from '../functional/layout';
import { camelToSnake, indentRepr } from './layer-utils';
import { makeParameter, type CreateParameterOptions } from './make-parameter';
import { assignState, type SetStateDictOptions } from './state-dict';

export type { CreateParameterOptions } from './make-parameter';
export type { SetStateDictOptions } from './state-dict';

/** A hook run before `forward`; it may return replacement inputs (an array, or one value). */
export type ForwardPreHook = (layer: Layer, inputs: unknown[]) => unknown;
/** A hook run after `forward`; it may return a replacement output. */
export type ForwardPostHook = (layer: Layer, inputs: unknown[], output: unknown) => unknown;
/** Returned by the hook registrations; `remove()` unregisters the hook. */
export interface HookRemoveHelper {
  remove(): void;
}

/**
 * How a layer relates to the channels-last (NHWC) layout inside the channels-last scope that
 * every outermost `call` opens (tfjs's WASM convolution and pooling are NHWC-only; see
 * docs/architecture.md, "Layout protocol"):
 * - `'channelsLast'`: the layer computes in NHWC (`forwardChannelsLast`);
 * - `'any'`: element-wise, works unchanged on either layout;
 * - `'fixed'`: must see NCHW (the default); a channels-last result given to it is converted.
 */
export type LayoutKind = 'channelsLast' | 'any' | 'fixed';

/**
 * Base class of every network and layer, like Paddle's `paddle.nn.Layer`.
 *
 * Subclasses define `forward`. Sublayers (`Layer`s) and parameters ({@link Parameter}s) assigned
 * to fields register themselves in assignment order, like Paddle's `__setattr__` — so
 * `parameters()`, `stateDict()` and `summary` see them with Paddle's structured names
 * (`conv1.weight`, `features.0.bias`).
 *
 * How registration works: the constructor returns a `Proxy` of the new object whose
 * `defineProperty` trap sees every field write — both `this.fc = …` in a constructor and class
 * field initializers (`fc = new nn.Linear(2, 2)`), since an assignment through a proxy without a
 * `set` trap ends in the receiver's `[[DefineOwnProperty]]`. Assigning `null` to a registered
 * name, or `delete`, unregisters it. Consequence: do not use `#private` fields of the base
 * class through `this` (subclasses' own `#private` fields work).
 *
 * @example
 * ```ts
 * class Net extends paddle.nn.Layer {
 *   fc1 = new paddle.nn.Linear(4, 8);
 *   fc2 = new paddle.nn.Linear(8, 2);
 *   forward(x: tf.Tensor) {
 *     return this.fc2.call(paddle.nn.functional.relu(this.fc1.call(x)));
 *   }
 * }
 * const net = new Net();
 * Object.keys(net.stateDict()); // ['fc1.weight', 'fc1.bias', 'fc2.weight', 'fc2.bias']
 * const y = net.call(tf.ones([3, 4]));  // [3, 2]
 * ```
 * @category nn
 */
export abstract class Layer {
  /** Whether the layer is in training mode (`train()`) or evaluation mode (`eval()`). */
  training = true;
  private readonly _fullName: string;
  private readonly _parameters = new Map<string, Parameter>();
  private readonly _subLayers = new Map<string, Layer>();
  private readonly _buffers = new Map<string, tf.Variable>();
  private readonly _nonPersistable = new Set<string>();
  private readonly _preHooks = new Map<number, ForwardPreHook>();
  private readonly _postHooks = new Map<number, ForwardPostHook>();
  private _disposed = false;

  /**
   * @param nameScope - prefix of the layer's full name; by default the class name in snake case
   *   (`Conv2D` → `conv2d_0`, `BatchNorm2D` → `batch_norm2d_0`), as Paddle makes it
   */
  constructor(nameScope?: string) {
    this._fullName = generateUniqueName(nameScope ?? camelToSnake(paddleNameOf(new.target)));
    return new Proxy(this, { defineProperty: registerOnDefine, deleteProperty: unregisterOnDelete });
  }

  /**
   * Paddle's class name (`'Conv2D'`), as a string literal so that a minifier renaming classes
   * changes neither `fullName()` (`conv2d_0`) nor `summary`'s rows (`Conv2D-1`). Subclasses that
   * do not declare their own fall back to `constructor.name`.
   */
  static readonly paddleName?: string;

  /** The computation; called by `call`, which runs the hooks first. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- forward's parameters are the subclass's own (tensors, lists, dicts); `call` takes its types from them
  abstract forward(...inputs: any[]): any;

  /**
   * Runs the layer: forward pre-hooks, the input check, `forward`, then post-hooks (Paddle's
   * `layer(x)`). Keeps no tensor it did not create for the caller.
   * @throws ShapeMismatchError when the input does not fit the layer
   */
  call(...inputs: Parameters<this['forward']>): ReturnType<this['forward']>;
  call(...inputs: unknown[]): unknown {
    // The outermost call opens the channels-last scope; see docs/architecture.md, "Layout protocol".
    if (!inChannelsLastScope()) return channelsLastScope(() => this.callInScope(inputs));
    return this.callInScope(inputs);
  }

  private callInScope(inputs: unknown[]): unknown {
    let args: unknown[] = inputs;
    for (const hook of this._preHooks.values()) {
      const r = hook(this, args);
      if (r !== undefined) args = Array.isArray(r) ? r : [r];
    }
    this.checkInput(args);
    let out = this.forwardInLayout(args);
    for (const hook of this._postHooks.values()) {
      const r = hook(this, args, out);
      if (r !== undefined) out = r;
    }
    return out;
  }

  /**
   * `forward`, or for a layer that can compute in NHWC given a channels-last view (or, for
   * `'channelsLast'` layers, any 4-D tensor) its NHWC computation wrapped as a view.
   */
  private forwardInLayout(args: unknown[]): unknown {
    const kind = this.layoutKind();
    if (kind !== 'fixed' && args.length === 1) {
      const x = args[0];
      const nhwc = physicalOf(x);
      if (nhwc) {
        const y = this.forwardChannelsLast(nhwc);
        // An element-wise layer may hand its input back (eval-mode dropout): so is the view.
        return y === nhwc ? x : channelsLastView(y);
      }
      if (kind === 'channelsLast' && x instanceof tf.Tensor && x.rank === 4) {
        return channelsLastView(tf.tidy(() => this.forwardChannelsLast(toChannelsLast(x))));
      }
    }
    return this.forward(...args);
  }

  /**
   * Validates the inputs before `forward` runs; layers override it to throw a
   * `ShapeMismatchError` naming the layer and both shapes. Does nothing by default.
   */
  protected checkInput(_inputs: unknown[]): void {}

  /** How this layer can take part in an NHWC chain; see {@link LayoutKind}. @internal */
  layoutKind(): LayoutKind {
    return 'fixed';
  }

  /**
   * Runs the layer on an NHWC tensor and returns NHWC; `call` uses it for layers whose
   * {@link Layer.layoutKind} is not `'fixed'`, after checking the input's NCHW shape. The
   * default, for element-wise layers, is `forward` itself.
   * @internal
   */
  forwardChannelsLast(x: tf.Tensor): tf.Tensor {
    return this.forward(x) as tf.Tensor;
  }

  /** Whether forward hooks are registered. @internal */
  hasForwardHooks(): boolean {
    return this._preHooks.size > 0 || this._postHooks.size > 0;
  }

  /**
   * Paddle's `clear_gradients`: does nothing, as {@link optimizer!Optimizer.clearGrad}. tfjs keeps no
   * gradient on a variable — `optimizer.minimize` computes, applies and frees them in one step —
   * so there is nothing stored to clear; kept so that Paddle training loops port unchanged.
   * @example
   * ```ts
   * opt.minimize(() => loss(net.call(x), y));
   * net.clearGradients(); // Paddle: net.clear_gradients()
   * ```
   */
  clearGradients(_setToZero = true): void {}

  /** Registers a hook run before `forward` (Paddle's `register_forward_pre_hook`). */
  registerForwardPreHook(hook: ForwardPreHook): HookRemoveHelper {
    return addHook(this._preHooks, hook);
  }

  /** Registers a hook run after `forward` (Paddle's `register_forward_post_hook`); `summary` uses it. */
  registerForwardPostHook(hook: ForwardPostHook): HookRemoveHelper {
    return addHook(this._postHooks, hook);
  }

  /** The layer's unique full name, e.g. `'linear_0'` (Paddle's `full_name()`). */
  fullName(): string {
    return this._fullName;
  }

  /**
   * Registers `sublayer` under `name` (Paddle's `add_sublayer`) and makes it a field.
   * @returns the sublayer
   */
  addSublayer<L extends Layer>(name: string, sublayer: L): L {
    if (!(sublayer instanceof Layer)) throw new InvalidArgumentError('sublayer', 'an nn.Layer', sublayer, 'addSublayer');
    checkName(name, 'addSublayer');
    (this as Record<string, unknown>)[name] = sublayer;
    return sublayer;
  }

  /**
   * Registers `parameter` under `name` (Paddle's `add_parameter`) and makes it a field.
   * @returns the parameter
   */
  addParameter(name: string, parameter: Parameter | null): Parameter | null {
    checkName(name, 'addParameter');
    if (parameter !== null && !isParameter(parameter)) {
      throw new InvalidArgumentError('parameter', 'a Parameter (from createParameter)', parameter, 'addParameter');
    }
    (this as Record<string, unknown>)[name] = parameter;
    return parameter;
  }

  /**
   * Registers a tensor that is state but not a parameter (Paddle's `register_buffer`). The
   * tensor is copied into a non-trainable variable. Persistable buffers appear in `stateDict`.
   * @returns the variable holding the buffer
   */
  registerBuffer(name: string, tensor: tf.Tensor | null, persistable = true): tf.Variable | null {
    checkName(name, 'registerBuffer');
    this._buffers.get(name)?.dispose();
    this._buffers.delete(name);
    if (tensor === null) {
      delete (this as Record<string, unknown>)[name];
      return null;
    }
    const v = tf.variable(tensor, false, `${this._fullName}.${name}_${bufferCounter++}`);
    (this as Record<string, unknown>)[name] = v;
    this._buffers.set(name, v);
    if (persistable) this._nonPersistable.delete(name);
    else this._nonPersistable.add(name);
    return v;
  }

  /**
   * Creates a parameter with Paddle's naming (`${fullName}.w_0`, `.b_0`) and initialization
   * (Paddle's `create_parameter`). It is not registered until assigned to a field.
   * @param shape - the shape, in Paddle's layout
   * @returns the parameter, or `null` when `attr` is `false`
   */
  createParameter(shape: readonly number[], options: CreateParameterOptions = {}): Parameter | null {
    return makeParameter(shape, { ...options, prefix: this._fullName });
  }

  /** The parameters of this layer and (by default) its sublayers, in registration order, without duplicates. */
  parameters(includeSublayers = true): Parameter[] {
    return this.namedParameters('', includeSublayers).map(([, p]) => p);
  }

  /** `[structuredName, parameter]` pairs, e.g. `['features.0.weight', …]` (Paddle's `named_parameters`). */
  namedParameters(prefix = '', includeSublayers = true): [string, Parameter][] {
    const seen = new Set<Parameter>();
    const out: [string, Parameter][] = [];
    const layers: [string, Layer][] = includeSublayers ? this.namedSublayers(prefix, true) : [[prefix, this]];
    for (const [layerPrefix, layer] of layers) {
      for (const [name, p] of layer._parameters) {
        if (seen.has(p)) continue;
        seen.add(p);
        out.push([layerPrefix ? `${layerPrefix}.${name}` : name, p]);
      }
    }
    return out;
  }

  /** All sublayers, depth first, without duplicates (Paddle's `sublayers`). */
  sublayers(includeSelf = false): Layer[] {
    return this.namedSublayers('', includeSelf).map(([, l]) => l);
  }

  /** `[structuredName, layer]` pairs of all sublayers, depth first (Paddle's `named_sublayers`). */
  namedSublayers(prefix = '', includeSelf = false, seen: Set<Layer> = new Set()): [string, Layer][] {
    const out: [string, Layer][] = [];
    if (seen.has(this)) return out;
    seen.add(this);
    if (includeSelf) out.push([prefix, this]);
    for (const [name, layer] of this._subLayers) {
      out.push(...layer.namedSublayers(prefix ? `${prefix}.${name}` : name, true, seen));
    }
    return out;
  }

  /** The direct sublayers, without duplicates. */
  children(): Layer[] {
    return this.namedChildren().map(([, l]) => l);
  }

  /** `[name, layer]` pairs of the direct sublayers. */
  namedChildren(): [string, Layer][] {
    const seen = new Set<Layer>();
    const out: [string, Layer][] = [];
    for (const [name, layer] of this._subLayers) {
      if (!seen.has(layer)) out.push([name, layer]);
      seen.add(layer);
    }
    return out;
  }

  /** The registered `[name, sublayer]` entries in order, duplicates kept (containers run them). */
  protected subLayerEntries(): [string, Layer][] {
    return [...this._subLayers];
  }

  /** The buffers of this layer and (by default) its sublayers. */
  buffers(includeSublayers = true): tf.Variable[] {
    return this.namedBuffers('', includeSublayers).map(([, b]) => b);
  }

  /** `[structuredName, buffer]` pairs. */
  namedBuffers(prefix = '', includeSublayers = true): [string, tf.Variable][] {
    const seen = new Set<tf.Variable>();
    const out: [string, tf.Variable][] = [];
    const layers: [string, Layer][] = includeSublayers ? this.namedSublayers(prefix, true) : [[prefix, this]];
    for (const [layerPrefix, layer] of layers) {
      for (const [name, b] of layer._buffers) {
        if (seen.has(b)) continue;
        seen.add(b);
        out.push([layerPrefix ? `${layerPrefix}.${name}` : name, b]);
      }
    }
    return out;
  }

  /** Puts this layer and all sublayers in training mode (dropout active, BatchNorm uses batch statistics). */
  train(): this {
    for (const l of this.sublayers(true)) l.training = true;
    return this;
  }

  /** Puts this layer and all sublayers in evaluation mode. */
  eval(): this {
    for (const l of this.sublayers(true)) l.training = false;
    return this;
  }

  /**
   * The parameters and persistable buffers by structured name, with Paddle's keys and shapes
   * (`features.0.weight`, `bn._mean`). The values are the live variables, not copies.
   */
  stateDict(includeSublayers = true, structuredNamePrefix = ''): Record<string, tf.Variable> {
    const out: Record<string, tf.Variable> = {};
    this.collectState(out, structuredNamePrefix, includeSublayers);
    return out;
  }

  private collectState(out: Record<string, tf.Variable>, prefix: string, includeSublayers: boolean): void {
    for (const [name, p] of this._parameters) out[prefix + name] = p;
    for (const [name, b] of this._buffers) if (!this._nonPersistable.has(name)) out[prefix + name] = b;
    if (!includeSublayers) return;
    for (const [name, layer] of this._subLayers) layer.collectState(out, `${prefix}${name}.`, true);
  }

  /**
   * Copies values into the parameters and buffers (Paddle's `set_state_dict`). Values may be
   * tensors, typed arrays or nested arrays; the caller keeps ownership of them.
   * @param state - values by structured name
   * @returns the keys of this layer that were absent from `state`, and the keys of `state` this layer does not have
   * @throws StateDictError naming the key, for a missing key or a wrong shape (unless `strict: false`)
   */
  setStateDict(state: Record<string, tf.Tensor | tf.TensorLike>, options: SetStateDictOptions = {}):
    { missingKeys: string[]; unexpectedKeys: string[] } {
    return assignState(this.stateDict(), state, options);
  }

  /** Extra text inside this layer's `toString` parentheses, like Paddle's `extra_repr`. */
  extraRepr(): string {
    return '';
  }

  /** A readable description of the layer tree, like Paddle's `repr(layer)`. */
  toString(): string {
    const extra = this.extraRepr();
    const extraLines = extra.split('\n');
    const subLines = [...this._subLayers].map(([name, layer]) => `(${name}): ${indentRepr(layer.toString(), 2)}`);
    let s = `${layerTypeName(this)}(`;
    if (extraLines.length > 1) s += `\n  ${extraLines.join('\n  ')}\n`;
    else s += extraLines[0];
    if (subLines.length > 0) s += `\n  ${subLines.join('\n  ')}\n`;
    return `${s})`;
  }

  /** Frees the parameters and buffers of this layer and its sublayers. The layer is unusable afterwards. */
  dispose(): void {
    for (const l of this.sublayers(true)) {
      if (l._disposed) continue;
      l._disposed = true;
      for (const p of l._parameters.values()) if (!p.isDisposed) p.dispose();
      for (const b of l._buffers.values()) if (!b.isDisposed) b.dispose();
    }
  }

  /** Registration bookkeeping behind the proxy; see the class comment. @internal */
  static register(target: Layer, key: string, value: unknown): void {
    if (value instanceof Layer) {
      target._parameters.delete(key);
      target._subLayers.set(key, value);
    } else if (isParameter(value)) {
      target._subLayers.delete(key);
      target._parameters.set(key, value);
    } else if (target._buffers.has(key) && value instanceof tf.Variable) {
      // Only registerBuffer writes variables here; the map already holds it.
    } else {
      target._parameters.delete(key);
      target._subLayers.delete(key);
      if (target._buffers.has(key) && value === null) target._buffers.delete(key);
    }
  }
}

let bufferCounter = 0;

/** A layer class's Paddle name: its own static `paddleName`, else its `name`. */
function paddleNameOf(ctor: { name: string }): string {
  const own = Object.getOwnPropertyDescriptor(ctor, 'paddleName')?.value as unknown;
  return typeof own === 'string' ? own : ctor.name;
}

/**
 * The Paddle class name of a layer (`'Conv2D'`), from its class's static `paddleName`, else
 * `constructor.name` (user classes); what `summary` and `toString` show.
 */
export function layerTypeName(layer: Layer): string {
  return paddleNameOf(layer.constructor);
}

function registerOnDefine(target: Layer, key: string | symbol, desc: PropertyDescriptor): boolean {
  if (typeof key === 'string' && 'value' in desc) Layer.register(target, key, desc.value);
  return Reflect.defineProperty(target, key, desc);
}

function unregisterOnDelete(target: Layer, key: string | symbol): boolean {
  if (typeof key === 'string') Layer.register(target, key, undefined);
  return Reflect.deleteProperty(target, key);
}

function addHook<H>(hooks: Map<number, H>, hook: H): HookRemoveHelper {
  if (typeof hook !== 'function') throw new InvalidArgumentError('hook', 'a function', hook, 'registerForwardHook');
  const id = hookCounter++;
  hooks.set(id, hook);
  return { remove: () => void hooks.delete(id) };
}
let hookCounter = 0;

function checkName(name: string, where: string): void {
  if (typeof name !== 'string' || name === '' || name.includes('.')) {
    throw new InvalidArgumentError('name', 'a non-empty string without "."', name, where);
  }
}
