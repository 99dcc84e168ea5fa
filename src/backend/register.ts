/**
 * Import side effects of the package root: registers tfjs-core's gradients (tfjs-core alone
 * registers none), tfjs-core's chained ops (`x.div(255)`, `loss.mean()`: the methods tfjs users
 * expect, which tfjs-core alone does not add), the cpu and wasm backends and tfjs-hapi's kernel
 * fixes, and makes a backend active so that tensors can be created before any `setDevice` (see
 * `installDefaultDevice`).
 *
 * The kernel fixes go into tfjs's global kernel registry, so they apply to every tfjs user in the
 * process. Each one only fills a kernel tfjs lacks or replaces one that is pathologically slow;
 * results match tfjs's own JS kernels to 1e-4 (see test/backend/kernels.test.ts):
 *
 * | kernel | backends | why |
 * |---|---|---|
 * | Conv2DBackpropFilter | wasm, cpu | missing on wasm; ~0.01 GFLOP/s on cpu |
 * | Conv2DBackpropInput | wasm | naive loop (~2.4 GFLOP/s) |
 * | BatchMatMul (transposed operands) | wasm | XNNPACK fast path takes no transposes |
 * | DepthwiseConv2dNativeBackpropInput/Filter | wasm | missing |
 * | UnsortedSegmentSum | wasm, cpu | missing on wasm; one kernel call per segment on cpu |
 */
// tfjs-core itself first: the bundled copies of its gradient and chained-op modules (see
// tsup.config.ts) then find its Tensor class already cached as the global one, and put the
// methods on the prototype of the tensors users hold.
import '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { makeBatchMatMul } from './kernels/batch-mat-mul';
import { makeConv2dBackpropFilter } from './kernels/conv2d-backprop-filter';
import { makeConv2dBackpropInput } from './kernels/conv2d-backprop-input';
import { makeDepthwiseConv2dBackpropFilter } from './kernels/depthwise-conv2d-backprop-filter';
import { makeDepthwiseConv2dBackpropInput } from './kernels/depthwise-conv2d-backprop-input';
import { patchKernel } from './kernels/patch';
import { makeUnsortedSegmentSum } from './kernels/unsorted-segment-sum';
import { installDefaultDevice } from './device';
import { guardWasmFactory } from './wasm';

// The WASM module's Node start-up installs a rethrowing unhandledRejection handler; remove it
// whichever way WASM is started.
guardWasmFactory();

patchKernel('Conv2DBackpropFilter', 'wasm', makeConv2dBackpropFilter);
patchKernel('Conv2DBackpropFilter', 'cpu', makeConv2dBackpropFilter);
patchKernel('Conv2DBackpropInput', 'wasm', makeConv2dBackpropInput);
patchKernel('BatchMatMul', 'wasm', makeBatchMatMul);
patchKernel('DepthwiseConv2dNativeBackpropInput', 'wasm', makeDepthwiseConv2dBackpropInput);
patchKernel('DepthwiseConv2dNativeBackpropFilter', 'wasm', makeDepthwiseConv2dBackpropFilter);
patchKernel('UnsortedSegmentSum', 'wasm', makeUnsortedSegmentSum);
patchKernel('UnsortedSegmentSum', 'cpu', makeUnsortedSegmentSum);

// Last, once the kernels are in place: the JS backend becomes active so that layers and tensors
// can be made before any setDevice, and in Node the fastest CPU backend starts in the background.
installDefaultDevice();
