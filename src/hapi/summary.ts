import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../errors';
import { defineSignature, resolveArgs } from '../framework/args';
import { Layer, layerTypeName } from '../nn/layer/layer';
import { Sequential } from '../nn/layer/container/sequential';
import { LayerList } from '../nn/layer/container/layer-list';
import { pyRepr, pyThousands } from '../framework/py-format';
import { defaultSink, type TextSink } from './util/output';
import { tfDtype } from '../framework/dtype';
import { InputSpec } from './input-spec';

/** One input's size: a shape (a `null`/`-1` size becomes 1) or an {@link InputSpec}. */
export type InputSize = ReadonlyArray<number | null> | InputSpec;

/** Options of {@link summary} after `net` and `inputSize`. @category hapi */
export interface SummaryOptions {
  /** Dtype per input (or one for all). @defaultValue 'float32' */
  dtypes?: string | string[] | null;
  /** Real input tensors to run instead of random ones (Paddle's `input`). */
  input?: tf.Tensor | tf.Tensor[] | null;
  /** Where the table is printed; `null` prints nothing. @defaultValue stdout */
  sink?: TextSink | null;
}

/**
 * All of {@link summary}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.summary(net=lenet, input_size=(1, 1, 28, 28))
 * paddle.summary({ net: lenet, inputSize: [1, 1, 28, 28] });
 * ```
 * @category hapi
 */
export interface SummaryArgs extends SummaryOptions {
  net: Layer;
  /** A shape (`[1, 1, 28, 28]`), an {@link InputSpec}, or one per input; may be left out with `input`. */
  inputSize?: InputSize | ReadonlyArray<InputSize> | null;
}

const SIGNATURE = defineSignature('summary', ['net', 'inputSize', 'dtypes', 'input'], { required: 1, optionOnly: ['sink'] });

/** What {@link summary} returns (Paddle's `{'total_params', 'trainable_params'}`). @category hapi */
export interface SummaryResult {
  totalParams: number;
  trainableParams: number;
  /** The printed table. */
  text: string;
}

interface Row {
  key: string;
  inputShape: string;
  outputShape: unknown;
  params: number;
  trainable: number;
}

const isNumberList = (x: unknown): x is ReadonlyArray<number | null> =>
  Array.isArray(x) && x.every((d) => d === null || typeof d === 'number');

/** Normalizes `inputSize` to a list of concrete shapes, one per input. */
function shapesOf(inputSize: InputSize | ReadonlyArray<InputSize>): number[][] {
  const one = (s: InputSize, i: number): number[] => {
    const dims = s instanceof InputSpec ? s.shape : s;
    if (!isNumberList(dims)) throw new InvalidArgumentError(`inputSize[${i}]`, 'a shape (array of numbers) or an InputSpec', s, 'summary');
    const unknown = dims.filter((d) => d === null || d === -1).length;
    if (unknown > 1) throw new InvalidArgumentError(`inputSize[${i}]`, 'at most one unknown (null or -1) dimension', dims, 'summary');
    return dims.map((d) => (d === null || d === -1 ? 1 : d));
  };
  if (inputSize instanceof InputSpec || isNumberList(inputSize)) return [one(inputSize as InputSize, 0)];
  if (!Array.isArray(inputSize) || inputSize.length === 0) {
    throw new InvalidArgumentError('inputSize', 'a shape, an InputSpec, or a list of them', inputSize, 'summary');
  }
  return (inputSize as ReadonlyArray<InputSize>).map(one);
}

function outputShape(out: unknown): unknown {
  if (out instanceof tf.Tensor) return [...out.shape];
  if (Array.isArray(out)) return out.map(outputShape);
  return [];
}

/** Σ over (nested) output shapes of the product of each innermost shape (Paddle's `np.prod(..., axis=-1)`). */
function outputElements(shape: unknown): number {
  if (!Array.isArray(shape) || shape.length === 0) return shape === undefined ? 0 : Array.isArray(shape) ? 1 : 0;
  if (shape.every((d) => typeof d === 'number')) return (shape as number[]).reduce((a, b) => a * b, 1);
  return shape.reduce((a: number, s) => a + outputElements(s), 0);
}

/** Python's `'{:^W}'.format(s)`: centred, the odd space on the right. */
function center(s: string, w: number): string {
  const pad = Math.max(0, w - s.length);
  const left = Math.floor(pad / 2);
  return ' '.repeat(left) + s + ' '.repeat(pad - left);
}

/**
 * Prints Paddle's summary table of `net` for an input of `inputSize` and returns the parameter
 * counts, like `paddle.summary`: one row per layer that ran (`Conv2D-1`, numbered from the
 * layer's unique name, as Paddle), with its input and output shapes and its own parameter count,
 * then the totals and the estimated sizes. The network runs once in eval mode on random input
 * (or on `options.input`) and is put back in its previous mode.
 *
 * Differences from Paddle: parameters that the top network owns directly (besides its
 * sublayers') count in the totals (Paddle drops them); the network's train/eval mode is restored.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link SummaryArgs})
 * @returns `{ totalParams, trainableParams, text }`
 * @throws {@link index!InvalidArgumentError} for a malformed input size
 * @example
 * ```ts
 * paddle.summary(paddle.zoo.lenet(), [1, 1, 28, 28]); // prints the table; { totalParams: 61610, trainableParams: 61610, … }
 * // Paddle: paddle.summary(net, input_size=(1, 1, 28, 28))
 * paddle.summary(paddle.zoo.lenet(), { inputSize: [1, 1, 28, 28] });
 * ```
 * @category hapi
 */
export function summary(args: SummaryArgs): SummaryResult;
export function summary(net: Layer, options?: Omit<SummaryArgs, 'net'>): SummaryResult;
export function summary(net: Layer, inputSize?: InputSize | ReadonlyArray<InputSize> | null, options?: SummaryOptions): SummaryResult;
/**
 * Positional form, in Paddle's order.
 *
 * @param net - the network
 * @param inputSize - a shape (`[1, 1, 28, 28]`), an {@link InputSpec}, or one per input
 * @param dtypes - dtype per input (or one for all), or an options object (`dtypes`, `input`, `sink`)
 * @param input - real input tensors to run instead of random ones
 */
export function summary(
  net: Layer,
  inputSize?: InputSize | ReadonlyArray<InputSize> | null,
  dtypes?: string | string[] | null,
  input?: tf.Tensor | tf.Tensor[] | null,
): SummaryResult;
export function summary(...args: unknown[]): SummaryResult {
  const opts = resolveArgs<SummaryArgs>(SIGNATURE, args);
  const { net, inputSize } = opts;
  if (!(net instanceof Layer)) throw new InvalidArgumentError('net', 'an nn.Layer', net, 'summary');
  const given = opts.input == null ? null : Array.isArray(opts.input) ? opts.input : [opts.input];
  if (given === null && (inputSize === undefined || inputSize === null)) {
    throw new InvalidArgumentError('inputSize', 'a shape or InputSpec (or options.input)', inputSize, 'summary');
  }
  const shapes = given ? given.map((t) => [...t.shape]) : shapesOf(inputSize as InputSize);
  const dtypes = Array.isArray(opts.dtypes) ? opts.dtypes : shapes.map(() => (opts.dtypes as string | undefined) ?? 'float32');

  const rows = new Map<string, Row>();
  const layers = net.sublayers(true);
  const depth = layers.length - 1;
  const hooks = layers
    .filter((l) => !(l instanceof Sequential) && !(l instanceof LayerList) && (l !== net || depth < 1))
    .map((l) =>
      l.registerForwardPostHook((layer, inputs, output) => {
        const suffix = Number(layer.fullName().split('_').pop());
        const idx = Number.isInteger(suffix) ? suffix : rows.size;
        const own = layer.parameters(false);
        rows.set(`${layerTypeName(layer)}-${idx + 1}`, {
          key: `${layerTypeName(layer)}-${idx + 1}`,
          inputShape: pyRepr(inputs.map((x) => (x instanceof tf.Tensor ? [...x.shape] : outputShape(x)))),
          outputShape: outputShape(output),
          params: own.reduce((a, p) => a + p.size, 0),
          trainable: own.filter((p) => p.trainable).reduce((a, p) => a + p.size, 0),
        });
        return undefined;
      }),
    );
  const wasTraining = net.training;
  net.eval();
  try {
    tf.tidy(() => {
      const xs = given ?? shapes.map((s, i) => tf.cast(tf.randomUniform(s), tfDtype(dtypes[i] ?? 'float32')));
      net.call(...xs);
    });
  } finally {
    for (const h of hooks) h.remove();
    if (wasTraining) net.train();
  }

  const list = [...rows.values()];
  const w = { layer: 15, input: 20, output: 20, params: 15 };
  for (const r of list) {
    w.output = Math.max(w.output, pyRepr(r.outputShape).length);
    w.input = Math.max(w.input, r.inputShape.length);
    w.layer = Math.max(w.layer, r.key.length);
    w.params = Math.max(w.params, String(r.params).length);
  }
  const tableWidth = Math.max(75, w.layer + w.input + w.output + w.params + 5);
  const line = (a: string, b: string, c: string, d: string) =>
    `${center(a, w.layer)} ${center(b, w.input)} ${center(c, w.output)} ${center(d, w.params)}`;

  const topOwn = depth >= 1 ? net.parameters(false) : [];
  let totalParams = topOwn.reduce((a, p) => a + p.size, 0);
  let trainableParams = topOwn.filter((p) => p.trainable).reduce((a, p) => a + p.size, 0);
  let totalOutput = 0;
  const out: string[] = ['-'.repeat(tableWidth), line('Layer (type)', 'Input Shape', 'Output Shape', 'Param #'), '='.repeat(tableWidth)];
  for (const r of list) {
    out.push(line(r.key, r.inputShape, pyRepr(r.outputShape), pyThousands(r.params)));
    totalParams += r.params;
    trainableParams += r.trainable;
    totalOutput += outputElements(r.outputShape);
  }
  const mb = (n: number) => Math.abs((n * 4) / 1024 ** 2);
  const inputMb = shapes.reduce((a, s) => a + mb(s.reduce((x, y) => x * y, 1)), 0);
  const fwdMb = 2 * mb(totalOutput);
  const paramsMb = mb(totalParams);
  out.push(
    '='.repeat(tableWidth),
    `Total params: ${pyThousands(totalParams)}`,
    `Trainable params: ${pyThousands(trainableParams)}`,
    `Non-trainable params: ${pyThousands(totalParams - trainableParams)}`,
    '-'.repeat(tableWidth),
    `Input size (MB): ${inputMb.toFixed(2)}`,
    `Forward/backward pass size (MB): ${fwdMb.toFixed(2)}`,
    `Params size (MB): ${paramsMb.toFixed(2)}`,
    `Estimated Total Size (MB): ${(inputMb + fwdMb + paramsMb).toFixed(2)}`,
    '-'.repeat(tableWidth),
  );
  const text = `${out.join('\n')}\n`;
  const sink = opts.sink === undefined ? defaultSink() : opts.sink;
  sink?.write(`${text}\n`);
  return { totalParams, trainableParams, text };
}
