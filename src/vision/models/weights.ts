/**
 * Paddle's published ImageNet weights, one record per factory, copied from `model_urls` in
 * Paddle's `python/paddle/vision/models/*.py`, and each model's parameter count as Paddle's
 * `summary` reports it with the default 1000 classes (BatchNorm's running statistics included).
 * `url` is null where Paddle publishes no weights for that configuration.
 */

/** A published weight file and the model's size. @category Models */
export interface PublishedWeights {
  /** Where Paddle publishes the `.pdparams`, or null when it publishes none. */
  readonly url: string | null;
  /** The file's MD5 (hex), as in Paddle's `model_urls`. */
  readonly md5: string | null;
  /** Total parameters of the 1000-class model (Paddle's `summary` total). */
  readonly numParams: number;
}

const HAPI = 'https://paddle-hapi.bj.bcebos.com/models/';
const IMAGENET = 'https://paddle-imagenet-models-name.bj.bcebos.com/dygraph/';

function w(url: string | null, md5: string | null, numParams: number): PublishedWeights {
  return Object.freeze({ url, md5, numParams });
}

/**
 * Published weights by Paddle's architecture name (`'alexnet'`, `'vgg16'`, `'vgg16_bn'`,
 * `'resnet50'`, `'mobilenetv2_1.0'`, …).
 * @example
 * ```ts
 * paddle.zoo.PUBLISHED_WEIGHTS.resnet18.numParams; // 11699112
 * ```
 * @category Models
 */
export const PUBLISHED_WEIGHTS: Readonly<Record<string, PublishedWeights>> = Object.freeze({
  alexnet: w(`${IMAGENET}AlexNet_pretrained.pdparams`, '7f0f9f737132e02732d75a1459d98a43', 61100840),
  vgg11: w(null, null, 132863336),
  vgg13: w(null, null, 133047848),
  vgg16: w(`${HAPI}vgg16.pdparams`, '89bbffc0f87d260be9b8cdc169c991c4', 138357544),
  vgg19: w(null, null, 143667240),
  vgg11_bn: w(null, null, 132874344),
  vgg13_bn: w(null, null, 133059624),
  vgg16_bn: w(null, null, 138374440),
  vgg19_bn: w(null, null, 143689256),
  resnet18: w(`${HAPI}resnet18.pdparams`, 'cf548f46534aa3560945be4b95cd11c4', 11699112),
  resnet34: w(`${HAPI}resnet34.pdparams`, '8d2275cf8706028345f78ac0e1d31969', 21814696),
  resnet50: w(`${HAPI}resnet50.pdparams`, 'ca6f485ee1ab0492d38f323885b0ad80', 25610152),
  resnet101: w(`${HAPI}resnet101.pdparams`, '02f35f034ca3858e1e54d4036443c92d', 44654504),
  resnet152: w(`${HAPI}resnet152.pdparams`, '7ad16a2f1e7333859ff986138630fd7a', 60344232),
  resnext50_32x4d: w(`${HAPI}resnext50_32x4d.pdparams`, 'dc47483169be7d6f018fcbb7baf8775d', 25097128),
  resnext50_64x4d: w(`${HAPI}resnext50_64x4d.pdparams`, '063d4b483e12b06388529450ad7576db', 45290920),
  resnext101_32x4d: w(`${HAPI}resnext101_32x4d.pdparams`, '967b090039f9de2c8d06fe994fb9095f', 44315560),
  resnext101_64x4d: w(`${HAPI}resnext101_64x4d.pdparams`, '98e04e7ca616a066699230d769d03008', 83658152),
  resnext152_32x4d: w(`${HAPI}resnext152_32x4d.pdparams`, '18ff0beee21f2efc99c4b31786107121', 60150696),
  resnext152_64x4d: w(`${HAPI}resnext152_64x4d.pdparams`, '77c4af00ca42c405fa7f841841959379', 115266984),
  wide_resnet50_2: w(`${HAPI}wide_resnet50_2.pdparams`, '0282f804d73debdab289bd9fea3fa6dc', 68951464),
  wide_resnet101_2: w(`${HAPI}wide_resnet101_2.pdparams`, 'd4360a2d23657f059216f5d5a1a9ac93', 127024552),
  'mobilenetv2_1.0': w(`${HAPI}mobilenet_v2_x1.0.pdparams`, '0340af0a901346c8d46f4529882fb63d', 3538984),
  'mobilenetv1_1.0': w(`${HAPI}mobilenetv1_1.0.pdparams`, '3033ab1975b1670bef51545feb65fc45', 4253864),
  'mobilenet_v3_small_x1.0': w(`${HAPI}mobilenet_v3_small_x1.0.pdparams`, '34fe0e7c1f8b00b2b056ad6788d0590c', 2554968),
  'mobilenet_v3_large_x1.0': w(`${HAPI}mobilenet_v3_large_x1.0.pdparams`, '118db5792b4e183b925d8e8e334db3df', 5507432),
  shufflenet_v2_x0_25: w(`${HAPI}shufflenet_v2_x0_25.pdparams`, '1e509b4c140eeb096bb16e214796d03b', 607712),
  shufflenet_v2_x0_33: w(`${HAPI}shufflenet_v2_x0_33.pdparams`, '3d7b3ab0eaa5c0927ff1026d31b729bd', 652264),
  shufflenet_v2_x0_5: w(`${HAPI}shufflenet_v2_x0_5.pdparams`, '5e5cee182a7793c4e4c73949b1a71bd4', 1374744),
  shufflenet_v2_x1_0: w(`${HAPI}shufflenet_v2_x1_0.pdparams`, '122d42478b9e81eb49f8a9ede327b1a4', 2294784),
  shufflenet_v2_x1_5: w(`${HAPI}shufflenet_v2_x1_5.pdparams`, 'faced5827380d73531d0ee027c67826d', 3527064),
  shufflenet_v2_x2_0: w(`${HAPI}shufflenet_v2_x2_0.pdparams`, 'cd3dddcd8305e7bcd8ad14d1c69a5784', 7399952),
  shufflenet_v2_swish: w(`${HAPI}shufflenet_v2_swish.pdparams`, 'adde0aa3b023e5b0c94a68be1c394b84', 2294784),
  densenet121: w(`${IMAGENET}DenseNet121_pretrained.pdparams`, 'db1b239ed80a905290fd8b01d3af08e4', 8062504),
  densenet161: w(`${IMAGENET}DenseNet161_pretrained.pdparams`, '62158869cb315098bd25ddbfd308a853', 28900936),
  densenet169: w(`${IMAGENET}DenseNet169_pretrained.pdparams`, '82cc7c635c3f19098c748850efb2d796', 14307880),
  densenet201: w(`${IMAGENET}DenseNet201_pretrained.pdparams`, '16ca29565a7712329cf9e36e02caaf58', 20242984),
  densenet264: w(`${IMAGENET}DenseNet264_pretrained.pdparams`, '3270ce516b85370bba88cfdd9f60bff4', 33736232),
  googlenet: w(`${IMAGENET}GoogLeNet_pretrained.pdparams`, '80c06f038e905c53ab32c40eca6e26ae', 11535736),
  inception_v3: w(`${HAPI}inception_v3.pdparams`, '649a4547c3243e8b59c656f41fe330b8', 23869000),
  squeezenet1_0: w(`${IMAGENET}SqueezeNet1_0_pretrained.pdparams`, '30b95af60a2178f03cf9b66cd77e1db1', 1248424),
  squeezenet1_1: w(`${IMAGENET}SqueezeNet1_1_pretrained.pdparams`, 'a11250d3a1f91d7131fd095ebbf09eee', 1235496),
});
