import { checkNumber } from '../args';
import { defineSignature, resolveArgs } from '../../framework/args';
import { LRScheduler } from './lr-scheduler';

/**
 * Options of {@link CosineAnnealingDecay}: any of its arguments by name, camelCase (Paddle's `CosineAnnealingDecay(...)` keywords).
 *
 * @example
 * ```ts
 * const options: paddle.optimizer.lr.CosineAnnealingDecayOptions = { learningRate: 0.5, tMax: 10 };
 * const sched = new paddle.optimizer.lr.CosineAnnealingDecay(options);
 * // the same as new paddle.optimizer.lr.CosineAnnealingDecay(0.5, 10)
 * ```
 * @category Optimizer
 */
export interface CosineAnnealingDecayOptions {
  /** The maximum learning rate, eta_max. */
  learningRate: number;
  /** Half period in epochs, a positive integer. */
  tMax: number;
  /** The minimum learning rate. @defaultValue 0 */
  etaMin?: number;
  /** The epoch to resume from; -1 starts a new schedule. @defaultValue -1 */
  lastEpoch?: number;
  /** Print the learning rate at each update. @defaultValue false */
  verbose?: boolean;
}

/**
 * All of {@link CosineAnnealingDecay}'s arguments by name: Paddle's keyword form (the same keys as
 * {@link CosineAnnealingDecayOptions}).
 *
 * @example
 * ```ts
 * // Paddle: paddle.optimizer.lr.CosineAnnealingDecay(learning_rate=0.5, T_max=10)
 * new paddle.optimizer.lr.CosineAnnealingDecay({ learningRate: 0.5, tMax: 10 });
 * ```
 * @category Optimizer
 */
export type CosineAnnealingDecayArgs = CosineAnnealingDecayOptions;

const SIGNATURE = defineSignature('optimizer.lr.CosineAnnealingDecay', ['learningRate', 'tMax', 'etaMin', 'lastEpoch', 'verbose'], { required: 2 });

/**
 * Cosine annealing from `learningRate` to `etaMin` over `tMax` epochs and back (SGDR without
 * restarts), computed with Paddle's recursive form: each `step()` rescales the previous rate,
 * and at `T_cur = (2k+1) tMax` adds `(eta_max - eta_min)(1 - cos(pi / tMax)) / 2`. This is what
 * Paddle (and PyTorch) return step by step; `step(epoch)` uses the closed form
 * `eta_min + (eta_max - eta_min)(1 + cos(pi epoch / tMax)) / 2`. The two agree up to rounding.
 * See {@link https://arxiv.org/abs/1608.03983 | SGDR}.
 *
 * @example
 * ```ts
 * const sched = new paddle.optimizer.lr.CosineAnnealingDecay(0.5, 10);
 * ```
 * @category Optimizer
 */
export class CosineAnnealingDecay extends LRScheduler {
  readonly tMax: number;
  readonly etaMin: number;

  /**
   * @param args - every argument by name, Paddle's keyword form (see {@link CosineAnnealingDecayArgs})
   * @throws {@link index!InvalidArgumentError} if `tMax` is not a positive integer
   */
  constructor(args: CosineAnnealingDecayArgs);
  constructor(learningRate: number, tMax: number, options?: Partial<CosineAnnealingDecayOptions>);
  /**
   * Positional form, in Paddle's order.
   *
   * @param learningRate - eta_max (or all options in one object)
   * @param tMax - half period in epochs
   * @param etaMin - @defaultValue 0
   * @param lastEpoch - @defaultValue -1
   * @param verbose - @defaultValue false
   */
  constructor(learningRate: number, tMax: number, etaMin?: number, lastEpoch?: number, verbose?: boolean);
  constructor(...args: unknown[]) {
    const o = resolveArgs<CosineAnnealingDecayArgs>(SIGNATURE, args);
    super(o.learningRate as number, o.lastEpoch ?? -1, o.verbose ?? false);
    this.tMax = checkNumber(o.tMax, 'tMax', 'CosineAnnealingDecay', { integer: true, min: 0, minExclusive: true });
    this.etaMin = checkNumber(o.etaMin ?? 0, 'etaMin', 'CosineAnnealingDecay');
  }

  getLr(): number {
    const e = this.lastEpoch;
    const T = this.tMax;
    if (e === 0) return this.baseLr;
    if (pyMod(e - 1 - T, 2 * T) === 0) {
      return this.lastLr + ((this.baseLr - this.etaMin) * (1 - Math.cos(Math.PI / T))) / 2;
    }
    return ((1 + Math.cos((Math.PI * e) / T)) / (1 + Math.cos((Math.PI * (e - 1)) / T))) * (this.lastLr - this.etaMin) + this.etaMin;
  }

  protected override getClosedFormLr(): number {
    return this.etaMin + ((this.baseLr - this.etaMin) * (1 + Math.cos((Math.PI * this.lastEpoch) / this.tMax))) / 2;
  }
}

/** Python's `%` (the result has the divisor's sign). */
function pyMod(a: number, b: number): number {
  return ((a % b) + b) % b;
}
