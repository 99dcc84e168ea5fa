import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import 'tfjs-hapi';
import { isPatched, stockKernel } from '../../src/backend/kernels/patch';
import { expectKernelMatches, runStockCpu, values, type KernelCase } from './kernel-harness';

type Pad = 'same' | 'valid' | number | number[][];
type Stride = number | [number, number];
const pairOf = (v: Stride): [number, number] => (typeof v === 'number' ? [v, v] : v);

// [batch, H, W, inChannels, outChannels or multiplier, kh, kw, stride, pad, dataFormat?, dimRoundingMode?]
type ConvRow = [number, number, number, number, number, number, number, Stride, Pad, ('NHWC' | 'NCHW')?, ('ceil' | 'floor')?];
const CONV_GRID: ConvRow[] = [
  [1, 5, 5, 1, 1, 3, 3, 1, 'valid'],
  [2, 7, 9, 3, 4, 3, 3, 1, 'same'],
  [3, 8, 6, 2, 5, 3, 2, 2, 'same'],
  [2, 9, 11, 4, 3, 3, 3, 2, 'valid'],
  [2, 10, 7, 9, 2, 5, 5, 3, 'same'],
  [1, 11, 11, 3, 10, 5, 3, 3, 'valid'],
  [2, 8, 8, 10, 12, 1, 1, 2, 'same'],
  [2, 9, 7, 3, 4, 3, 3, [2, 3], 1],
  [2, 8, 9, 2, 3, 4, 3, [3, 1], [[0, 0], [1, 2], [2, 0], [0, 0]]],
  [1, 6, 13, 5, 9, 2, 4, 2, 'same'],
  [4, 12, 10, 16, 8, 3, 3, 1, 0],
  [2, 15, 13, 3, 6, 11, 11, 4, 2],
  [2, 8, 8, 2, 3, 3, 3, 2, 1, 'NHWC', 'ceil'],
  [2, 6, 5, 3, 4, 3, 3, 2, 4],
  [1, 5, 7, 2, 3, 2, 2, 1, 3],
  [2, 7, 7, 3, 4, 3, 3, 2, 'same', 'NCHW'],
  [2, 9, 8, 5, 2, 3, 2, [2, 1], [[0, 0], [0, 0], [1, 1], [0, 2]], 'NCHW'],
];

function convCases(kind: 'filter' | 'input'): KernelCase[] {
  return CONV_GRID.map(([b, h, w, ci, co, kh, kw, stride, pad, dataFormat = 'NHWC', dimRoundingMode]): KernelCase => {
    const nchw = dataFormat === 'NCHW';
    const xShape: [number, number, number, number] = nchw ? [b, ci, h, w] : [b, h, w, ci];
    const filterShape: [number, number, number, number] = [kh, kw, ci, co];
    const info = tf.backend_util.computeConv2DInfo(
      xShape, filterShape, stride, 1, pad as 'same', dimRoundingMode, false, nchw ? 'channelsFirst' : 'channelsLast');
    const label = `${kind} x${JSON.stringify(xShape)} f${JSON.stringify(filterShape)} s${JSON.stringify(stride)} pad ${JSON.stringify(pad)} ${dataFormat}${dimRoundingMode ? ` ${dimRoundingMode}` : ''}`;
    const attrs = { strides: stride, pad, dataFormat, dimRoundingMode };
    return kind === 'filter'
      ? { label, kernel: 'Conv2DBackpropFilter', inputs: { x: { shape: xShape }, dy: { shape: info.outShape } }, attrs: { ...attrs, filterShape } }
      : { label, kernel: 'Conv2DBackpropInput', inputs: { dy: { shape: info.outShape }, filter: { shape: filterShape } }, attrs: { ...attrs, inputShape: xShape } };
  });
}

// [batch, H, W, channels, multiplier, kh, kw, stride, dilation, pad]
type DepthwiseRow = [number, number, number, number, number, number, number, Stride, Stride, Pad];
const DEPTHWISE_GRID: DepthwiseRow[] = [
  [1, 5, 5, 1, 1, 3, 3, 1, 1, 'valid'],
  [2, 7, 9, 3, 2, 3, 3, 1, 1, 'same'],
  [3, 8, 6, 4, 1, 3, 2, 2, 1, 'same'],
  [2, 9, 11, 9, 2, 3, 3, 3, 1, 'valid'],
  [2, 10, 7, 2, 3, 3, 3, 1, 2, 'same'],
  [1, 11, 9, 5, 1, 3, 2, 1, [2, 3], 'valid'],
  [2, 9, 8, 3, 1, 3, 3, [2, 1], 1, 1],
  [2, 8, 9, 10, 1, 3, 3, 2, 1, [[0, 0], [1, 0], [2, 1], [0, 0]]],
  [2, 12, 12, 16, 1, 3, 3, 2, 1, 'same'],
  [1, 7, 6, 1, 4, 5, 5, 1, 1, 'same'],
  [2, 6, 5, 3, 2, 3, 3, 2, 1, 4],
];

function depthwiseCases(kind: 'filter' | 'input'): KernelCase[] {
  return DEPTHWISE_GRID.map(([b, h, w, c, m, kh, kw, stride, dilation, pad]): KernelCase => {
    const xShape: [number, number, number, number] = [b, h, w, c];
    const filterShape: [number, number, number, number] = [kh, kw, c, m];
    const info = tf.backend_util.computeConv2DInfo(xShape, filterShape, stride, dilation, pad as 'same', undefined, true);
    const label = `depthwise ${kind} x${JSON.stringify(xShape)} f${JSON.stringify(filterShape)} s${JSON.stringify(stride)} d${JSON.stringify(dilation)} pad ${JSON.stringify(pad)}`;
    const attrs = { strides: pairOf(stride), dilations: pairOf(dilation), pad };
    return kind === 'filter'
      ? { label, kernel: 'DepthwiseConv2dNativeBackpropFilter', inputs: { x: { shape: xShape }, dy: { shape: info.outShape } }, attrs: { ...attrs, filterShape } }
      : { label, kernel: 'DepthwiseConv2dNativeBackpropInput', inputs: { dy: { shape: info.outShape }, filter: { shape: filterShape } }, attrs: { ...attrs, inputShape: xShape } };
  });
}

// [aShape, bShape, transposeA, transposeB]
const MATMUL_GRID: [number[], number[], boolean, boolean][] = [
  [[1, 5, 3], [1, 5, 4], true, false],
  [[1, 3, 5], [1, 4, 5], false, true],
  [[1, 5, 3], [1, 4, 5], true, true],
  [[3, 7, 2], [3, 7, 9], true, false],
  [[2, 6, 11], [2, 10, 11], false, true],
  [[4, 9, 8], [1, 10, 9], true, true],
  [[1, 4, 6], [1, 6, 3], false, false],
  // Small left operand, big transposed right one: computed as (B·Aᵀ)ᵀ.
  [[1, 2, 16], [1, 20, 16], false, true],
  [[1, 3, 40], [1, 3, 2], true, false],
  [[3, 1, 8], [1, 30, 8], false, true],
];
const matMulCases: KernelCase[] = MATMUL_GRID.map(([a, b, transposeA, transposeB]) => ({
  label: `matMul a${JSON.stringify(a)} b${JSON.stringify(b)} tA=${transposeA} tB=${transposeB}`,
  kernel: 'BatchMatMul',
  inputs: { a: { shape: a }, b: { shape: b } },
  attrs: { transposeA, transposeB },
}));

const segmentCases: KernelCase[] = [
  { label: 'segments, float rows', kernel: 'UnsortedSegmentSum', inputs: { x: { shape: [6, 3] }, segmentIds: { shape: [6], dtype: 'int32', values: [0, 2, 0, 4, 2, 2] } }, attrs: { numSegments: 5 } },
  { label: 'segments, ids out of range are dropped', kernel: 'UnsortedSegmentSum', inputs: { x: { shape: [5, 2, 2] }, segmentIds: { shape: [5], dtype: 'int32', values: [1, -1, 3, 1, 0] } }, attrs: { numSegments: 3 } },
  { label: 'segments, many rows', kernel: 'UnsortedSegmentSum', inputs: { x: { shape: [40, 9] }, segmentIds: { shape: [40], dtype: 'int32', values: Array.from({ length: 40 }, (_, i) => (i * 7) % 11) } }, attrs: { numSegments: 11 } },
  { label: 'segments, int32 values', kernel: 'UnsortedSegmentSum', inputs: { x: { shape: [4, 2], dtype: 'int32', values: [1, 2, 3, 4, 5, 6, 7, 8] }, segmentIds: { shape: [4], dtype: 'int32', values: [1, 1, 0, 1] } }, attrs: { numSegments: 2 } },
];

/**
 * tfjs's cpu depthwise gradient kernels ignore `dilations` (tfjs never calls them with a
 * dilation, its gradient refuses one). A dilated convolution is the undilated one with zeros
 * inserted between the filter taps, so the stock kernel still gives the reference: run on the
 * zero-spread filter, and for the filter gradient keep every d-th tap.
 */
async function runStockCpuUndilated(c: KernelCase): Promise<{ shape: number[]; data: number[] }> {
  const [dh, dw] = c.attrs.dilations as [number, number];
  if (dh === 1 && dw === 1) return runStockCpu(c);
  if (c.kernel === 'DepthwiseConv2dNativeBackpropFilter') {
    const [kh, kw, ch, m] = c.attrs.filterShape as number[];
    const spread = [(kh - 1) * dh + 1, (kw - 1) * dw + 1, ch, m];
    const full = await runStockCpu({ ...c, attrs: { ...c.attrs, dilations: [1, 1], filterShape: spread } });
    const data: number[] = [];
    for (let i = 0; i < kh; i++) for (let j = 0; j < kw; j++) for (let k = 0; k < ch * m; k++) data.push(full.data[(i * dh * spread[1] + j * dw) * ch * m + k]);
    return { shape: [kh, kw, ch, m], data };
  }
  const [kh, kw, ch, m] = c.inputs.filter.shape;
  const taps = values(kh * kw * ch * m, 2);
  const spread = [(kh - 1) * dh + 1, (kw - 1) * dw + 1, ch, m];
  const filter = new Array<number>(spread.reduce((a, b) => a * b, 1)).fill(0);
  for (let i = 0; i < kh; i++) for (let j = 0; j < kw; j++) for (let k = 0; k < ch * m; k++) filter[(i * dh * spread[1] + j * dw) * ch * m + k] = taps[(i * kw + j) * ch * m + k];
  const dySize = c.inputs.dy.shape.reduce((a, b) => a * b, 1);
  return runStockCpu({
    ...c,
    inputs: { dy: { shape: c.inputs.dy.shape, values: Array.from(values(dySize, 1)) }, filter: { shape: spread, values: filter } },
    attrs: { ...c.attrs, dilations: [1, 1] },
  });
}

async function check(c: KernelCase, backends: ('cpu' | 'wasm')[]): Promise<void> {
  const expected = c.kernel.startsWith('Depthwise') ? await runStockCpuUndilated(c) : await runStockCpu(c);
  for (const b of backends) await expectKernelMatches(c, b, expected);
}

// Each case: the kernel now registered (ours) on each backend against tfjs's stock cpu kernel,
// to 1e-4, leaving no tensor or data buffer behind.
describe('Conv2DBackpropFilter on wasm and cpu matches the stock cpu kernel', () => {
  it.each(convCases('filter'))('$label', (c) => check(c, ['wasm', 'cpu']));
});
describe('Conv2DBackpropInput on wasm matches the stock cpu kernel', () => {
  it.each(convCases('input'))('$label', (c) => check(c, ['wasm']));
});
describe('DepthwiseConv2dNativeBackpropFilter on wasm matches the stock cpu kernel', () => {
  it.each(depthwiseCases('filter'))('$label', (c) => check(c, ['wasm']));
});
describe('DepthwiseConv2dNativeBackpropInput on wasm matches the stock cpu kernel', () => {
  it.each(depthwiseCases('input'))('$label', (c) => check(c, ['wasm']));
});
describe('BatchMatMul on wasm matches the stock cpu kernel (transposes, batch > 1, broadcast batch)', () => {
  it.each(matMulCases)('$label', (c) => check(c, ['wasm']));
});
describe('UnsortedSegmentSum on wasm and cpu matches the stock cpu kernel', () => {
  it.each(segmentCases)('$label', (c) => check(c, ['wasm', 'cpu']));
});

describe('kernel registration', () => {
  it('patches only the listed kernels, keeps the stock ones reachable, and does not re-wrap', () => {
    const patched = [
      ['Conv2DBackpropFilter', 'wasm'], ['Conv2DBackpropFilter', 'cpu'], ['Conv2DBackpropInput', 'wasm'], ['BatchMatMul', 'wasm'],
      ['DepthwiseConv2dNativeBackpropInput', 'wasm'], ['DepthwiseConv2dNativeBackpropFilter', 'wasm'],
      ['UnsortedSegmentSum', 'wasm'], ['UnsortedSegmentSum', 'cpu'],
    ];
    for (const [name, backend] of patched) expect(isPatched(name, backend), `${name} on ${backend}`).toBe(true);
    for (const [name, backend] of [['Conv2D', 'wasm'], ['Conv2DBackpropInput', 'cpu'], ['MatMul', 'cpu']]) {
      expect(isPatched(name, backend), `${name} on ${backend}`).toBe(false);
    }
    // tfjs has no wasm kernel for these: the stock is absent, not our own function.
    expect(stockKernel('Conv2DBackpropFilter', 'wasm')).toBeUndefined();
    expect(stockKernel('Conv2DBackpropFilter', 'cpu')?.kernelFunc).toBeTypeOf('function');
    expect(isPatched('Conv2DBackpropFilter', 'cpu') && stockKernel('Conv2DBackpropFilter', 'cpu') !== tf.getKernel('Conv2DBackpropFilter', 'cpu')).toBe(true);
  });
});
