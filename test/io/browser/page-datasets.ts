// Datasets for the Web Worker check; bundled as their own entry so workers can import them by URL.
import { Dataset } from '../../../src/io/dataset';
import type { WorkerSpec } from '../../../src/io/worker-spec';

export class BrowserRamp extends Dataset<[Float32Array, number]> {
  constructor(readonly n: number) {
    super();
  }
  getItem(i: number): [Float32Array, number] {
    // 'document' exists only on the page's thread: 1 there, 0 in a worker.
    return [Float32Array.of(i, i / 2), typeof document === 'undefined' ? 0 : 1];
  }
  len(): number {
    return this.n;
  }
  override workerSpec(): WorkerSpec {
    return { module: import.meta.url, exportName: 'BrowserRamp', args: [this.n] };
  }
}

export class BrowserFailing extends BrowserRamp {
  constructor(n: number, readonly failAt: number) {
    super(n);
  }
  override getItem(i: number): [Float32Array, number] {
    if (i === this.failAt) throw new TypeError(`bad sample ${i}`);
    return super.getItem(i);
  }
  override workerSpec(): WorkerSpec {
    return { module: import.meta.url, exportName: 'BrowserFailing', args: [this.n, this.failAt] };
  }
}
