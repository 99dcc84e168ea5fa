import { defineSignature, resolveArgs } from '../../framework/args';
import type * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { Layer } from '../../nn/layer/layer';
import { Sequential } from '../../nn/layer/container/sequential';
import { Conv2D } from '../../nn/layer/conv2d';
import { Linear } from '../../nn/layer/linear';
import { MaxPool2D } from '../../nn/layer/pooling';
import { ReLU } from '../../nn/layer/activation/relu';
import { flatten } from '../../nn/functional/common';

const LENET = defineSignature('vision.models.LeNet', ['numClasses']);

/** Options of {@link LeNet} and {@link lenet}. @category Models */
export interface LeNetOptions {
  /** Output classes; 0 or less drops the classifier and returns the features. @defaultValue 10 */
  numClasses?: number;
}

/**
 * Paddle's `paddle.vision.models.LeNet`, layer for layer: `features` = Conv2D(1, 6, 3, padding 1),
 * ReLU, MaxPool2D(2, 2), Conv2D(6, 16, 5), ReLU, MaxPool2D(2, 2); then, when `numClasses > 0`,
 * `fc` = Linear(400, 120), Linear(120, 84), Linear(84, numClasses) — with no activation between
 * the Linears and no softmax, as Paddle's. 61,610 parameters for 10 classes. Input `[N, 1, 28, 28]`.
 *
 * @example
 * ```ts
 * const net = new paddle.vision.models.LeNet();
 * net.call(tf.zeros([2, 1, 28, 28])).shape; // [2, 10]
 * ```
 * @category Models
 */
export class LeNet extends Layer {
  static override readonly paddleName: string = 'LeNet';
  readonly numClasses: number;
  readonly features: Sequential;
  readonly fc: Sequential | null = null;

  /**
   * Paddle's `LeNet(num_classes=10)`: `new LeNet(100)` ≡ `new LeNet({ numClasses: 100 })`.
   * @throws {@link index!InvalidArgumentError} for a non-integer `numClasses` or an unknown option
   */
  constructor(options?: LeNetOptions);
  constructor(numClasses?: number);
  constructor(...args: unknown[]) {
    super();
    const n = resolveArgs<LeNetOptions>(LENET, args).numClasses ?? 10;
    if (!Number.isInteger(n)) throw new InvalidArgumentError('numClasses', 'an integer', n, 'vision.models.LeNet');
    this.numClasses = n;
    this.features = new Sequential(
      new Conv2D(1, 6, 3, { stride: 1, padding: 1 }),
      new ReLU(),
      new MaxPool2D(2, 2),
      new Conv2D(6, 16, 5, { stride: 1, padding: 0 }),
      new ReLU(),
      new MaxPool2D(2, 2),
    );
    if (n > 0) this.fc = new Sequential(new Linear(400, 120), new Linear(120, 84), new Linear(84, n));
  }

  /** @param inputs - images `[N, 1, 28, 28]` */
  forward(inputs: tf.Tensor): tf.Tensor {
    let x = this.features.call(inputs);
    if (this.fc) x = this.fc.call(flatten(x, 1));
    return x;
  }
}

/**
 * Builds a {@link LeNet} (Paddle has only the class; the factory matches the other zoo models).
 * LeNet has no published weights, so `pretrained` is not an option.
 * @param options - `numClasses`
 * @example
 * ```ts
 * const model = new paddle.Model(paddle.zoo.lenet({ numClasses: 10 }));
 * ```
 * @category Models
 */
export function lenet(options: LeNetOptions = {}): LeNet {
  return new LeNet(options);
}
