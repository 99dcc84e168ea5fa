import { HapiError, describeValue } from './hapi-error';

/**
 * An argument has the wrong type or a value outside its allowed range.
 *
 * @example
 * ```ts
 * new paddle.optimizer.Adam({ learningRate: -1, parameters }); // throws InvalidArgumentError
 * ```
 * @category Errors
 */
export class InvalidArgumentError extends HapiError {
  override readonly code = 'INVALID_ARGUMENT' as const;
  /** Name of the offending argument, e.g. `'learningRate'`. */
  readonly argument: string;

  /**
   * @param argument - the argument's name as the user wrote it
   * @param expected - what was expected, phrased to follow "expected ..."
   * @param received - the value received; it is described, never printed in full
   * @param context - where the argument was passed, e.g. `'Conv2D'`
   */
  constructor(argument: string, expected: string, received: unknown, context?: string) {
    super(`${context ? `${context}: ` : ''}argument '${argument}' expected ${expected}, but received ${describeValue(received)}.`);
    this.argument = argument;
  }
}

/**
 * A tensor's shape does not fit what a layer, loss or metric needs.
 *
 * @example
 * ```ts
 * new paddle.nn.Conv2D(3, 6, 3).call(tf.zeros([2, 1, 28, 28]));
 * // ShapeMismatchError: Conv2D expected input of shape [N, 3, H, W], but received [2, 1, 28, 28].
 * ```
 * @category Errors
 */
export class ShapeMismatchError extends HapiError {
  override readonly code = 'SHAPE_MISMATCH' as const;
  /** The shape that was expected (`-1` or `null` for any size). */
  readonly expected: ReadonlyArray<number | null>;
  /** The shape that was received. */
  readonly received: ReadonlyArray<number>;

  constructor(where: string, expected: ReadonlyArray<number | null>, received: ReadonlyArray<number>, detail?: string) {
    const fmt = (s: ReadonlyArray<number | null>) => `[${s.map((d) => (d === null || d < 0 ? '?' : d)).join(', ')}]`;
    super(`${where} expected ${detail ? `${detail} ` : ''}shape ${fmt(expected)}, but received ${fmt(received)}.`);
    this.expected = expected;
    this.received = received;
  }
}

/**
 * A model method that needs {@link Model.prepare} was called before it.
 *
 * @example
 * ```ts
 * await new paddle.Model(net).fit(data); // throws NotPreparedError
 * ```
 * @category Errors
 */
export class NotPreparedError extends HapiError {
  override readonly code = 'NOT_PREPARED' as const;
}

/**
 * The requested device or backend cannot run here; the message lists what was tried and why each
 * was passed over.
 *
 * @example
 * ```ts
 * await paddle.setDevice('gpu'); // in Node: throws BackendUnavailableError
 * ```
 * @category Errors
 */
export class BackendUnavailableError extends HapiError {
  override readonly code = 'BACKEND_UNAVAILABLE' as const;
  /** Each backend that was tried, with the reason it was passed over. */
  readonly tried: ReadonlyArray<{ backend: string; reason: string }>;

  constructor(message: string, tried: ReadonlyArray<{ backend: string; reason: string }> = []) {
    super(tried.length ? `${message} Tried: ${tried.map((t) => `${t.backend} (${t.reason})`).join('; ')}.` : message);
    this.tried = tried;
  }
}

/**
 * A file (image, archive, pickle, checkpoint) is truncated, malformed or not what its name says.
 *
 * @example
 * ```ts
 * await paddle.load('broken.pdparams'); // throws CorruptFileError naming the file
 * ```
 * @category Errors
 */
export class CorruptFileError extends HapiError {
  override readonly code = 'CORRUPT_FILE' as const;
  /** The file (path, URL or a description of the bytes) that could not be read. */
  readonly file: string;

  constructor(file: string, reason: string, options?: { cause?: unknown }) {
    super(`${file}: ${reason}`, options);
    this.file = file;
  }
}

/**
 * A key required by a state dict or checkpoint is missing, or has the wrong shape.
 *
 * @example
 * ```ts
 * net.setStateDict({}); // throws StateDictError: 'fc.weight' is not found in the providing state dict.
 * ```
 * @category Errors
 */
export class StateDictError extends HapiError {
  override readonly code = 'STATE_DICT' as const;
  /** The structured name of the offending entry, e.g. `'features.0.weight'`. */
  readonly key: string;

  constructor(key: string, message: string) {
    super(message);
    this.key = key;
  }
}

/**
 * A needed resource (a file, a dataset, a weight file) is not present and cannot be fetched.
 *
 * @example
 * ```ts
 * new paddle.vision.datasets.MNIST({ download: false }); // throws ResourceNotFoundError naming the path
 * ```
 * @category Errors
 */
export class ResourceNotFoundError extends HapiError {
  override readonly code = 'RESOURCE_NOT_FOUND' as const;
}

/**
 * An operation is not supported on this runtime or in this configuration (for example
 * `indexeddb://` outside a browser).
 *
 * @example
 * ```ts
 * await paddle.save(state, 'indexeddb://x'); // in Node: throws UnsupportedError
 * ```
 * @category Errors
 */
export class UnsupportedError extends HapiError {
  override readonly code = 'UNSUPPORTED' as const;
}

/**
 * An error thrown by user code (a dataset's `getItem`, a transform, a callback) in a place
 * that adds context, such as the sample index or the worker.
 *
 * @example
 * ```ts
 * for await (const batch of loader) {} // DataLoaderWorkerError: sample 17: ...
 * ```
 * @category Errors
 */
export class DataLoaderError extends HapiError {
  override readonly code = 'DATA_LOADER' as const;
}
