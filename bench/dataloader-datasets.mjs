// Datasets for bench/dataloader.mjs. Worker threads rebuild them from their workerSpec, which
// points at this module, so it holds only the datasets (no benchmark code runs on import).
// HAPI_DIST points at another build (default: ../dist).
const dist = new URL('index.js', process.env.HAPI_DIST ? new URL(`${process.env.HAPI_DIST.replace(/\/?$/, '/')}`, `file://${process.cwd()}/`) : new URL('../dist/', import.meta.url));
const { io, vision, Generator } = await import(dist.href);

const { transforms: T } = vision;

/** Deterministic pseudo-random bytes. */
function bytes(n, seed) {
  const g = new Generator(seed);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i += 4) {
    const v = g.nextUint32();
    out[i] = v & 255;
    out[i + 1] = (v >>> 8) & 255;
    out[i + 2] = (v >>> 16) & 255;
    out[i + 3] = v >>> 24;
  }
  return out;
}

/** MNIST-shaped: n grayscale 28×28 uint8 images → ToTensor + Normalize(0.5, 0.5); int labels. */
export class MnistLike extends io.Dataset {
  constructor(n = 60000) {
    super();
    this.n = n;
    this.pixels = bytes(n * 784, 1);
    this.transform = new T.Compose([new T.ToTensor(), new T.Normalize([0.5], [0.5])]);
  }
  getItem(i) {
    const image = { data: this.pixels.subarray(i * 784, (i + 1) * 784), width: 28, height: 28, channels: 1 };
    return [this.transform.call(image), i % 10];
  }
  len() {
    return this.n;
  }
  workerSpec() {
    return { module: import.meta.url, exportName: 'MnistLike', args: [this.n] };
  }
}

/** CIFAR-shaped 32×32 RGB images → Resize(224) + RandomHorizontalFlip + ToTensor + Normalize. */
export class HeavyLike extends io.Dataset {
  constructor(n = 1024) {
    super();
    this.n = n;
    this.pixels = bytes(n * 32 * 32 * 3, 2);
    this.transform = new T.Compose([
      new T.Resize(224),
      new T.RandomHorizontalFlip(),
      new T.ToTensor(),
      new T.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225]),
    ]);
  }
  getItem(i) {
    const s = 32 * 32 * 3;
    const image = { data: this.pixels.subarray(i * s, (i + 1) * s), width: 32, height: 32, channels: 3 };
    return [this.transform.call(image), i % 100];
  }
  len() {
    return this.n;
  }
  workerSpec() {
    return { module: import.meta.url, exportName: 'HeavyLike', args: [this.n] };
  }
}
