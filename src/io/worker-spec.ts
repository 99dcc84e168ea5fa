import { InvalidArgumentError } from '../errors';

/**
 * How a worker thread rebuilds a dataset. A worker cannot receive a dataset object (functions and
 * class instances do not cross threads), so it imports `module`, takes its export `exportName` and
 * calls it with `args`: with `new` when the export is a class (its prototype has `getItem` or an
 * iterator), otherwise as a function that returns the dataset (or a Promise of it).
 *
 * `args` must be structured-cloneable (numbers, strings, arrays, plain objects, typed arrays). An
 * argument of the form `{ $dataset: spec }` is itself rebuilt from `spec` first, which is how
 * wrappers such as {@link Subset} travel.
 *
 * `module` is an absolute URL (`import.meta.url` of the module defining the dataset is the usual
 * value) or an absolute file path. The module `'tfjs-hapi/io'` names tfjs-hapi's own datasets.
 * Each worker runs that module's top-level code, so keep datasets in their own module (or guard a
 * script's main code with `isMainThread` from `node:worker_threads`). TypeScript modules load in
 * Node workers when `tsx` is installed. Workers use tfjs's cpu backend. In browsers, a worker is a
 * module Web Worker started from the URL of tfjs-hapi's own code, so that code must be served as ES
 * modules (unbundled, or a bundle with code splitting — the default for dynamic imports in Vite,
 * Rollup, webpack and esbuild `--splitting`), and `module` must be a URL the browser can import.
 *
 * @example
 * ```ts
 * // my-dataset.ts
 * import { io } from 'tfjs-hapi';
 * export class Squares extends io.Dataset<[Float32Array, number]> {
 *   constructor(readonly n: number) { super(); }
 *   getItem(i: number): [Float32Array, number] { return [new Float32Array([i]), i * i]; }
 *   len() { return this.n; }
 *   override workerSpec(): io.WorkerSpec {
 *     return { module: import.meta.url, exportName: 'Squares', args: [this.n] };
 *   }
 * }
 *
 * // main.ts
 * import { io } from 'tfjs-hapi';
 * import { Squares } from './my-dataset';
 * const loader = new io.DataLoader(new Squares(1000), { batchSize: 32, numWorkers: 2 });
 * for await (const [x, y] of loader) {} // same batches, same order as numWorkers: 0
 * ```
 * @category IO
 */
export interface WorkerSpec {
  /** Absolute URL or file path of the module to import in the worker, or `'tfjs-hapi/io'`. */
  readonly module: string;
  /** The export to construct (a class) or call (a factory function). */
  readonly exportName: string;
  /** Structured-cloneable arguments; `{ $dataset: WorkerSpec }` entries are rebuilt first. */
  readonly args?: readonly unknown[];
}

/** The module name under which tfjs-hapi's own datasets are found by workers. @internal */
export const BUILTIN_MODULE = 'tfjs-hapi/io';

/**
 * An argument slot holding another dataset's spec, so wrappers can describe themselves.
 * @internal
 */
export function datasetArg(dataset: { workerSpec(): WorkerSpec | undefined }, where: string): { $dataset: WorkerSpec } {
  const spec = dataset.workerSpec();
  if (!spec) {
    throw new InvalidArgumentError(
      'dataset',
      'a dataset with a workerSpec() (needed to rebuild it in a worker thread)',
      dataset,
      where,
    );
  }
  return { $dataset: spec };
}
