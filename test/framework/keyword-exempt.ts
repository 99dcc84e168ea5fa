// Which exported names the keyword-call test covers: the public namespaces, and the exports that
// take no Paddle arguments (each with its reason).
import type * as paddle from 'tfjs-hapi';

type PaddleModule = typeof paddle;
type Ns = Record<string, unknown>;

/** The namespaces whose exported classes and functions must all take Paddle's keyword form. */
export function PUBLIC_NAMESPACES(p: PaddleModule): [string, Ns][] {
  return [
    ['', p as unknown as Ns],
    ['nn', p.nn as unknown as Ns],
    ['nn.functional', p.nn.functional as unknown as Ns],
    ['nn.initializer', p.nn.initializer as unknown as Ns],
    ['optimizer', p.optimizer as unknown as Ns],
    ['optimizer.lr', p.optimizer.lr as unknown as Ns],
    ['regularizer', p.regularizer as unknown as Ns],
    ['io', p.io as unknown as Ns],
    ['vision', p.vision as unknown as Ns],
    ['vision.transforms', p.vision.transforms as unknown as Ns],
    ['vision.transforms.functional', p.vision.transforms.functional as unknown as Ns],
    ['vision.datasets', p.vision.datasets as unknown as Ns],
    ['vision.models', p.vision.models as unknown as Ns],
    ['metric', p.metric as unknown as Ns],
    ['callbacks', p.callbacks as unknown as Ns],
  ];
}

/**
 * Exported names that take no Paddle arguments (bases, errors, getters), with the reason. Everything
 * else exported from the namespaces above must have a signature.
 */
export const EXEMPT = new Map<string, string>([
  ['HapiError', "an error class: thrown by the package, not called with Paddle arguments"],
  ['InvalidArgumentError', "an error class: thrown by the package, not called with Paddle arguments"],
  ['ShapeMismatchError', "an error class: thrown by the package, not called with Paddle arguments"],
  ['NotPreparedError', "an error class: thrown by the package, not called with Paddle arguments"],
  ['BackendUnavailableError', "an error class: thrown by the package, not called with Paddle arguments"],
  ['CorruptFileError', "an error class: thrown by the package, not called with Paddle arguments"],
  ['StateDictError', "an error class: thrown by the package, not called with Paddle arguments"],
  ['ResourceNotFoundError', "an error class: thrown by the package, not called with Paddle arguments"],
  ['UnsupportedError', "an error class: thrown by the package, not called with Paddle arguments"],
  ['DataLoaderError', "an error class: thrown by the package, not called with Paddle arguments"],
  ['nn.Layer', "base class users extend (Paddle nn.Layer takes only name_scope/dtype)"],
  ['nn.ClipGradBase', "abstract base of the ClipGrad* classes"],
  ['nn.initializer.Initializer', "abstract base users extend"],
  ['optimizer.Optimizer', "abstract base of the optimizers, each of which has a signature"],
  ['optimizer.lr.LRScheduler', "base class users extend"],
  ['io.Dataset', "abstract base users extend"],
  ['io.IterableDataset', "abstract base users extend"],
  ['io.Sampler', "abstract base users extend"],
  ['vision.transforms.BaseTransform', "abstract base users extend"],
  ['vision.transforms.BaseColorTransform', "abstract base of the color transforms"],
  ['metric.Metric', "abstract base users extend"],
  ['callbacks.Callback', "base class users extend"],
  ['vision.models.MobileNetV3', "base of MobileNetV3Small/Large (which have signatures): takes an internal config"],
  ['Generator', "random state object made by seed()/defaultGenerator(), not constructed with Paddle arguments"],
  ['defaultGenerator', "no-argument getter"],
  ['getDevice', "no-argument getter"],
  ['getDeviceInfo', "no-argument getter"],
  ['vision.getImageBackend', "no-argument getter"],
  ['io.getWorkerInfo', "no-argument getter"],
  ['isParameter', "type predicate of one value, not a Paddle function"],
  ['vision.isHWCImage', "type predicate of one value, not a Paddle function"],
  ['numpy', "stands in for the no-argument Tensor.numpy() method"],
  ['tolist', "stands in for the no-argument Tensor.tolist() method"],
  ['item', "stands in for Tensor.item(*args), indices only"],
  ['numpyAsync', "async form of numpy: one tensor"],
  ['tolistAsync', "async form of tolist: one tensor"],
  ['itemAsync', "async form of item: one tensor"],
  ['noGrad', "paddle.no_grad is a context manager: here it takes the one callback to run"],
  ['History', "returned by Model.fit, not constructed by users"],
  ['callbacks.CallbackList', "internal container of Model.fit (Paddle keeps it private)"],
  ['nn.Sequential', "variadic (*layers): no keyword form in Paddle either"],
  ['nn.Identity', "takes and ignores any arguments, as in Paddle"],
  ['nn.initializer.computeFans', "Paddle's private _compute_fans, exported for custom initializers"],
  ['io.defaultCollateFn', "called by DataLoader with one batch, not with keyword arguments"],
  ['io.defaultConvertFn', "called by DataLoader with one batch, not with keyword arguments"],
  ['vision.transforms.functional.getAffineMatrix', "Paddle's private _get_affine_matrix helper"],
  ['vision.transforms.functional.getPerspectiveCoeffs', "Paddle's private _get_perspective_coeffs helper"],
  ['vision.decodeImage', "package image codec, not a Paddle function"],
  ['vision.readImage', "package image codec, not a Paddle function"],
  ['vision.encodeImage', "package image codec, not a Paddle function"],
  ['vision.convertImageMode', "package image codec, not a Paddle function"],
  ['vision.sniffImageFormat', "package image codec, not a Paddle function"],
  ['vision.datasets.parseIdx', "package file-format helper, not a Paddle function"],
  ['vision.datasets.writeIdx', "package file-format helper, not a Paddle function"],
  ['vision.datasets.NdArray', "package file-format helper, not a Paddle function"],
  ['vision.datasets.readTar', "package file-format helper, not a Paddle function"],
  ['vision.datasets.extractTar', "package file-format helper, not a Paddle function"],
  ['vision.datasets.gunzip', "package file-format helper, not a Paddle function"],
  ['vision.datasets.isGzip', "package file-format helper, not a Paddle function"],
  ['vision.datasets.download', "package download helper, not a Paddle function"],
  ['vision.datasets.fetchBytes', "package download helper, not a Paddle function"],
  ['vision.datasets.findCached', "package download helper, not a Paddle function"],
  ['vision.datasets.getDataHome', "no-argument getter"],
  ['vision.models.loadPretrained', "package weight loader behind the factories pretrained option"],
  ['vision.models.lenet', "package-only factory (Paddle has the LeNet class only), an options object"],
]);
