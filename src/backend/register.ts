// Side effects: registers tfjs-core's gradients (tfjs-core alone registers none) and the cpu and
// wasm backends. Kernel fixes for training are registered from ./kernels.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
