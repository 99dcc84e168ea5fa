/** PyTorch checkpoint interop for the zoo (internal; reached through `pretrained`). */
export { isTorchZip, readTorchStateDict } from './read-torch';
export { torchToPaddle } from './map-torchvision';
