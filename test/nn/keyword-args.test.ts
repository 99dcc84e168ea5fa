import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { nn } from 'tfjs-hapi';
import { useBackend } from '../helpers/backend';
import { expectClose } from '../helpers/tensors';

const I = nn.initializer;

/** Builds a layer with the same seed, so random initial values are comparable. */
function seeded<T>(make: () => T): T {
  paddle.seed(7);
  return make();
}

/** Paddle's positional call and the same call in keyword form, with an input to run both on. */
type Case = [name: string, positional: () => nn.Layer, keyword: () => nn.Layer, input: () => tf.Tensor];

const img = (...shape: number[]) => () => tf.randomUniform(shape, -1, 1, 'float32', 3);

const CASES: Case[] = [
  ['Conv2DTranspose', () => new nn.Conv2DTranspose(4, 2, 3, 2, 1, 1),
    () => new nn.Conv2DTranspose({ inChannels: 4, outChannels: 2, kernelSize: 3, stride: 2, padding: 1, outputPadding: 1 }), img(1, 4, 5, 5)],
  ['MaxPool2D', () => new nn.MaxPool2D(3, 2, 1, false, true), () => new nn.MaxPool2D({ kernelSize: 3, stride: 2, padding: 1, ceilMode: true }), img(1, 2, 8, 8)],
  ['AvgPool2D', () => new nn.AvgPool2D(3, 2, 1, false, false), () => new nn.AvgPool2D({ kernelSize: 3, stride: 2, padding: 1, exclusive: false }), img(1, 2, 7, 7)],
  ['AdaptiveAvgPool2D', () => new nn.AdaptiveAvgPool2D([2, 3]), () => new nn.AdaptiveAvgPool2D({ outputSize: [2, 3] }), img(1, 2, 7, 7)],
  ['AdaptiveMaxPool2D', () => new nn.AdaptiveMaxPool2D(2, false), () => new nn.AdaptiveMaxPool2D({ outputSize: 2, returnMask: false }), img(1, 2, 5, 5)],
  ['BatchNorm2D', () => new nn.BatchNorm2D(4, 0.8, 1e-3), () => new nn.BatchNorm2D({ numFeatures: 4, momentum: 0.8, epsilon: 1e-3 }), img(2, 4, 3, 3)],
  ['BatchNorm1D', () => new nn.BatchNorm1D(4, 0.9, 1e-5, null, null, 'NLC'), () => new nn.BatchNorm1D({ numFeatures: 4, dataFormat: 'NLC' }), img(2, 3, 4)],
  ['LayerNorm', () => new nn.LayerNorm([3, 4], 1e-6), () => new nn.LayerNorm({ normalizedShape: [3, 4], epsilon: 1e-6 }), img(2, 3, 4)],
  ['LocalResponseNorm', () => new nn.LocalResponseNorm(3, 1e-3, 0.5, 2), () => new nn.LocalResponseNorm({ size: 3, alpha: 1e-3, beta: 0.5, k: 2 }), img(1, 4, 3, 3)],
  ['Dropout', () => new nn.Dropout(0.3, null, 'downscale_in_infer').eval(), () => new nn.Dropout({ p: 0.3, mode: 'downscale_in_infer' }).eval(), img(2, 5)],
  ['Dropout2D', () => new nn.Dropout2D(0.2, 'NHWC').eval(), () => new nn.Dropout2D({ p: 0.2, dataFormat: 'NHWC' }).eval(), img(1, 3, 3, 2)],
  ['Flatten', () => new nn.Flatten(0, 1), () => new nn.Flatten({ startAxis: 0, stopAxis: 1 }), img(2, 3, 4)],
  ['Pad2D', () => new nn.Pad2D([1, 0, 2, 1], 'reflect'), () => new nn.Pad2D({ padding: [1, 0, 2, 1], mode: 'reflect' }), img(1, 2, 4, 4)],
  ['Upsample', () => new nn.Upsample(null, 2, 'bilinear', true), () => new nn.Upsample({ scaleFactor: 2, mode: 'bilinear', alignCorners: true }), img(1, 2, 3, 3)],
  ['Embedding', () => new nn.Embedding(10, 3, 0), () => new nn.Embedding({ numEmbeddings: 10, embeddingDim: 3, paddingIdx: 0 }),
    () => tf.tensor2d([[0, 4, 9]], [1, 3], 'int32')],
  ['LeakyReLU', () => new nn.LeakyReLU(0.2), () => new nn.LeakyReLU({ negativeSlope: 0.2 }), img(2, 3)],
  ['ELU', () => new nn.ELU(0.5, 'elu'), () => new nn.ELU({ alpha: 0.5, name: 'elu' }), img(2, 3)],
  ['GELU', () => new nn.GELU(true), () => new nn.GELU({ approximate: true }), img(2, 3)],
  ['Softmax', () => new nn.Softmax(0), () => new nn.Softmax({ axis: 0 }), img(2, 3)],
  ['LogSoftmax', () => new nn.LogSoftmax(1), () => new nn.LogSoftmax({ axis: 1 }), img(2, 3)],
  ['Softplus', () => new nn.Softplus(2, 10), () => new nn.Softplus({ beta: 2, threshold: 10 }), img(2, 3)],
  ['ReLU6', () => new nn.ReLU6('r'), () => new nn.ReLU6({ name: 'r' }), img(2, 3)],
];

describe("nn layers: Paddle's keyword form", () => {
  beforeAll(() => useBackend('cpu'));

  it.each(CASES)('%s: the keyword form builds the same layer as the positional form', (_, positional, keyword, input) => {
    const a = seeded(positional);
    const b = seeded(keyword);
    expect(String(b)).toBe(String(a));
    expect(b.parameters().map((p) => p.shape)).toEqual(a.parameters().map((p) => p.shape));
    const x = input();
    const ya = a.call(x) as tf.Tensor;
    const yb = b.call(x) as tf.Tensor;
    expect(yb.shape).toEqual(ya.shape);
    expectClose(yb, ya);
    tf.dispose([x, ya, yb]);
    a.dispose();
    b.dispose();
  });

  it('losses: keyword, positional and default forms give the same loss', () => {
    const logits = tf.tensor2d([[2, 0.5, -1], [0.1, 0.2, 3]]);
    const labels = tf.tensor1d([0, 2], 'int32');
    const pos = new nn.CrossEntropyLoss(null, -100, 'sum', false, -1, true, 0.1).call(logits, labels) as tf.Tensor;
    const kw = new nn.CrossEntropyLoss({ reduction: 'sum', labelSmoothing: 0.1 }).call(logits, labels) as tf.Tensor;
    expectClose(kw, pos);
    const target = tf.tensor2d([[1, 0, 2], [0, 0, 3]]);
    const h1 = new nn.SmoothL1Loss('sum', 0.5).call(logits, target) as tf.Tensor;
    const h2 = new nn.SmoothL1Loss({ reduction: 'sum', delta: 0.5 }).call(logits, target) as tf.Tensor;
    expectClose(h2, h1);
    expect(new nn.KLDivLoss({ reduction: 'batchmean', logTarget: true }).logTarget).toBe(true);
    expect(new nn.MSELoss({ reduction: 'none' }).reduction).toBe('none');
    expect(new nn.NLLLoss({ ignoreIndex: 1, checkLabel: false }).options.checkLabel).toBe(false);
    tf.dispose([logits, labels, pos, kw, target, h1, h2]);
  });

  it('initializers, ParamAttr and gradient clips: the keyword form equals the positional one', () => {
    const draw = (init: paddle.nn.initializer.Initializer) => {
      paddle.seed(3);
      const t = init.generate([4, 5]);
      const v = Array.from(t.dataSync());
      t.dispose();
      return v;
    };
    expect(draw(new I.Normal({ mean: 0.5, std: 2 }))).toEqual(draw(new I.Normal(0.5, 2)));
    expect(draw(new I.Uniform({ low: -3, high: 1 }))).toEqual(draw(new I.Uniform(-3, 1)));
    expect(draw(new I.TruncatedNormal({ std: 0.5, b: 1 }))).toEqual(draw(new I.TruncatedNormal(0, 0.5, -2, 1)));
    expect(draw(new I.XavierUniform({ gain: 2 }))).toEqual(draw(new I.XavierUniform(null, null, 2)));
    expect(draw(new I.KaimingNormal({ negativeSlope: 0.1, nonlinearity: 'leaky_relu' }))).toEqual(draw(new I.KaimingNormal(null, 0.1, 'leaky_relu')));
    expect(draw(new I.Constant({ value: 0.25 }))).toEqual(draw(new I.Constant(0.25)));
    expect(draw(new I.Assign({ value: Array.from({ length: 20 }, (_, i) => i) }))).toEqual(draw(new I.Assign(Array.from({ length: 20 }, (_, i) => i))));

    const init = new I.Constant(1);
    const kw = new paddle.ParamAttr({ name: 'w', initializer: init, learningRate: 0.5, trainable: false, needClip: false });
    const pos = new paddle.ParamAttr('w', init, 0.5, null, false, true, false);
    expect({ ...kw }).toEqual({ ...pos });
    // A plain {kind, coeff} regularizer in its position is the value, not an options object.
    expect(new paddle.ParamAttr(null, null, 1, { kind: 'l2', coeff: 0.1 }).regularizer).toEqual({ kind: 'l2', coeff: 0.1 });

    expect({ ...new nn.ClipGradByValue({ max: 1, min: -0.5 }) }).toEqual({ ...new nn.ClipGradByValue(1, -0.5) });
    expect({ ...new nn.ClipGradByNorm({ clipNorm: 2 }) }).toEqual({ ...new nn.ClipGradByNorm(2) });
    expect({ ...new nn.ClipGradByGlobalNorm({ clipNorm: 5, groupName: 'g', autoSkipClip: true }) })
      .toEqual({ ...new nn.ClipGradByGlobalNorm(5, 'g', true) });
    expect(new nn.ClipGradByGlobalNorm(5, { autoSkipClip: true }).autoSkipClip).toBe(true);
  });

  it('an unknown key is an error naming the nearest valid one', () => {
    expect(() => new nn.MaxPool2D(2, { ceil_mode: true } as never)).toThrow(
      "nn.MaxPool2D: argument 'ceil_mode' expected one of the options 'kernelSize', 'stride', 'padding', 'returnMask', 'ceilMode', 'dataFormat' (did you mean 'ceilMode'?)",
    );
    expect(() => new nn.Dropout({ mdoe: 'downscale_in_infer' } as never)).toThrow(/nn\.Dropout: argument 'mdoe' .*did you mean 'mode'\?/);
    expect(() => new nn.CrossEntropyLoss({ ignore_index: 1 } as never)).toThrow(/did you mean 'ignoreIndex'\?/);
    expect(() => new nn.BatchNorm2D(4, { epsilom: 1e-3 } as never)).toThrow(/did you mean 'epsilon'\?/);
    expect(() => new I.Normal({ sdt: 1 } as never)).toThrow(/nn\.initializer\.Normal: argument 'sdt' .*did you mean 'std'\?/);
    expect(() => new paddle.ParamAttr({ learning_rate: 0.1 } as never)).toThrow(/did you mean 'learningRate'\?/);
    expect(() => new nn.ClipGradByGlobalNorm(1, { group_name: 'g' } as never)).toThrow(/did you mean 'groupName'\?/);
    expect(() => new nn.ReLU({ nmae: 'r' } as never)).toThrow(paddle.InvalidArgumentError);
  });

  it('a value given twice, a missing required one and too many positional ones are errors', () => {
    expect(() => new nn.MaxPool2D(2, 2, { stride: 2 } as never)).toThrow(
      "nn.MaxPool2D: argument 'stride' expected to be given once, positionally or in the options object, not both",
    );
    expect(() => new nn.Embedding(10, { numEmbeddings: 10, embeddingDim: 3 } as never)).toThrow(/'numEmbeddings' expected to be given once/);
    expect(() => new nn.MaxPool2D({ stride: 2 } as never)).toThrow(/nn\.MaxPool2D: argument 'kernelSize' expected a value \(it is required/);
    expect(() => new nn.ClipGradByNorm({} as never)).toThrow(/'clipNorm' expected a value/);
    const AnyReLU = nn.ReLU as unknown as new (...args: unknown[]) => nn.Layer;
    expect(() => new AnyReLU('a', 'b')).toThrow(/nn\.ReLU: argument 'args\[1\]' expected at most 1 positional arguments/);
  });

  it('constructors check every argument when the layer is made', () => {
    expect(() => new nn.Dropout(1.5)).toThrow("Dropout: argument 'p' expected a number in [0, 1], but received 1.5.");
    expect(() => new nn.Dropout({ mode: 'scale' as never })).toThrow(/'mode' expected 'upscale_in_train' or 'downscale_in_infer'/);
    expect(() => new nn.Dropout(0.5, 'a' as never)).toThrow(/'axis' expected an integer, a non-empty list of integers, or null/);
    expect(() => new nn.MaxPool2D(0)).toThrow(/'kernelSize' expected an integer >= 1/);
    expect(() => new nn.AvgPool2D(2, { ceilMode: 1 as never })).toThrow(/'ceilMode' expected true or false/);
    expect(() => new nn.AdaptiveAvgPool2D(0)).toThrow(/'outputSize' expected a positive integer/);
    expect(() => new nn.AdaptiveMaxPool2D([2, 'a'] as never)).toThrow(/'outputSize'/);
    expect(() => new nn.Embedding(10, 3, { sparse: 'yes' as never })).toThrow(/'sparse' expected true or false/);
    expect(() => new nn.Pad2D(1, { value: Number.NaN })).toThrow(/'value' expected a finite number/);
    expect(() => new nn.Upsample({ scaleFactor: 2, alignMode: 2 as never })).toThrow(/'alignMode' expected 0 or 1/);
    expect(() => new nn.LayerNorm(4, 0)).toThrow(/'epsilon' expected a positive number/);
    expect(() => new nn.Softmax(0.5)).toThrow(/'axis' expected an integer/);
    expect(() => new nn.BatchNorm2D(4, { useGlobalStats: 'no' as never })).toThrow(/'useGlobalStats'/);
    expect(() => new nn.ReLU(5 as never)).toThrow("nn.ReLU: argument 'name' expected a string or null, but received 5.");
    expect(() => new nn.CrossEntropyLoss({ checkLabel: 'no' as never })).toThrow(/'checkLabel' expected a boolean/);
    expect(() => new I.KaimingUniform({ fanIn: 0 })).toThrow(/'fanIn' expected a positive number or null/);
    expect(() => new I.XavierNormal({ gain: Number.POSITIVE_INFINITY })).toThrow(/'gain' expected a finite number/);
    expect(() => new paddle.ParamAttr({ trainable: 'no' as never })).toThrow(/'trainable' expected true or false/);
    expect(() => new paddle.ParamAttr({ regularizer: 0.1 as never })).toThrow(/'regularizer' expected an L1Decay or L2Decay/);
    expect(() => new nn.ClipGradByGlobalNorm(1, 2 as never)).toThrow(/'groupName' expected a string/);
  });
});
