/**
 * `paddle.vision.models` (also `paddle.zoo`): Paddle's model zoo.
 * @module vision/models
 */
export { LeNet, lenet, type LeNetOptions } from './lenet';
