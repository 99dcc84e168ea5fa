// Resolve hook registered by ./extensionless-esm.mjs (see there for why).
const RETRY = new Set(['ERR_MODULE_NOT_FOUND', 'ERR_UNSUPPORTED_DIR_IMPORT']);

export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (err) {
    const fromTfjs = (context.parentURL ?? '').includes('/node_modules/@tensorflow/') || specifier.startsWith('@tensorflow/tfjs-core/dist/');
    if (!fromTfjs || !RETRY.has(err?.code)) throw err;
    for (const suffix of ['.js', '/index.js']) {
      try {
        return await next(specifier + suffix, context);
      } catch {
        // try the next form
      }
    }
    throw err;
  }
}
