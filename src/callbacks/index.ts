// Level 3 (docs/architecture.md, Levels): the public `callbacks` entry point over hapi/callbacks/.
/**
 * `tfjs-hapi/callbacks`: the same names as `paddle.callbacks`.
 * @module callbacks
 */
export * from '../hapi/callbacks';
