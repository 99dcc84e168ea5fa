/**
 * `tfjs-hapi/callbacks`: the same names as `paddle.callbacks`.
 * @module callbacks
 */
export * from '../hapi/callbacks';
