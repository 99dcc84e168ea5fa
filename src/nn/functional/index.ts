/**
 * `paddle.nn.functional`: the functions behind the layers.
 * @module nn.functional
 */
// ---- layers (nn-layers) ----
export type { DataFormat } from './layout';

// ---- activations and losses (nn-functional) ----
