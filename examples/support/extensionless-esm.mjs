// Lets `tsx` run the TypeScript sources directly: tfjs-core ships its gradient registrations
// (`@tensorflow/tfjs-core/dist/register_all_gradients`) only as ESM with extensionless and
// directory imports, which Node's resolver refuses. This hook retries such imports made from
// inside @tensorflow packages with `.js` and `/index.js` — what a bundler does for the published
// build. Used by `npm run demo` (`tsx --import ./examples/support/extensionless-esm.mjs …`).
import { register } from 'node:module';

register('./extensionless-esm-hook.mjs', import.meta.url);
