import { checkNumber, resolveArgs } from '../args';
import { LRScheduler } from './lr-scheduler';

/** Options of {@link InverseTimeDecay}. */
export interface InverseTimeDecayOptions {
  learningRate: number;
  /** Decay rate. */
  gamma: number;
  /** @defaultValue -1 */
  lastEpoch?: number;
  /** @defaultValue false */
  verbose?: boolean;
}

/**
 * `lr = baseLr / (1 + gamma * epoch)` (Paddle's `InverseTimeDecay`).
 *
 * @example
 * ```ts
 * const sched = new paddle.optimizer.lr.InverseTimeDecay(0.5, 0.1);
 * ```
 * @category Optimizer
 */
export class InverseTimeDecay extends LRScheduler {
  readonly gamma: number;

  /**
   * @param learningRate - the initial learning rate (or all options in one object)
   * @param gamma - decay rate
   * @param lastEpoch - @defaultValue -1
   * @param verbose - @defaultValue false
   * @throws {@link InvalidArgumentError} if `gamma` is not a number
   */
  constructor(learningRate: number | InverseTimeDecayOptions, gamma?: number | Partial<InverseTimeDecayOptions>, lastEpoch?: number | Partial<InverseTimeDecayOptions>, verbose?: boolean | Partial<InverseTimeDecayOptions>) {
    const o = resolveArgs<InverseTimeDecayOptions>([learningRate, gamma, lastEpoch, verbose], ['learningRate', 'gamma', 'lastEpoch', 'verbose'], 'InverseTimeDecay');
    super(o.learningRate as number, o.lastEpoch ?? -1, o.verbose ?? false);
    this.gamma = checkNumber(o.gamma, 'gamma', 'InverseTimeDecay');
  }

  getLr(): number {
    return this.baseLr / (1 + this.gamma * this.lastEpoch);
  }
}
