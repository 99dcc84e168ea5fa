import { InvalidArgumentError } from '../../errors';
import { Callback, monitoredValue, type Logs } from './callback';
import { checkCallbackArgs } from './check-args';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Options of {@link LRScheduler}. @category Callbacks */
export interface LRSchedulerOptions {
  /** Step the scheduler after every training batch. @defaultValue true */
  byStep?: boolean;
  /** Step the scheduler after every epoch. @defaultValue false */
  byEpoch?: boolean;
  /** For a `ReduceOnPlateau` scheduler: the log value it watches. @defaultValue 'loss' */
  monitor?: string;
}

/**
 * All of {@link LRScheduler}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: callbacks.LRScheduler(by_step=False, by_epoch=True)
 * await model.fit(train, undefined, { epochs: 6, callbacks: [new paddle.callbacks.LRScheduler({ byStep: false, byEpoch: true })] });
 * ```
 * @category Callbacks
 */
export type LRSchedulerArgs = LRSchedulerOptions;

const SIGNATURE = defineSignature('callbacks.LRScheduler', ['byStep', 'byEpoch'], { optionOnly: ['monitor'] });

interface Scheduler {
  step(...args: unknown[]): void;
}

/** A `ReduceOnPlateau` scheduler: its `step` needs the watched value (Paddle's `step(metrics)`). */
function isPlateau(s: Scheduler): boolean {
  const c = (s as { constructor?: { name?: string } }).constructor;
  for (let p = c; p && p !== Object; p = Object.getPrototypeOf(p)) {
    if (p.name === 'ReduceOnPlateau') return true;
  }
  return false;
}

/**
 * Steps the optimizer's learning-rate scheduler from inside `fit`, like Paddle's
 * `callbacks.LRScheduler`: after every batch (`byStep`, the default) or every epoch (`byEpoch`).
 * `fit` adds one when none is given.
 *
 * Difference from Paddle: a `ReduceOnPlateau` scheduler is stepped once per epoch with the
 * watched value (`monitor`, from the evaluation logs when the epoch was evaluated, otherwise
 * from the epoch's last training logs). Paddle calls its `step()` without the value and crashes
 * (Paddle issue #40436).
 *
 * @example
 * ```ts
 * const lr = new paddle.optimizer.lr.StepDecay({ learningRate: 0.1, stepSize: 2 });
 * // Paddle: callbacks.LRScheduler(by_step=False, by_epoch=True)
 * await model.fit(train, undefined, { epochs: 6, callbacks: [new paddle.callbacks.LRScheduler({ byStep: false, byEpoch: true })] });
 * ```
 * @category Callbacks
 */
export class LRScheduler extends Callback {
  readonly byStep: boolean;
  readonly byEpoch: boolean;
  readonly monitor: string;
  private pending: number | undefined;

  constructor(args: LRSchedulerArgs);
  /**
   * @param byStep - step after every batch
   * @param byEpoch - step per epoch
   * @throws {@link index!InvalidArgumentError} if both `byStep` and `byEpoch` are true
   */
  constructor(byStep?: boolean, byEpoch?: boolean);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<LRSchedulerArgs>(SIGNATURE, args);
    const c = checkCallbackArgs('LRScheduler');
    this.byEpoch = c.boolean(o.byEpoch ?? false, 'byEpoch');
    this.byStep = c.boolean(o.byStep ?? !this.byEpoch, 'byStep');
    if (this.byStep && this.byEpoch) throw new InvalidArgumentError('byStep', 'to be false when byEpoch is true (they are mutually exclusive)', true, 'LRScheduler');
    this.monitor = c.string(o.monitor ?? 'loss', 'monitor');
  }

  private scheduler(): Scheduler | null {
    const lr = this.model?.optimizer?.learningRate;
    return lr !== undefined && typeof lr === 'object' && lr !== null && typeof (lr as Scheduler).step === 'function' ? (lr as Scheduler) : null;
  }

  override onTrainBegin(): void {
    this.pending = undefined;
  }

  override onEpochBegin(_epoch: number): void {
    this.flushPlateau();
  }

  override onTrainBatchEnd(_step: number, _logs?: Logs): void {
    const s = this.scheduler();
    if (this.byStep && s && !isPlateau(s)) s.step();
  }

  override onEpochEnd(_epoch: number, logs?: Logs): void {
    const s = this.scheduler();
    if (!s) return;
    if (isPlateau(s)) this.pending = monitoredValue(logs, this.monitor);
    else if (this.byEpoch) s.step();
  }

  override onEvalEnd(logs?: Logs): void {
    const s = this.scheduler();
    if (!s || !isPlateau(s) || this.model === null) return;
    const v = monitoredValue(logs, this.monitor);
    if (v !== undefined) {
      s.step(v);
      this.pending = undefined;
    }
  }

  override onTrainEnd(): void {
    this.flushPlateau();
  }

  private flushPlateau(): void {
    const s = this.scheduler();
    if (s && isPlateau(s) && this.pending !== undefined) s.step(this.pending);
    this.pending = undefined;
  }
}
