import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import * as paddle from 'tfjs-hapi';
import { createVariable, type Parameter } from '../../src/framework/parameter';

/** The fixture written by test/fixtures/optimizer/gen_optimizer.py. */
export interface OptimizerCase {
  name: string;
  optimizer: string;
  options: Record<string, unknown>;
  learningRate: number;
  gradClip?: { kind: 'value' | 'norm' | 'global'; min?: number; max?: number; clipNorm?: number };
  scheduler?: { kind: 'StepDecay'; learningRate: number; stepSize: number; gamma: number };
  trajectory: Record<string, number[]>[];
}

export interface OptimizerFixture {
  x: number[][];
  y: number[][];
  init: Record<string, { shape: number[]; values: number[] }>;
  attrs: Record<string, { learningRate: number; needClip: boolean; regularizer: ['l1' | 'l2', number] | null }>;
  steps: number;
  cases: OptimizerCase[];
}

export const fixture: OptimizerFixture = JSON.parse(
  readFileSync(new URL('../fixtures/optimizer/optimizer.json', import.meta.url), 'utf8'),
);

/** The small MLP of the fixture: two weights and a bias as raw parameters, tf ops only. */
export class TinyNet {
  readonly params: Parameter[];
  readonly x: tf.Tensor2D;
  readonly y: tf.Tensor2D;

  constructor(values?: Record<string, tf.Tensor>) {
    this.x = tf.tensor2d(fixture.x);
    this.y = tf.tensor2d(fixture.y);
    this.params = Object.entries(fixture.init).map(([name, init]) => {
      const a = fixture.attrs[name];
      const reg = a.regularizer === null ? null : a.regularizer[0] === 'l1' ? new paddle.regularizer.L1Decay(a.regularizer[1]) : new paddle.regularizer.L2Decay(a.regularizer[1]);
      const value = values?.[name] ?? tf.tensor(init.values, init.shape);
      const p = createVariable(value, name, true, { learningRate: a.learningRate, needClip: a.needClip, regularizer: reg });
      if (values?.[name] === undefined) value.dispose();
      return p;
    });
  }

  loss = (): tf.Scalar => {
    const [w1, b1, w2] = this.params;
    const h = tf.tanh(tf.add(tf.matMul(this.x, w1), b1));
    return tf.mean(tf.square(tf.sub(tf.matMul(h, w2), this.y)));
  };

  snapshot(): Record<string, Float32Array> {
    return Object.fromEntries(this.params.map((p) => [p.name, p.dataSync() as Float32Array]));
  }

  dispose(): void {
    tf.dispose([this.x, this.y, ...this.params]);
  }
}

const FUNCTIONS: Record<string, unknown> = {
  'half-fc_0.w_0': (p: tf.Variable) => (p.name === 'fc_0.w_0' ? 0.5 : 1.0),
  'no-bias': (name: string) => !name.endsWith('.b_0'),
  bias: (p: tf.Variable) => p.name.endsWith('.b_0'),
};

/** Builds the optimizer (and scheduler) of a fixture case. */
export function makeOptimizer(c: OptimizerCase, params: Parameter[]): { opt: paddle.optimizer.Optimizer; sched?: paddle.optimizer.lr.StepDecay } {
  const options: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c.options)) options[k] = typeof v === 'string' ? FUNCTIONS[v] : v;
  const clip = c.gradClip;
  if (clip?.kind === 'value') options.gradClip = new paddle.nn.ClipGradByValue(clip.max as number, clip.min);
  if (clip?.kind === 'norm') options.gradClip = new paddle.nn.ClipGradByNorm(clip.clipNorm as number);
  if (clip?.kind === 'global') options.gradClip = new paddle.nn.ClipGradByGlobalNorm(clip.clipNorm as number);
  let sched: paddle.optimizer.lr.StepDecay | undefined;
  if (c.scheduler) {
    sched = new paddle.optimizer.lr.StepDecay(c.scheduler.learningRate, c.scheduler.stepSize, { gamma: c.scheduler.gamma });
    options.learningRate = sched;
  }
  const Ctor = (paddle.optimizer as unknown as Record<string, new (o: object) => paddle.optimizer.Optimizer>)[c.optimizer];
  return { opt: new Ctor({ ...options, parameters: params }), sched };
}
