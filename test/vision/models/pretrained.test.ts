import * as tf from '@tensorflow/tfjs-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { useBackend } from '../../helpers/backend';
import { fillFormula } from './formula';

const { zoo } = paddle;

function sameState(a: paddle.nn.Layer, b: paddle.nn.Layer): void {
  const sa = a.stateDict();
  const sb = b.stateDict();
  expect(Object.keys(sb)).toEqual(Object.keys(sa));
  for (const k of Object.keys(sa)) expect(Array.from(sb[k].dataSync()), k).toEqual(Array.from(sa[k].dataSync()));
}

describe('pretrained weights from a path, bytes and a URL', () => {
  let dir: string;
  let file: string;
  let source: paddle.nn.Layer;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    await useBackend('cpu');
    dir = mkdtempSync(join(tmpdir(), 'zoo-pretrained-'));
    file = join(dir, 'squeezenet1_1.pdparams');
    source = zoo.squeezenet1_1({ numClasses: 10 });
    fillFormula(source);
    await paddle.save(source.stateDict(), file);
    const bytes = readFileSync(file);
    server = createServer((req, res) => {
      if (req.url === '/w/squeezenet1_1.pdparams') res.end(bytes);
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/w/squeezenet1_1.pdparams`;
  });

  afterAll(() => {
    server?.close();
    source?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads a .pdparams path', async () => {
    const net = await zoo.squeezenet1_1({ numClasses: 10, pretrained: file });
    sameState(source, net);
    net.dispose();
  });

  it('loads bytes (Uint8Array and ArrayBuffer) without leaking the file tensors', async () => {
    const bytes = new Uint8Array(readFileSync(file));
    const before = tf.memory().numTensors;
    const net = await zoo.squeezenet1_1({ numClasses: 10, pretrained: bytes });
    sameState(source, net);
    net.dispose();
    expect(tf.memory().numTensors).toBe(before);
    const net2 = await zoo.squeezenet1_1({ numClasses: 10, pretrained: bytes.slice().buffer });
    sameState(source, net2);
    net2.dispose();
  });

  it('loads from a loopback URL', async () => {
    const net = await zoo.squeezenet1_1({ numClasses: 10, pretrained: url });
    sameState(source, net);
    net.dispose();
  });

  it('names the first mismatching key and both shapes', async () => {
    const p = zoo.squeezenet1_1({ numClasses: 5, pretrained: file });
    await expect(p).rejects.toBeInstanceOf(paddle.StateDictError);
    await expect(zoo.squeezenet1_1({ numClasses: 5, pretrained: file })).rejects.toThrow(
      "'_conv9.weight' has shape [10,512,1,1] in the file, but the model expects [5,512,1,1]");
    await expect(zoo.squeezenet1_0({ numClasses: 10, pretrained: file })).rejects.toThrow(
      "'_conv.weight' has shape [64,3,3,3] in the file, but the model expects [96,3,7,7]");
  });

  it('refuses pretrained: true where Paddle publishes no weights, and bad sources', async () => {
    await expect(zoo.mobilenetV2({ scale: 0.5, pretrained: true })).rejects.toThrow(/Paddle publishes no weights for 'mobilenetv2_0.5'/);
    await expect(zoo.squeezenet1_1({ pretrained: join(dir, 'nope.pdparams') })).rejects.toThrow(/an existing file/);
  });

  it('returns the model synchronously without pretrained', () => {
    const net = zoo.squeezenet1_1({ numClasses: 3, pretrained: false });
    expect(net).toBeInstanceOf(zoo.SqueezeNet);
    net.dispose();
  });
});
