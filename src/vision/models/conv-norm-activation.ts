import { BatchNorm2D } from '../../nn/layer/batch-norm';
import { Conv2D } from '../../nn/layer/conv2d';
import { Sequential } from '../../nn/layer/container/sequential';
import type { Layer } from '../../nn/layer/layer';
import { ReLU } from '../../nn/layer/activation/relu';

/**
 * Paddle's `paddle.vision.ops.ConvNormActivation` with its defaults: a Sequential of Conv2D
 * (no bias, since a norm follows), BatchNorm2D and an activation (ReLU by default; `null` for none).
 * Keys `0.weight`, `1.weight`, `1.bias`, `1._mean`, `1._variance`.
 * @internal
 */
export class ConvNormActivation extends Sequential {
  static override readonly paddleName: string = 'ConvNormActivation';
  constructor(inChannels: number, outChannels: number, kernelSize: number | [number, number] = 3, stride = 1,
    padding?: number | [number, number], groups = 1, activation: (() => Layer) | null = () => new ReLU(),
    norm: (channels: number) => Layer = (c) => new BatchNorm2D(c)) {
    const same = typeof kernelSize === 'number' ? (kernelSize - 1) >> 1 : [(kernelSize[0] - 1) >> 1, (kernelSize[1] - 1) >> 1] as [number, number];
    const layers: Layer[] = [
      new Conv2D(inChannels, outChannels, kernelSize, { stride, padding: padding ?? same, groups, biasAttr: false }),
      norm(outChannels),
    ];
    if (activation) layers.push(activation());
    super(...layers);
  }
}
