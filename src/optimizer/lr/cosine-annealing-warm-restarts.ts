import { InvalidArgumentError } from '../../errors';
import { checkNumber } from '../args';
import { defineSignature, resolveArgs } from '../../framework/args';
import { LRScheduler, readNumber, type LRSchedulerState } from './lr-scheduler';

/**
 * Options of {@link CosineAnnealingWarmRestarts}: any of its arguments by name, camelCase (Paddle's `CosineAnnealingWarmRestarts(...)` keywords).
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.lr.CosineAnnealingWarmRestartsOptions = { learningRate: 0.5, t0: 10, tMult: 2 };
 * const sched = new paddle.optimizer.lr.CosineAnnealingWarmRestarts(options);
 * // the same as new paddle.optimizer.lr.CosineAnnealingWarmRestarts(0.5, 10, 2)
 * ```
 * @category Optimizer
 */
export interface CosineAnnealingWarmRestartsOptions {
  /** The maximum learning rate, eta_max. */
  learningRate: number;
  /** Epochs until the first restart, a positive integer (Paddle's `T_0`). */
  t0: number;
  /** Factor by which the period grows after each restart, an integer >= 1 (Paddle's `T_mult`). @defaultValue 1 */
  tMult?: number;
  /** The minimum learning rate. @defaultValue 0 */
  etaMin?: number;
  /** The epoch to resume from; -1 starts a new schedule. @defaultValue -1 */
  lastEpoch?: number;
  /** Print the learning rate at each update. @defaultValue false */
  verbose?: boolean;
}

/**
 * All of {@link CosineAnnealingWarmRestarts}'s arguments by name: Paddle's keyword form (the same keys as
 * {@link CosineAnnealingWarmRestartsOptions}).
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.lr.CosineAnnealingWarmRestarts(learning_rate=0.5, T_0=10)
 * new paddle.optimizer.lr.CosineAnnealingWarmRestarts({ learningRate: 0.5, t0: 10 });
 * ```
 * @category Optimizer
 */
export type CosineAnnealingWarmRestartsArgs = CosineAnnealingWarmRestartsOptions;

const SIGNATURE = defineSignature('optimizer.lr.CosineAnnealingWarmRestarts', ['learningRate', 't0', 'tMult', 'etaMin', 'lastEpoch', 'verbose'], { required: 2 });

/**
 * Cosine annealing with warm restarts, SGDR (Paddle's `CosineAnnealingWarmRestarts`):
 * `lr = etaMin + (eta_max - etaMin)(1 + cos(pi T_cur / T_i)) / 2`, restarting when `T_cur`
 * reaches `T_i`, with `T_i` multiplied by `tMult` at each restart. Difference from Paddle: the
 * state also saves `T_cur` and `T_i` (Paddle saves only `last_epoch`/`last_lr`, so a resumed
 * run restarts its cycle). See {@link https://arxiv.org/abs/1608.03983 | SGDR}.
 *
 * @example
 * ```ts
 * const sched = new paddle.optimizer.lr.CosineAnnealingWarmRestarts(0.5, 10, { tMult: 2 });
 * ```
 * @category Optimizer
 */
export class CosineAnnealingWarmRestarts extends LRScheduler {
  readonly t0: number;
  readonly tMult: number;
  readonly etaMin: number;
  /** Epochs since the last restart. */
  tCur: number;
  /** The current period. */
  tI: number;

  /**
   * @param args - every argument by name, Paddle's keyword form (see {@link CosineAnnealingWarmRestartsArgs})
   * @throws {@link index!InvalidArgumentError} if `t0` is not a positive integer or `tMult` not an integer >= 1
   */
  constructor(args: CosineAnnealingWarmRestartsArgs);
  constructor(learningRate: number, t0: number, options?: Partial<CosineAnnealingWarmRestartsOptions>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param learningRate - eta_max (or all options in one object)
   * @param t0 - epochs until the first restart
   * @param tMult - @defaultValue 1
   * @param etaMin - @defaultValue 0
   * @param lastEpoch - @defaultValue -1
   * @param verbose - @defaultValue false
   */
  constructor(learningRate: number, t0: number, tMult?: number, etaMin?: number, lastEpoch?: number, verbose?: boolean);
  constructor(...args: unknown[]) {
    const ctx = 'CosineAnnealingWarmRestarts';
    const o = resolveArgs<CosineAnnealingWarmRestartsArgs>(SIGNATURE, args);
    super(o.learningRate as number, o.lastEpoch ?? -1, o.verbose ?? false);
    this.t0 = checkNumber(o.t0, 't0', ctx, { integer: true, min: 0, minExclusive: true });
    this.tMult = checkNumber(o.tMult ?? 1, 'tMult', ctx, { integer: true, min: 1 });
    this.etaMin = checkNumber(o.etaMin ?? 0, 'etaMin', ctx);
    this.tI = this.t0;
    this.tCur = o.lastEpoch ?? -1;
  }

  getLr(): number {
    return this.etaMin + ((this.baseLr - this.etaMin) * (1 + Math.cos((Math.PI * this.tCur) / this.tI))) / 2;
  }

  /**
   * Moves to the next epoch, or to `epoch` (restarts computed in closed form).
   * @param epoch - the epoch to jump to, >= 0; by default the next one
   * @throws {@link index!InvalidArgumentError} if `epoch` is negative
   */
  override step(epoch?: number): void {
    this.beginStep(epoch);
    let e = epoch;
    if (e === undefined && this.rawEpoch() < 0) e = 0;
    if (e === undefined) {
      e = this.rawEpoch() + 1;
      this.tCur += 1;
      if (this.tCur >= this.tI) {
        this.tCur -= this.tI;
        this.tI *= this.tMult;
      }
    } else {
      if (!(typeof e === 'number' && e >= 0)) throw new InvalidArgumentError('epoch', 'a number >= 0', e, 'CosineAnnealingWarmRestarts.step');
      if (e >= this.t0) {
        if (this.tMult === 1) {
          this.tCur = e % this.t0;
        } else {
          const n = Math.floor(Math.log((e / this.t0) * (this.tMult - 1) + 1) / Math.log(this.tMult));
          this.tCur = e - (this.t0 * (this.tMult ** n - 1)) / (this.tMult - 1);
          this.tI = this.t0 * this.tMult ** n;
        }
      } else {
        this.tI = this.t0;
        this.tCur = e;
      }
    }
    this.setEpochAndLr(Math.floor(e), this.getLr());
  }

  /** Paddle's keys plus `T_cur` and `T_i` (see the class notes). */
  override stateDict(): LRSchedulerState {
    return { ...super.stateDict(), T_cur: this.tCur, T_i: this.tI };
  }

  override setStateDict(state: LRSchedulerState): void {
    super.setStateDict(state);
    if ('T_cur' in state) this.tCur = readNumber(state, 'T_cur');
    if ('T_i' in state) this.tI = readNumber(state, 'T_i');
  }
}
