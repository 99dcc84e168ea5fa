/**
 * `paddle.io`.
 * @module io
 */
export {};
