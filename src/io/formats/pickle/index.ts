// Part of io/formats/ (level 2, docs/architecture.md): used by io/checkpoint/, vision datasets and
// vision/models/torch-interop/. Imports only errors/.
/**
 * Safe Python pickle reading and writing, for `.pdparams`/`.pdopt` checkpoints and dataset archives.
 * @module
 */
export { readPickle, type ReadPickleOptions } from './reader';
export { writePickle, pyFloat, PyFloat, type PickleInput, type WritePickleOptions } from './writer';
export { NdArray, dtypeOfTypedArray, parseDescr, descrOf, itemSize, type NumpyDType, type NdArrayData } from './ndarray';
export { tuple, isTuple, dictToRecord, type PickleValue } from './py-types';
