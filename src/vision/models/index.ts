/**
 * `paddle.vision.models` (also `paddle.zoo`): Paddle's model zoo — the classes, their factories
 * (`alexnet`, `resnet50`, …; Paddle's snake-case names are kept as aliases where they differ)
 * and the records of Paddle's published weights.
 * @module vision/models
 */
export { LeNet, lenet, type LeNetOptions } from './lenet';
export type { PretrainedSource, PretrainedOptions, Built } from './options';
export { PUBLISHED_WEIGHTS, type PublishedWeights } from './weights';
export { loadPretrained } from './pretrained';
export { AlexNet, alexnet, type AlexNetOptions } from './alexnet';
export {
  VGG, vgg11, vgg13, vgg16, vgg19, makeLayers, makeLayers as make_layers, type MakeLayersArgs, VGG_CONFIGS,
  type VGGOptions, type VGGArgs, type VGGFactoryOptions, type VGGConfig,
} from './vgg';
export { ResNet, BasicBlock, BottleneckBlock, type ResNetBlockOptions, type ResNetBlockArgs, type ResNetOptions, type ResNetArgs, type ResNetBlock } from './resnet';
export {
  resnet18, resnet34, resnet50, resnet101, resnet152,
  resnext50_32x4d, resnext50_64x4d, resnext101_32x4d, resnext101_64x4d, resnext152_32x4d, resnext152_64x4d,
  wideResnet50_2, wideResnet101_2, wideResnet50_2 as wide_resnet50_2, wideResnet101_2 as wide_resnet101_2,
  type ResNetFactoryOptions,
} from './resnet-factories';
export { MobileNetV2, mobilenetV2, mobilenetV2 as mobilenet_v2, type MobileNetV2Options, type MobileNetV2FactoryOptions } from './mobilenet-v2';
export { SqueezeNet, squeezenet1_0, squeezenet1_1, type SqueezeNetOptions, type SqueezeNetArgs, type SqueezeNetFactoryOptions } from './squeezenet';
export { MobileNetV1, mobilenetV1, mobilenetV1 as mobilenet_v1, type MobileNetV1Options } from './mobilenet-v1';
export {
  MobileNetV3, MobileNetV3Small, MobileNetV3Large, mobilenetV3Small, mobilenetV3Large,
  mobilenetV3Small as mobilenet_v3_small, mobilenetV3Large as mobilenet_v3_large,
  type MobileNetV3Options, type InvertedResidualConfig,
} from './mobilenet-v3';
export {
  ShuffleNetV2, shufflenetV2X0_25, shufflenetV2X0_33, shufflenetV2X0_5, shufflenetV2X1_0, shufflenetV2X1_5, shufflenetV2X2_0,
  shufflenetV2Swish, shufflenetV2X0_25 as shufflenet_v2_x0_25, shufflenetV2X0_33 as shufflenet_v2_x0_33,
  shufflenetV2X0_5 as shufflenet_v2_x0_5, shufflenetV2X1_0 as shufflenet_v2_x1_0, shufflenetV2X1_5 as shufflenet_v2_x1_5,
  shufflenetV2X2_0 as shufflenet_v2_x2_0, shufflenetV2Swish as shufflenet_v2_swish,
  type ShuffleNetV2Options, type ShuffleNetV2FactoryOptions,
} from './shufflenet-v2';
export { GoogLeNet, googlenet, type GoogLeNetOptions } from './googlenet';
export { DenseNet, densenet121, densenet161, densenet169, densenet201, densenet264, type DenseNetOptions, type DenseNetFactoryOptions } from './densenet';
export { InceptionV3, inceptionV3, inceptionV3 as inception_v3, type InceptionV3Options } from './inception-v3';
