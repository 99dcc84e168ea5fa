import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { useBackend } from '../../helpers/backend';
import { countParams } from './formula';

// Paddle's totals, computed independently by make_fixtures.py (torchvision counts plus BatchNorm
// statistics, or arithmetic from Paddle's source where torchvision has no such model).
const expected = JSON.parse(readFileSync(new URL('../../fixtures/models/param-counts.json', import.meta.url), 'utf8')) as Record<string, number>;
const { zoo } = paddle;

// Built here with 1000 classes: every model up to ~12M parameters (the larger ones cost seconds
// each just to initialize; their families are covered by these and by logits.test.ts).
const BUILD: [string, () => paddle.nn.Layer][] = [
  ['resnet18', () => zoo.resnet18()],
  ['mobilenet_v1', () => zoo.mobilenetV1()],
  ['mobilenet_v1_x0.25', () => zoo.mobilenetV1({ scale: 0.25 })],
  ['mobilenet_v2', () => zoo.mobilenetV2()],
  ['mobilenet_v2_x0.5', () => zoo.mobilenetV2({ scale: 0.5 })],
  ['mobilenet_v3_small', () => zoo.mobilenetV3Small()],
  ['mobilenet_v3_small_x0.5', () => zoo.mobilenetV3Small({ scale: 0.5 })],
  ['mobilenet_v3_large', () => zoo.mobilenetV3Large()],
  ['googlenet', () => zoo.googlenet()],
  ['densenet121', () => zoo.densenet121()],
  ['squeezenet1_0', () => zoo.squeezenet1_0()],
  ['squeezenet1_1', () => zoo.squeezenet1_1()],
  ['shufflenet_v2_x0_25', () => zoo.shufflenetV2X0_25()],
  ['shufflenet_v2_x0_33', () => zoo.shufflenetV2X0_33()],
  ['shufflenet_v2_x0_5', () => zoo.shufflenetV2X0_5()],
  ['shufflenet_v2_x1_0', () => zoo.shufflenetV2X1_0()],
  ['shufflenet_v2_x1_5', () => zoo.shufflenetV2X1_5()],
  ['shufflenet_v2_x2_0', () => zoo.shufflenetV2X2_0()],
  ['shufflenet_v2_x1_0', () => zoo.shufflenetV2Swish()],
];

describe('zoo parameter counts (Paddle summary totals)', () => {
  beforeAll(() => useBackend('cpu'));

  for (const [name, build] of BUILD) {
    it(name, () => {
      const net = build();
      try {
        expect(countParams(net)).toBe(expected[name]);
      } finally {
        net.dispose();
      }
    });
  }

  it('records every published file with the count computed from the architecture', () => {
    const checked = Object.entries(zoo.PUBLISHED_WEIGHTS).filter(([arch]) => arch in expected);
    expect(checked.length).toBeGreaterThan(20);
    for (const [arch, rec] of checked) expect([arch, rec.numParams]).toEqual([arch, expected[arch]]);
    const renamed: Record<string, string> = {
      'mobilenetv2_1.0': 'mobilenet_v2', 'mobilenetv1_1.0': 'mobilenet_v1', 'mobilenet_v3_small_x1.0': 'mobilenet_v3_small',
      'mobilenet_v3_large_x1.0': 'mobilenet_v3_large', shufflenet_v2_swish: 'shufflenet_v2_x1_0',
    };
    for (const [arch, name] of Object.entries(renamed)) expect(zoo.PUBLISHED_WEIGHTS[arch].numParams, arch).toBe(expected[name]);
    expect(expected.alexnet_100).toBe(57_413_540);
  });

  it('is the same object as vision.models', () => {
    expect(paddle.zoo).toBe(paddle.vision.models);
  });
});
