import * as tf from '@tensorflow/tfjs-core';
import { nn } from 'tfjs-hapi';
import { layerHarness } from './harness';

const img = (shape: number[]) => () => tf.randomNormal(shape, 0, 1, 'float32', 3);

layerHarness('Linear', {
  make: () => new nn.Linear(7, 5), input: img([3, 7]), outputShape: [3, 5], paramCount: 40, stateKeys: ['weight', 'bias'],
});
layerHarness('Linear without bias on rank 3', {
  make: () => new nn.Linear(7, 5, { biasAttr: false }), input: img([2, 3, 7]), outputShape: [2, 3, 5], paramCount: 35, stateKeys: ['weight'],
});
layerHarness('Conv2D', {
  make: () => new nn.Conv2D(3, 4, 3, { stride: 2, padding: 'SAME' }), input: img([2, 3, 9, 11]), outputShape: [2, 4, 5, 6],
  paramCount: 4 * 3 * 9 + 4, stateKeys: ['weight', 'bias'],
});
layerHarness('Conv2D depthwise NHWC', {
  make: () => new nn.Conv2D(4, 8, 3, { padding: 1, groups: 4, dataFormat: 'NHWC' }), input: img([2, 7, 5, 4]), outputShape: [2, 7, 5, 8],
  paramCount: 8 * 9 + 8,
});
layerHarness('Conv2DTranspose', {
  make: () => new nn.Conv2DTranspose(3, 4, 3, { stride: 2, padding: 1, outputPadding: 1 }), input: img([2, 3, 5, 6]),
  outputShape: [2, 4, 10, 12], paramCount: 3 * 4 * 9 + 4,
});
layerHarness('MaxPool2D', { make: () => new nn.MaxPool2D(3, 2, 1), input: img([2, 3, 9, 11]), outputShape: [2, 3, 5, 6], paramCount: 0 });
layerHarness('AvgPool2D', { make: () => new nn.AvgPool2D(2, { ceilMode: true }), input: img([2, 3, 9, 11]), outputShape: [2, 3, 5, 6], paramCount: 0 });
layerHarness('AdaptiveAvgPool2D', { make: () => new nn.AdaptiveAvgPool2D([3, 4]), input: img([2, 3, 9, 11]), outputShape: [2, 3, 3, 4], paramCount: 0 });
layerHarness('AdaptiveMaxPool2D', { make: () => new nn.AdaptiveMaxPool2D(2), input: img([2, 3, 9, 11]), outputShape: [2, 3, 2, 2], paramCount: 0 });
layerHarness('BatchNorm2D', {
  make: () => new nn.BatchNorm2D(5), input: img([3, 5, 4, 6]), outputShape: [3, 5, 4, 6], paramCount: 20, trainableCount: 10,
  stateKeys: ['weight', 'bias', '_mean', '_variance'],
});
layerHarness('BatchNorm1D', {
  make: () => new nn.BatchNorm1D(5), input: img([4, 5, 7]), outputShape: [4, 5, 7], paramCount: 20, trainableCount: 10,
});
layerHarness('LayerNorm', { make: () => new nn.LayerNorm([4, 6]), input: img([3, 4, 6]), outputShape: [3, 4, 6], paramCount: 48 });
layerHarness('LocalResponseNorm', { make: () => new nn.LocalResponseNorm(5), input: img([2, 7, 5, 6]), outputShape: [2, 7, 5, 6], paramCount: 0 });
layerHarness('Dropout', { make: () => new nn.Dropout(0.3), input: img([4, 9]), outputShape: [4, 9], paramCount: 0 });
layerHarness('Dropout2D', { make: () => new nn.Dropout2D(0.3), input: img([2, 3, 4, 5]), outputShape: [2, 3, 4, 5], paramCount: 0 });
layerHarness('Flatten', { make: () => new nn.Flatten(), input: img([2, 3, 4, 5]), outputShape: [2, 60], paramCount: 0 });
layerHarness('Identity', { make: () => new nn.Identity(), input: img([2, 3]), outputShape: [2, 3], paramCount: 0 });
layerHarness('Pad2D', { make: () => new nn.Pad2D([1, 2, 0, 3], { mode: 'reflect' }), input: img([2, 3, 5, 6]), outputShape: [2, 3, 8, 9], paramCount: 0 });
layerHarness('Upsample', { make: () => new nn.Upsample({ scaleFactor: 2, mode: 'bilinear' }), input: img([2, 3, 4, 5]), outputShape: [2, 3, 8, 10], paramCount: 0 });
layerHarness('Embedding', {
  make: () => new nn.Embedding(10, 4, { paddingIdx: 0 }), input: () => tf.tensor2d([[1, 0, 9], [3, 3, 2]], [2, 3], 'int32'),
  outputShape: [2, 3, 4], paramCount: 40,
});
layerHarness('Sequential (LeNet features)', {
  make: () => new nn.Sequential(
    new nn.Conv2D(1, 6, 3, 1, 1), new nn.ReLU(), new nn.MaxPool2D(2, 2),
    new nn.Conv2D(6, 16, 5, 1, 0), new nn.ReLU(), new nn.MaxPool2D(2, 2),
  ),
  input: img([2, 1, 28, 28]), outputShape: [2, 16, 5, 5], paramCount: 60 + 2416,
  stateKeys: ['0.weight', '0.bias', '3.weight', '3.bias'],
});
