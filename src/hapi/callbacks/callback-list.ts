import type { Callback, CallbackModel, CallbackParams, Logs, Mode } from './callback';

/** Names of the hooks the loops call (`'onTrainBegin'`, `'onTrainBatchEnd'`, …). @category Callbacks */
export type HookName = {
  [K in keyof Callback]: K extends `on${string}` ? K : never;
}[keyof Callback];

/** Every hook of {@link Callback}, as a function of its own arguments. */
type Hooks = { [K in HookName]: (...args: Parameters<Callback[K]>) => void | Promise<void> };

const BEGIN = { train: 'onTrainBegin', eval: 'onEvalBegin', predict: 'onPredictBegin' } as const satisfies Record<Mode, HookName>;
const END = { train: 'onTrainEnd', eval: 'onEvalEnd', predict: 'onPredictEnd' } as const satisfies Record<Mode, HookName>;
const BATCH_BEGIN = { train: 'onTrainBatchBegin', eval: 'onEvalBatchBegin', predict: 'onPredictBatchBegin' } as const satisfies Record<Mode, HookName>;
const BATCH_END = { train: 'onTrainBatchEnd', eval: 'onEvalBatchEnd', predict: 'onPredictBatchEnd' } as const satisfies Record<Mode, HookName>;

/**
 * The callbacks of one run and the single place hooks are dispatched from (Paddle's
 * `CallbackList`). A hook that returns nothing costs no `await`.
 *
 * @example
 * ```ts
 * const list = new paddle.callbacks.CallbackList([new paddle.callbacks.ProgBarLogger(10, 2)]);
 * await list.onEpochBegin(0);
 * await list.dispatch('onTrainBatchEnd', 0, { loss: [0.5], batch_size: 64 });
 * ```
 * @category Callbacks
 */
export class CallbackList {
  readonly callbacks: Callback[];

  constructor(callbacks: Callback[] = []) {
    this.callbacks = [...callbacks];
  }

  setParams(params: CallbackParams): void {
    for (const c of this.callbacks) c.setParams(params);
  }

  setModel(model: CallbackModel): void {
    for (const c of this.callbacks) c.setModel(model);
  }

  /** Calls `hook` with `args` on every callback in order, awaiting those that return a promise. */
  async dispatch<K extends HookName>(hook: K, ...args: Parameters<Callback[K]>): Promise<void> {
    for (const c of this.callbacks) {
      const hooks: Hooks = c;
      const r = hooks[hook].apply(c, args);
      if (r !== undefined) await r;
    }
  }

  onBegin(mode: Mode, logs?: Logs): Promise<void> {
    return this.dispatch(BEGIN[mode], logs);
  }
  onEnd(mode: Mode, logs?: Logs): Promise<void> {
    return this.dispatch(END[mode], logs);
  }
  onEpochBegin(epoch: number, logs?: Logs): Promise<void> {
    return this.dispatch('onEpochBegin', epoch, logs);
  }
  onEpochEnd(epoch: number, logs?: Logs): Promise<void> {
    return this.dispatch('onEpochEnd', epoch, logs);
  }
  onBatchBegin(mode: Mode, step: number, logs?: Logs): Promise<void> {
    return this.dispatch(BATCH_BEGIN[mode], step, logs);
  }
  onBatchEnd(mode: Mode, step: number, logs?: Logs): Promise<void> {
    return this.dispatch(BATCH_END[mode], step, logs);
  }
}
