/**
 * `paddle.optimizer.lr`: learning-rate schedulers with Paddle's `lastEpoch`/`step()` semantics.
 * @module optimizer.lr
 */
export { LRScheduler, type LRSchedulerOptions, type LRSchedulerState } from './lr-scheduler';
export { StepDecay, type StepDecayOptions, type StepDecayArgs } from './step-decay';
export { MultiStepDecay, type MultiStepDecayOptions, type MultiStepDecayArgs } from './multi-step-decay';
export { PiecewiseDecay, type PiecewiseDecayOptions, type PiecewiseDecayArgs } from './piecewise-decay';
export { ExponentialDecay, type ExponentialDecayOptions, type ExponentialDecayArgs } from './exponential-decay';
export { NaturalExpDecay, type NaturalExpDecayOptions, type NaturalExpDecayArgs } from './natural-exp-decay';
export { InverseTimeDecay, type InverseTimeDecayOptions, type InverseTimeDecayArgs } from './inverse-time-decay';
export { PolynomialDecay, type PolynomialDecayOptions, type PolynomialDecayArgs } from './polynomial-decay';
export { CosineAnnealingDecay, type CosineAnnealingDecayOptions, type CosineAnnealingDecayArgs } from './cosine-annealing-decay';
export { LinearWarmup, type LinearWarmupOptions, type LinearWarmupArgs } from './linear-warmup';
export { NoamDecay, type NoamDecayOptions, type NoamDecayArgs } from './noam-decay';
export { LambdaDecay, type LambdaDecayOptions, type LambdaDecayArgs } from './lambda-decay';
export { MultiplicativeDecay, type MultiplicativeDecayOptions, type MultiplicativeDecayArgs } from './multiplicative-decay';
export { ReduceOnPlateau, type ReduceOnPlateauOptions, type ReduceOnPlateauArgs } from './reduce-on-plateau';
export { OneCycleLR, type OneCycleLROptions, type OneCycleLRArgs } from './one-cycle-lr';
export { CyclicLR, type CyclicLROptions, type CyclicLRArgs } from './cyclic-lr';
export { LinearLR, type LinearLROptions, type LinearLRArgs } from './linear-lr';
export { CosineAnnealingWarmRestarts, type CosineAnnealingWarmRestartsOptions, type CosineAnnealingWarmRestartsArgs } from './cosine-annealing-warm-restarts';
