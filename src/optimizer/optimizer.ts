import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, ShapeMismatchError, StateDictError, UnsupportedError } from '../errors';
import { isParameter, type WeightDecayRegularizer } from '../framework/parameter';
import { checkNumber } from './args';
import { LRScheduler, type LRSchedulerState } from './lr/lr-scheduler';
import { checkLearningRate, resolveGroups, type Group, type OptimizerOptions } from './param-groups';
import { f32, ScalarCache } from './scalar-cache';

export type { Group, OptimizerOptions, ParamGroup } from './param-groups';

/** One accumulator of a parameter (Paddle's `_add_accumulator`): `init` is its fill value; `scalar` ones have shape [1] and are tracked in JS. @internal */
export interface SlotSpec {
  name: string;
  init: number;
  scalar?: boolean;
}

/** The optimizer state of one parameter. @internal */
export interface ParamState {
  vars: Record<string, tf.Variable>;
  nums: Record<string, number>;
}

/**
 * Base class of Paddle's optimizers. Each step: gradients are clipped (`gradClip`), weight
 * decay is added (a parameter's own `regularizer` wins over the group's and the optimizer's),
 * then the optimizer's rule updates each parameter with learning rate
 * `lr * group.learningRate * param.paddleAttr.learningRate` — Paddle's `_apply_optimize` order.
 * Frozen parameters (`trainable = false`) and parameters without a gradient are skipped.
 *
 * The update of one step runs in one `tf.tidy` with no read-back; accumulators are variables
 * named like Paddle's (`linear_0.w_0_moment1_0`) in {@link Optimizer.stateDict}.
 *
 * @example
 * ```ts
 * const opt = new paddle.optimizer.Adam({ learningRate: 1e-3, parameters: net.parameters() });
 * const loss = opt.minimize(() => lossFn(net.call(x), y));
 * loss.dispose();
 * ```
 * @category Optimizer
 */
export abstract class Optimizer<H extends object = Record<string, unknown>> {
  /** @internal */
  protected readonly groups: Group<H>[];
  /** @internal */
  protected readonly scalars = new ScalarCache();
  private lrValue: number | LRScheduler;
  private readonly prefix: string;
  private readonly states = new Map<tf.Variable, ParamState>();
  private steps = 0;
  private readonly client = { hasStepped: () => this.steps > 0 };

  /**
   * @param kind - the class name, for messages
   * @param opts - the common options
   * @param defaults - the optimizer-specific options resolved with Paddle's defaults
   * @param decoupled - whether `weightDecay` is the optimizer's own coefficient (AdamW, Lamb) rather than a regularizer
   */
  protected constructor(protected readonly kind: string, opts: OptimizerOptions, defaults: H, decoupled = false) {
    checkFlagsAndName(opts, kind);
    this.lrValue = checkLearningRate(opts.learningRate, kind);
    this.groups = resolveGroups(kind, opts, defaults, decoupled, (h, ctx) => this.checkHyper(h, ctx));
    this.prefix = opts.name ? `${opts.name}_` : '';
    if (this.lrValue instanceof LRScheduler) this.lrValue.attach(this.client);
  }

  /** The learning rate: a number or the scheduler given. */
  get learningRate(): number | LRScheduler {
    return this.lrValue;
  }

  /** Validates the resolved optimizer-specific options of a group (subclasses throw typed errors). @internal */
  protected checkHyper(hyper: H, _context: string): H {
    return hyper;
  }

  /** The accumulators of `p` (Paddle's `_add_accumulator` calls). @internal */
  protected abstract slots(p: tf.Variable, hyper: H): SlotSpec[];

  /**
   * Applies the rule to one parameter, inside the step's `tf.tidy`. `lr` is the float32 learning
   * rate of this parameter; `g` is clipped and regularized. @internal
   */
  protected abstract update(p: tf.Variable, g: tf.Tensor, lr: number, hyper: H, state: ParamState): void;

  /** Adds the weight-decay term to a clipped gradient (Momentum overrides it to fuse L2). @internal */
  protected regularize(p: tf.Variable, g: tf.Tensor, reg: WeightDecayRegularizer | null, _hyper: H): tf.Tensor {
    if (reg === null || reg.coeff === 0) return g;
    const c = this.scalars.get(reg.coeff);
    return tf.add(g, tf.mul(reg.kind === 'l1' ? tf.sign(p) : p, c));
  }

  /**
   * Updates the parameters from their gradients: an object keyed by parameter name (as
   * `tf.variableGrads(...).grads` returns), or `[parameter, gradient]` pairs (Paddle's
   * `params_grads`). The gradients are not disposed. tfjs keeps no `.grad` on parameters, so
   * Paddle's argument-less `step()` becomes {@link Optimizer.minimize} or `step(grads)`.
   * @param grads - gradient per parameter; parameters without one are not updated
   * @throws {@link index!InvalidArgumentError} if `grads` is missing or malformed
   * @throws {@link index!ShapeMismatchError} if a gradient's shape differs from its parameter's
   *
   * @example
   * ```ts
   * const params = net.parameters();
   * const grads = paddle.grad(() => lossFn(net.call(x), y), params);
   * opt.step(params.map((p, i) => [p, grads[i]]));
   * ```
   */
  step(grads: tf.NamedTensorMap | readonly (readonly [tf.Variable, tf.Tensor | null])[]): void {
    if (Array.isArray(grads)) {
      const named: tf.NamedTensorMap = {};
      for (const pair of grads) {
        if (!Array.isArray(pair) || !(pair[0] instanceof tf.Variable) || !(pair[1] == null || pair[1] instanceof tf.Tensor)) {
          throw new InvalidArgumentError('grads', '[parameter, gradient] pairs', pair, `${this.kind}.step`);
        }
        if (pair[1] != null) named[pair[0].name] = pair[1];
      }
      grads = named;
    }
    if (grads === null || typeof grads !== 'object') {
      throw new InvalidArgumentError(
        'grads',
        'gradients keyed by parameter name or [parameter, gradient] pairs (tfjs keeps no .grad on parameters: use opt.minimize(() => loss) or opt.step(grads))',
        grads,
        `${this.kind}.step`,
      );
    }
    const map = grads as tf.NamedTensorMap;
    const lr = Math.fround(this.getLr());
    tf.tidy(() => {
      for (const group of this.groups) {
        const ps: tf.Variable[] = [];
        const gs: tf.Tensor[] = [];
        for (const p of group.params) {
          const g = map[p.name];
          if (!p.trainable || g == null) continue;
          if (!tf.util.arraysEqual(g.shape, p.shape)) {
            throw new ShapeMismatchError(`${this.kind}.step: the gradient of '${p.name}'`, p.shape, g.shape);
          }
          ps.push(p);
          gs.push(g);
        }
        if (ps.length === 0) continue;
        const clipped = group.gradClip ? group.gradClip.clipGrads(ps, gs) : gs;
        ps.forEach((p, i) => {
          const own = isParameter(p) ? p.paddleAttr.regularizer : null;
          const g = this.regularize(p, clipped[i], own ?? group.regularizer, group.hyper);
          const factor = group.lrScale * (isParameter(p) ? p.paddleAttr.learningRate : 1);
          this.update(p, g, factor === 1 ? lr : f32.mul(lr, factor), group.hyper, this.stateOf(p, group.hyper));
        });
      }
    });
    this.steps++;
    this.scalars.sweep();
  }

  /**
   * Computes the gradients of `lossFn` with respect to the trainable parameters, applies
   * {@link Optimizer.step}, and returns the loss (Paddle's `loss.backward(); opt.step()`).
   * @param lossFn - computes the loss from the parameters; a non-scalar loss is summed
   * @returns the loss, owned by the caller
   */
  minimize(lossFn: () => tf.Tensor): tf.Scalar {
    const vars = this.groups.flatMap((g) => g.params.filter((p) => p.trainable));
    if (vars.length === 0) throw new InvalidArgumentError('parameters', 'at least one trainable parameter', 0, `${this.kind}.minimize`);
    const { value, grads } = tf.engine().gradients(lossFn, vars, undefined, true);
    const named: tf.NamedTensorMap = {};
    vars.forEach((v, i) => {
      if (grads[i] != null) named[v.name] = grads[i];
    });
    try {
      this.step(named);
    } finally {
      tf.dispose(grads.filter((g) => g != null));
    }
    return value as tf.Scalar;
  }

  /** Does nothing: gradients are not stored on parameters here (see {@link Optimizer.minimize}). Kept for Paddle code. */
  clearGrad(_setToZero = true): void {}

  /** Alias of {@link Optimizer.clearGrad} (Paddle's `clear_gradients`). */
  clearGradients(): void {}

  /** The current learning rate (the scheduler's current value if one is used). */
  getLr(): number {
    return this.lrValue instanceof LRScheduler ? this.lrValue.call() : this.lrValue;
  }

  /**
   * Sets a constant learning rate.
   * @param value - the new learning rate, >= 0
   * @throws {@link index!UnsupportedError} if the optimizer uses a scheduler (as Paddle)
   * @throws {@link index!InvalidArgumentError} if `value` is negative
   */
  setLr(value: number): void {
    if (this.lrValue instanceof LRScheduler) {
      throw new UnsupportedError(`${this.kind}.setLr: the learning rate is an LRScheduler; call scheduler.step() or use setLrScheduler().`);
    }
    this.lrValue = checkNumber(value, 'value', `${this.kind}.setLr`, { min: 0 });
  }

  /**
   * Replaces the learning rate (number or scheduler) by a scheduler.
   * @param scheduler - the new scheduler
   * @throws {@link index!InvalidArgumentError} if `scheduler` is not an `LRScheduler`
   */
  setLrScheduler(scheduler: LRScheduler): void {
    if (!(scheduler instanceof LRScheduler)) throw new InvalidArgumentError('scheduler', 'an LRScheduler', scheduler, `${this.kind}.setLrScheduler`);
    if (this.lrValue instanceof LRScheduler) this.lrValue.detach(this.client);
    this.lrValue = scheduler;
    scheduler.attach(this.client);
  }

  /**
   * The optimizer state with Paddle's keys: one live variable per accumulator
   * (`linear_0.w_0_moment1_0`, `linear_0.w_0_beta1_pow_acc_0`, …; do not dispose them) and
   * `LR_Scheduler` with the scheduler's state when one is used.
   */
  stateDict(): Record<string, tf.Tensor | LRSchedulerState> {
    const out: Record<string, tf.Tensor | LRSchedulerState> = {};
    // Paddle's order: accumulator by accumulator, then parameter by parameter.
    const names = [...new Set([...this.states.values()].flatMap((st) => Object.keys(st.vars)))];
    for (const name of names) {
      for (const [p, state] of this.states) {
        const v = state.vars[name];
        if (v === undefined) continue;
        if (name in state.nums) tf.tidy(() => v.assign(tf.tensor1d([state.nums[name]], 'float32')));
        out[this.key(p, name)] = v;
      }
    }
    if (this.lrValue instanceof LRScheduler) out.LR_Scheduler = this.lrValue.stateDict();
    return out;
  }

  /**
   * Loads a state from {@link Optimizer.stateDict} or a Paddle `.pdopt`. Values are copied.
   * Keys whose unique-name counter differs (`…_moment1_1` saved by a process that created
   * another optimizer first, Paddle issue #38065) are matched when unambiguous.
   * @param state - the saved state
   * @throws {@link index!StateDictError} for a missing `LR_Scheduler` or accumulator, or a wrong shape
   */
  setStateDict(state: Record<string, unknown>): void {
    if (state === null || typeof state !== 'object') throw new InvalidArgumentError('state', 'an object', state, `${this.kind}.setStateDict`);
    if (this.lrValue instanceof LRScheduler) {
      const s = state.LR_Scheduler;
      if (s === null || typeof s !== 'object') throw new StateDictError('LR_Scheduler', `${this.kind}.setStateDict: 'LR_Scheduler' is not found in the state dict, but the optimizer uses an LRScheduler.`);
      this.lrValue.setStateDict(s as LRSchedulerState);
    }
    const keys = Object.keys(state);
    for (const group of this.groups) {
      for (const p of group.params) {
        const specs = this.slots(p, group.hyper);
        const found = specs.map((s) => this.findKey(keys, p, s.name));
        if (found.every((k) => k === undefined)) continue;
        const st = this.stateOf(p, group.hyper);
        specs.forEach((spec, i) => {
          const key = found[i];
          if (key === undefined) throw new StateDictError(this.key(p, spec.name), `${this.kind}.setStateDict: optimizer tensor '${this.key(p, spec.name)}' is not found in the state dict.`);
          const v = st.vars[spec.name];
          const value = state[key];
          const t = value instanceof tf.Tensor ? value : typeof value === 'number' || Array.isArray(value) || ArrayBuffer.isView(value) ? null : undefined;
          if (t === undefined) throw new StateDictError(key, `${this.kind}.setStateDict: '${key}' must be a tensor or numbers, but received ${typeof value}.`);
          const loaded = t ?? tf.tensor(value as number[], undefined, 'float32');
          try {
            if (loaded.size !== v.size) throw new StateDictError(key, `${this.kind}.setStateDict: '${key}' has shape [${loaded.shape}], expected [${v.shape}].`);
            tf.tidy(() => v.assign(tf.reshape(tf.cast(loaded, 'float32'), v.shape)));
            if (spec.scalar) st.nums[spec.name] = v.dataSync()[0];
          } finally {
            if (t === null) loaded.dispose();
          }
        });
      }
    }
  }

  /** Frees every accumulator and cached constant. The optimizer must not be used afterwards. */
  dispose(): void {
    for (const st of this.states.values()) for (const v of Object.values(st.vars)) v.dispose();
    this.states.clear();
    this.scalars.dispose();
    if (this.lrValue instanceof LRScheduler) this.lrValue.detach(this.client);
  }

  /** Creates `p`'s accumulators on first use, like Paddle's lazy `_create_accumulators`. */
  private stateOf(p: tf.Variable, hyper: H): ParamState {
    let st = this.states.get(p);
    if (st === undefined) {
      st = { vars: {}, nums: {} };
      for (const spec of this.slots(p, hyper)) {
        const init = tf.fill(spec.scalar ? [1] : p.shape, spec.init, 'float32');
        st.vars[spec.name] = tf.variable(init, false);
        init.dispose();
        if (spec.scalar) st.nums[spec.name] = Math.fround(spec.init);
      }
      this.states.set(p, st);
    }
    return st;
  }

  private key(p: tf.Variable, slot: string): string {
    return `${p.name}_${this.prefix}${slot}_0`;
  }

  private findKey(keys: string[], p: tf.Variable, slot: string): string | undefined {
    const exact = this.key(p, slot);
    if (keys.includes(exact)) return exact;
    const stem = `${p.name}_${this.prefix}${slot}_`;
    const matches = keys.filter((k) => k.startsWith(stem) && /^\d+$/.test(k.slice(stem.length)));
    return matches.length === 1 ? matches[0] : undefined;
  }
}

/** Paddle's boolean switches of the optimizers; a non-boolean is a typo or a misplaced argument. */
const FLAGS = ['lazyMode', 'multiPrecision', 'useMultiTensor', 'amsgrad', 'centered', 'useNesterov', 'alwaysAdapt'];

/** Checks the switches and `name` up front, so a wrong one fails at construction, not at `step()`. */
function checkFlagsAndName(opts: OptimizerOptions, kind: string): void {
  const record = opts as Record<string, unknown>;
  for (const flag of FLAGS) {
    const value = record[flag];
    if (value !== undefined && typeof value !== 'boolean') throw new InvalidArgumentError(flag, 'a boolean', value, kind);
  }
  if (opts.name !== undefined && opts.name !== null && typeof opts.name !== 'string') {
    throw new InvalidArgumentError('name', 'a string or null', opts.name, kind);
  }
}
