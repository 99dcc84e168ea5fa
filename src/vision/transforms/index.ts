/**
 * `paddle.vision.transforms`: data augmentation and conversion, one class per Paddle transform,
 * plus {@link functional}.
 * @module vision/transforms
 */
export * as functional from './functional';
