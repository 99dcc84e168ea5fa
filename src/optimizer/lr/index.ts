/**
 * `paddle.optimizer.lr`: learning-rate schedulers with Paddle's `lastEpoch`/`step()` semantics.
 * @module optimizer.lr
 */
export { LRScheduler, type LRSchedulerOptions, type LRSchedulerState } from './lr-scheduler';
export { StepDecay, type StepDecayOptions } from './step-decay';
export { MultiStepDecay, type MultiStepDecayOptions } from './multi-step-decay';
export { PiecewiseDecay, type PiecewiseDecayOptions } from './piecewise-decay';
export { ExponentialDecay, type ExponentialDecayOptions } from './exponential-decay';
export { NaturalExpDecay, type NaturalExpDecayOptions } from './natural-exp-decay';
export { InverseTimeDecay, type InverseTimeDecayOptions } from './inverse-time-decay';
export { PolynomialDecay, type PolynomialDecayOptions } from './polynomial-decay';
export { CosineAnnealingDecay, type CosineAnnealingDecayOptions } from './cosine-annealing-decay';
export { LinearWarmup, type LinearWarmupOptions } from './linear-warmup';
export { NoamDecay, type NoamDecayOptions } from './noam-decay';
export { LambdaDecay, type LambdaDecayOptions } from './lambda-decay';
export { MultiplicativeDecay, type MultiplicativeDecayOptions } from './multiplicative-decay';
export { ReduceOnPlateau, type ReduceOnPlateauOptions } from './reduce-on-plateau';
export { OneCycleLR, type OneCycleLROptions } from './one-cycle-lr';
export { CyclicLR, type CyclicLROptions } from './cyclic-lr';
export { LinearLR, type LinearLROptions } from './linear-lr';
export { CosineAnnealingWarmRestarts, type CosineAnnealingWarmRestartsOptions } from './cosine-annealing-warm-restarts';
