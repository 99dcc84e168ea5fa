import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, StateDictError } from '../../errors';
import { checkNumber } from '../args';

/**
 * The state of a scheduler as Paddle saves it (`last_epoch`, `last_lr`, plus subclass keys).
 *
 * @example
 * ```ts
 * const sched = new paddle.optimizer.lr.StepDecay(0.5, 5);
 * sched.step();
 * const state: paddle.optimizer.lr.LRSchedulerState = sched.stateDict(); // { last_epoch: 1, last_lr: 0.5 }
 * new paddle.optimizer.lr.StepDecay(0.5, 5).setStateDict(state);
 * ```
 * @category Optimizer
 */
export type LRSchedulerState = Record<string, unknown>;

/**
 * Options every scheduler takes after its own (Paddle's `last_epoch`, `verbose`); a custom
 * {@link LRScheduler} subclass may take them as one object.
 *
 * @example
 * ```ts
 * class HalfEvery10 extends paddle.optimizer.lr.LRScheduler {
 *   getLr() { return this.baseLr * 0.5 ** Math.floor(this.lastEpoch / 10); }
 * }
 * const options: paddle.optimizer.lr.LRSchedulerOptions = { learningRate: 0.1, verbose: false };
 * new HalfEvery10(options).call(); // 0.1
 * ```
 * @category Optimizer
 */
export interface LRSchedulerOptions {
  /** The initial learning rate. @defaultValue 0.1 */
  learningRate?: number;
  /** The epoch to resume after; -1 starts from the beginning. @defaultValue -1 */
  lastEpoch?: number;
  /** Print the learning rate at each step. @defaultValue false */
  verbose?: boolean;
}

/** What a scheduler needs to know about an optimizer that uses it. @internal */
export interface SchedulerClient {
  /** Whether the optimizer has applied at least one update. */
  hasStepped(): boolean;
}

/**
 * Base class of the learning-rate schedulers in `optimizer.lr`, Paddle's `paddle.optimizer.lr.LRScheduler`.
 *
 * Like Paddle, a scheduler starts at `lastEpoch + 1` (so `0` by default) with the learning rate
 * of that epoch, and each {@link LRScheduler.step} moves one epoch on. Call `step()` after
 * `optimizer.step()`; the new rate takes effect at the optimizer's next step. A subclass
 * implements {@link LRScheduler.getLr} from `baseLr`, `lastEpoch` and `lastLr`.
 *
 * Difference from Paddle: Paddle's constructor calls `step()`, which in TypeScript would run a
 * subclass's `getLr` before the subclass constructor has set its fields. Here that first step
 * runs on first use instead (any of `call()`, `lastLr`, `lastEpoch`, `step`, `stateDict`), so
 * `verbose` prints epoch 0 then. The values are Paddle's.
 *
 * A scheduler warns once (like PyTorch; Paddle is silent) when `step()` is called before any
 * optimizer using it has stepped: that skips the first epoch's learning rate.
 *
 * @example
 * ```ts
 * class HalfEvery10 extends paddle.optimizer.lr.LRScheduler {
 *   getLr() { return this.baseLr * 0.5 ** Math.floor(this.lastEpoch / 10); }
 * }
 * const sched = new HalfEvery10(0.1);
 * sched.call(); // 0.1
 * ```
 * @category Optimizer
 */
export abstract class LRScheduler {
  /** The initial learning rate. */
  baseLr: number;
  /** Whether each step prints the new learning rate. @defaultValue false */
  verbose: boolean;
  private epoch: number;
  private lr: number;
  private started = false;
  private initializing = false;
  private warnedOrder = false;
  private readonly clients = new Set<SchedulerClient>();

  /**
   * @param learningRate - the initial learning rate, a number >= 0, or all options in one object. @defaultValue 0.1
   * @param lastEpoch - the epoch to resume after; -1 starts from the beginning. @defaultValue -1
   * @param verbose - print the learning rate at each step. @defaultValue false
   * @throws {@link index!InvalidArgumentError} if `learningRate` is negative or not a number
   */
  constructor(learningRate: number | LRSchedulerOptions = 0.1, lastEpoch = -1, verbose = false) {
    const name = new.target.name;
    if (typeof learningRate === 'object' && learningRate !== null) {
      ({ learningRate = 0.1, lastEpoch = -1, verbose = false } = learningRate);
    }
    this.baseLr = checkNumber(learningRate, 'learningRate', name, { min: 0 });
    this.epoch = checkNumber(lastEpoch, 'lastEpoch', name, { integer: true, min: -1 });
    this.lr = this.baseLr;
    this.verbose = Boolean(verbose);
  }

  /** The epoch of the current learning rate (0 right after construction). */
  get lastEpoch(): number {
    this.start();
    return this.epoch;
  }
  set lastEpoch(value: number) {
    this.start();
    this.epoch = value;
  }

  /** The current learning rate. */
  get lastLr(): number {
    this.start();
    return this.lr;
  }
  set lastLr(value: number) {
    this.start();
    this.lr = value;
  }

  /**
   * Returns the current learning rate (Paddle's `scheduler()`).
   * @returns the learning rate of the current epoch
   */
  call(): number {
    return this.lastLr;
  }

  /**
   * Moves to the next epoch, or to `epoch` if given (using the closed form where the scheduler
   * has one, as Paddle does), and updates `lastLr`.
   * @param epoch - the epoch to jump to; by default `lastEpoch + 1`
   * @throws {@link index!InvalidArgumentError} if `epoch` is not an integer
   */
  step(epoch?: number): void {
    this.beginStep(epoch);
    this.advance(epoch);
  }

  /** The learning rate at `lastEpoch`, computed from `baseLr`, `lastEpoch` and `lastLr`. */
  abstract getLr(): number;

  /**
   * The learning rate at `lastEpoch` without the recursion of {@link LRScheduler.getLr}, used by
   * `step(epoch)`. Schedulers whose `getLr` is recursive override it.
   */
  protected getClosedFormLr(): number | undefined {
    return undefined;
  }

  /**
   * The scheduler's state with Paddle's keys, e.g. `{ last_epoch: 3, last_lr: 0.05 }`.
   * @returns a plain object of numbers (and nested states)
   */
  stateDict(): LRSchedulerState {
    return { last_epoch: this.lastEpoch, last_lr: this.lastLr };
  }

  /**
   * Restores a state from {@link LRScheduler.stateDict} (or from a Paddle `.pdopt` file).
   * @param state - the saved state
   * @throws {@link index!StateDictError} if a key is missing
   */
  setStateDict(state: LRSchedulerState): void {
    this.start();
    this.epoch = readNumber(state, 'last_epoch');
    this.lr = readNumber(state, 'last_lr');
  }

  /** Registers an optimizer that uses this scheduler (for the step-order warning). @internal */
  attach(client: SchedulerClient): void {
    this.clients.add(client);
  }

  /** Unregisters an optimizer. @internal */
  detach(client: SchedulerClient): void {
    this.clients.delete(client);
  }

  /**
   * The common start of `step`: runs Paddle's constructor-time step on first use (through the
   * subclass's own `step`, as Paddle's constructor does) and the step-order check otherwise.
   */
  protected beginStep(epoch: unknown): void {
    if (!this.started) this.start();
    if (!this.initializing) this.checkOrder(epoch);
  }

  /** `lastEpoch` without triggering the first step. */
  protected rawEpoch(): number {
    return this.epoch;
  }

  /** Sets the epoch and rate from an overriding `step` and prints the verbose line. */
  protected setEpochAndLr(epoch: number, lr: number): void {
    this.epoch = epoch;
    this.lr = lr;
    this.report();
  }

  /** For schedulers whose Paddle constructor does not call `step()` (`ReduceOnPlateau`). */
  protected skipInitialStep(): void {
    this.started = true;
  }

  /** Runs Paddle's constructor-time `step()` once. */
  private start(): void {
    if (this.started) return;
    this.started = true;
    this.initializing = true;
    try {
      this.step();
    } finally {
      this.initializing = false;
    }
  }

  private advance(epoch: number | undefined): void {
    if (epoch === undefined) {
      this.epoch += 1;
      this.lr = this.getLr();
    } else {
      this.epoch = checkNumber(epoch, 'epoch', `${this.constructor.name}.step`, { integer: true });
      this.lr = this.getClosedFormLr() ?? this.getLr();
    }
    this.report();
  }

  /** Prints Paddle's verbose line. */
  protected report(): void {
    if (this.verbose) console.log(`Epoch ${this.epoch}: ${this.constructor.name} set learning rate to ${this.lr}.`);
  }

  /** Warns once when the scheduler steps before any of its optimizers (see the class notes). */
  protected checkOrder(epoch: unknown): void {
    if (epoch !== undefined || this.warnedOrder || this.clients.size === 0) return;
    if ([...this.clients].some((c) => c.hasStepped())) return;
    this.warnedOrder = true;
    console.warn(
      `${this.constructor.name}.step() was called before optimizer.step(): the first learning rate ` +
        `(${this.baseLr}) is skipped. Call optimizer.step() (or minimize) first, then scheduler.step().`,
    );
  }
}

/** Reads a numeric entry of a scheduler state or throws a {@link index!StateDictError}. @internal */
export function readNumber(state: LRSchedulerState, key: string): number {
  if (state === null || typeof state !== 'object' || !(key in state)) {
    throw new StateDictError(key, `Can't find [ ${key} ] in the learning rate scheduler's state dict.`);
  }
  let v = state[key];
  // A checkpoint read from Paddle may hold numpy scalars, decoded as one-element tensors.
  if (v instanceof tf.Tensor && v.size === 1) v = v.dataSync()[0];
  if (typeof v !== 'number') {
    throw new InvalidArgumentError(key, 'a number in the scheduler state', v, 'LRScheduler.setStateDict');
  }
  return v;
}
