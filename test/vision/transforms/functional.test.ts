import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { vision } from 'tfjs-hapi';
import { warp } from '../../../src/vision/transforms/functional/warp';
import { useBackend } from '../../helpers/backend';
import { type Case, expectPixelsClose, loadFixtures, toImage } from './fixtures';

const F = vision.transforms.functional;
const fx = loadFixtures('transforms.json');
const inputs = Object.fromEntries(Object.entries(fx.inputs).map(([k, v]) => [k, toImage(v)]));

type Fn = (img: vision.HWCImage, ...args: any[]) => vision.HWCImage | tf.Tensor;
const ops: Record<string, Fn> = {
  resize: F.resize,
  crop: F.crop,
  centerCrop: F.centerCrop,
  hflip: F.hflip,
  vflip: F.vflip,
  pad: F.pad,
  rotate: F.rotate,
  affine: F.affine,
  perspective: F.perspective,
  adjustBrightness: F.adjustBrightness,
  adjustContrast: F.adjustContrast,
  adjustSaturation: F.adjustSaturation,
  adjustHue: F.adjustHue,
  toGrayscale: F.toGrayscale,
  normalize: F.normalize,
  toTensor: F.toTensor,
  erase: F.erase,
};

function run(c: Case): ArrayLike<number> {
  if (c.op === 'perspective') {
    // numpy's lstsq and our elimination agree to ~1e-14, but a pixel centre that maps exactly onto
    // the source border is decided by that last bit; sample with numpy's coefficients, and check
    // the coefficients separately.
    const [start, end, interp] = c.args as [number[][], number[][], 'nearest'];
    expectPixelsClose(F.getPerspectiveCoeffs(start as any, end as any), c.coeffs!, 1e-9, 'coeffs');
    const img = inputs[c.input];
    return warp(img, img.width, img.height, 'perspective', c.coeffs!, interp, new Array(img.channels).fill(0)).data;
  }
  const args = c.args.map((a) => (a && typeof a === 'object' && !Array.isArray(a) ? Object.fromEntries(Object.entries(a).filter(([, v]) => v !== null)) : a));
  const out = ops[c.op](inputs[c.input], ...args);
  if (out instanceof tf.Tensor) {
    expect(out.shape).toEqual(c.expected.shape);
    const v = out.dataSync();
    out.dispose();
    return v;
  }
  expect([out.height, out.width, out.channels], `${c.op} shape`).toEqual([...c.expected.shape.slice(0, 2), c.expected.shape[2] ?? 1]);
  return out.data;
}

const label = (c: Case) => `${c.op}(${c.input}, ${JSON.stringify(c.args)})`;

beforeAll(async () => {
  await useBackend('cpu');
});

describe('transforms.functional against Pillow / numpy', () => {
  const byOp = new Map<string, Case[]>();
  for (const c of fx.cases) byOp.set(c.op, [...(byOp.get(c.op) ?? []), c]);
  for (const [op, cases] of byOp) {
    it.each(cases.map((c) => [label(c), c] as const))(`${op}: %s`, (_name, c) => {
      const actual = run(c);
      const expected = toImage(c.expected).data;
      expectPixelsClose(actual, expected, c.expected.dtype === 'uint8' ? 1 : 1e-4, label(c));
    });
  }
});
