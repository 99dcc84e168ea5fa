/**
 * `paddle.nn`: layers, losses, initializers and functional ops with Paddle's semantics.
 * @module nn
 */
// ---- Layer base, containers, layers (issue 3, layers) ----

// ---- activations, losses, functional (issue 3, functional) ----

// ---- gradient clipping (issue 4) ----
