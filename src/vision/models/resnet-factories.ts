/**
 * The ResNet factories (`resnet18` … `wideResnet101_2`), Paddle's `(pretrained=False, **kwargs)`.
 * @module
 */
import { BasicBlock, BottleneckBlock, ResNet, type ResNetBlock, type ResNetOptions } from './resnet';
import { factoryArgs, factorySignature, type Built, type PretrainedOptions, type PretrainedSource } from './options';
import { withPretrained } from './pretrained';

/** The options Paddle's factories pass on as `**kwargs`, by name. */
const KEYS = ['numClasses', 'withPool'] as const;
const SIG_resnet18 = factorySignature('resnet18', KEYS);
const SIG_resnet34 = factorySignature('resnet34', KEYS);
const SIG_resnet50 = factorySignature('resnet50', KEYS);
const SIG_resnet101 = factorySignature('resnet101', KEYS);
const SIG_resnet152 = factorySignature('resnet152', KEYS);
const SIG_resnext50_32x4d = factorySignature('resnext50_32x4d', KEYS);
const SIG_resnext50_64x4d = factorySignature('resnext50_64x4d', KEYS);
const SIG_resnext101_32x4d = factorySignature('resnext101_32x4d', KEYS);
const SIG_resnext101_64x4d = factorySignature('resnext101_64x4d', KEYS);
const SIG_resnext152_32x4d = factorySignature('resnext152_32x4d', KEYS);
const SIG_resnext152_64x4d = factorySignature('resnext152_64x4d', KEYS);
const SIG_wideResnet50_2 = factorySignature('wideResnet50_2', KEYS);
const SIG_wideResnet101_2 = factorySignature('wideResnet101_2', KEYS);

/** Options of the ResNet factories. @category Models */
export type ResNetFactoryOptions = Omit<ResNetOptions, 'width' | 'groups'> & PretrainedOptions;

function make<O extends ResNetFactoryOptions>(arch: string, block: ResNetBlock, depth: number, extra: ResNetOptions, o: O | undefined): ResNet | Promise<ResNet> {
  return withPretrained(new ResNet(block, depth, { numClasses: o?.numClasses, withPool: o?.withPool, ...extra }), arch, o) as ResNet | Promise<ResNet>;
}

/**
 * ResNet-18. @param options - `numClasses`, `withPool`, `pretrained`
 * @returns the network, or a Promise of it with `pretrained`
 * @example
 * ```ts
 * const net = paddle.zoo.resnet18({ numClasses: 10 });
 * ```
 * @category Models
 */
export function resnet18<O extends ResNetFactoryOptions>(options?: O): Built<O, ResNet>;
export function resnet18(pretrained: PretrainedSource, options?: Omit<ResNetFactoryOptions, 'pretrained'>): Promise<ResNet>;
export function resnet18(pretrained: false | null | undefined, options?: Omit<ResNetFactoryOptions, 'pretrained'>): ResNet;
export function resnet18(...args: unknown[]): ResNet | Promise<ResNet> {
  const options = factoryArgs<ResNetFactoryOptions>(SIG_resnet18, args);
  return make('resnet18', BasicBlock, 18, {}, options);
}
/** ResNet-34. @param options - as {@link resnet18} @returns the network @example `paddle.zoo.resnet34()` @category Models */
export function resnet34<O extends ResNetFactoryOptions>(options?: O): Built<O, ResNet>;
export function resnet34(pretrained: PretrainedSource, options?: Omit<ResNetFactoryOptions, 'pretrained'>): Promise<ResNet>;
export function resnet34(pretrained: false | null | undefined, options?: Omit<ResNetFactoryOptions, 'pretrained'>): ResNet;
export function resnet34(...args: unknown[]): ResNet | Promise<ResNet> {
  const options = factoryArgs<ResNetFactoryOptions>(SIG_resnet34, args);
  return make('resnet34', BasicBlock, 34, {}, options);
}
/** ResNet-50. @param options - as {@link resnet18} @returns the network @example `paddle.zoo.resnet50()` @category Models */
export function resnet50<O extends ResNetFactoryOptions>(options?: O): Built<O, ResNet>;
export function resnet50(pretrained: PretrainedSource, options?: Omit<ResNetFactoryOptions, 'pretrained'>): Promise<ResNet>;
export function resnet50(pretrained: false | null | undefined, options?: Omit<ResNetFactoryOptions, 'pretrained'>): ResNet;
export function resnet50(...args: unknown[]): ResNet | Promise<ResNet> {
  const options = factoryArgs<ResNetFactoryOptions>(SIG_resnet50, args);
  return make('resnet50', BottleneckBlock, 50, {}, options);
}
/** ResNet-101. @param options - as {@link resnet18} @returns the network @example `paddle.zoo.resnet101()` @category Models */
export function resnet101<O extends ResNetFactoryOptions>(options?: O): Built<O, ResNet>;
export function resnet101(pretrained: PretrainedSource, options?: Omit<ResNetFactoryOptions, 'pretrained'>): Promise<ResNet>;
export function resnet101(pretrained: false | null | undefined, options?: Omit<ResNetFactoryOptions, 'pretrained'>): ResNet;
export function resnet101(...args: unknown[]): ResNet | Promise<ResNet> {
  const options = factoryArgs<ResNetFactoryOptions>(SIG_resnet101, args);
  return make('resnet101', BottleneckBlock, 101, {}, options);
}
/** ResNet-152. @param options - as {@link resnet18} @returns the network @example `paddle.zoo.resnet152()` @category Models */
export function resnet152<O extends ResNetFactoryOptions>(options?: O): Built<O, ResNet>;
export function resnet152(pretrained: PretrainedSource, options?: Omit<ResNetFactoryOptions, 'pretrained'>): Promise<ResNet>;
export function resnet152(pretrained: false | null | undefined, options?: Omit<ResNetFactoryOptions, 'pretrained'>): ResNet;
export function resnet152(...args: unknown[]): ResNet | Promise<ResNet> {
  const options = factoryArgs<ResNetFactoryOptions>(SIG_resnet152, args);
  return make('resnet152', BottleneckBlock, 152, {}, options);
}
/** ResNeXt-50 32×4d. @param options - as {@link resnet18} @returns the network @example `paddle.zoo.resnext50_32x4d()` @category Models */
export function resnext50_32x4d<O extends ResNetFactoryOptions>(options?: O): Built<O, ResNet>;
export function resnext50_32x4d(pretrained: PretrainedSource, options?: Omit<ResNetFactoryOptions, 'pretrained'>): Promise<ResNet>;
export function resnext50_32x4d(pretrained: false | null | undefined, options?: Omit<ResNetFactoryOptions, 'pretrained'>): ResNet;
export function resnext50_32x4d(...args: unknown[]): ResNet | Promise<ResNet> {
  const options = factoryArgs<ResNetFactoryOptions>(SIG_resnext50_32x4d, args);
  return make('resnext50_32x4d', BottleneckBlock, 50, { width: 4, groups: 32 }, options);
}
/** ResNeXt-50 64×4d. @param options - as {@link resnet18} @returns the network @example `paddle.zoo.resnext50_64x4d()` @category Models */
export function resnext50_64x4d<O extends ResNetFactoryOptions>(options?: O): Built<O, ResNet>;
export function resnext50_64x4d(pretrained: PretrainedSource, options?: Omit<ResNetFactoryOptions, 'pretrained'>): Promise<ResNet>;
export function resnext50_64x4d(pretrained: false | null | undefined, options?: Omit<ResNetFactoryOptions, 'pretrained'>): ResNet;
export function resnext50_64x4d(...args: unknown[]): ResNet | Promise<ResNet> {
  const options = factoryArgs<ResNetFactoryOptions>(SIG_resnext50_64x4d, args);
  return make('resnext50_64x4d', BottleneckBlock, 50, { width: 4, groups: 64 }, options);
}
/** ResNeXt-101 32×4d. @param options - as {@link resnet18} @returns the network @example `paddle.zoo.resnext101_32x4d()` @category Models */
export function resnext101_32x4d<O extends ResNetFactoryOptions>(options?: O): Built<O, ResNet>;
export function resnext101_32x4d(pretrained: PretrainedSource, options?: Omit<ResNetFactoryOptions, 'pretrained'>): Promise<ResNet>;
export function resnext101_32x4d(pretrained: false | null | undefined, options?: Omit<ResNetFactoryOptions, 'pretrained'>): ResNet;
export function resnext101_32x4d(...args: unknown[]): ResNet | Promise<ResNet> {
  const options = factoryArgs<ResNetFactoryOptions>(SIG_resnext101_32x4d, args);
  return make('resnext101_32x4d', BottleneckBlock, 101, { width: 4, groups: 32 }, options);
}
/** ResNeXt-101 64×4d. @param options - as {@link resnet18} @returns the network @example `paddle.zoo.resnext101_64x4d()` @category Models */
export function resnext101_64x4d<O extends ResNetFactoryOptions>(options?: O): Built<O, ResNet>;
export function resnext101_64x4d(pretrained: PretrainedSource, options?: Omit<ResNetFactoryOptions, 'pretrained'>): Promise<ResNet>;
export function resnext101_64x4d(pretrained: false | null | undefined, options?: Omit<ResNetFactoryOptions, 'pretrained'>): ResNet;
export function resnext101_64x4d(...args: unknown[]): ResNet | Promise<ResNet> {
  const options = factoryArgs<ResNetFactoryOptions>(SIG_resnext101_64x4d, args);
  return make('resnext101_64x4d', BottleneckBlock, 101, { width: 4, groups: 64 }, options);
}
/** ResNeXt-152 32×4d. @param options - as {@link resnet18} @returns the network @example `paddle.zoo.resnext152_32x4d()` @category Models */
export function resnext152_32x4d<O extends ResNetFactoryOptions>(options?: O): Built<O, ResNet>;
export function resnext152_32x4d(pretrained: PretrainedSource, options?: Omit<ResNetFactoryOptions, 'pretrained'>): Promise<ResNet>;
export function resnext152_32x4d(pretrained: false | null | undefined, options?: Omit<ResNetFactoryOptions, 'pretrained'>): ResNet;
export function resnext152_32x4d(...args: unknown[]): ResNet | Promise<ResNet> {
  const options = factoryArgs<ResNetFactoryOptions>(SIG_resnext152_32x4d, args);
  return make('resnext152_32x4d', BottleneckBlock, 152, { width: 4, groups: 32 }, options);
}
/** ResNeXt-152 64×4d. @param options - as {@link resnet18} @returns the network @example `paddle.zoo.resnext152_64x4d()` @category Models */
export function resnext152_64x4d<O extends ResNetFactoryOptions>(options?: O): Built<O, ResNet>;
export function resnext152_64x4d(pretrained: PretrainedSource, options?: Omit<ResNetFactoryOptions, 'pretrained'>): Promise<ResNet>;
export function resnext152_64x4d(pretrained: false | null | undefined, options?: Omit<ResNetFactoryOptions, 'pretrained'>): ResNet;
export function resnext152_64x4d(...args: unknown[]): ResNet | Promise<ResNet> {
  const options = factoryArgs<ResNetFactoryOptions>(SIG_resnext152_64x4d, args);
  return make('resnext152_64x4d', BottleneckBlock, 152, { width: 4, groups: 64 }, options);
}
/** Wide ResNet-50-2 (bottleneck width ×2). @param options - as {@link resnet18} @returns the network @example `paddle.zoo.wideResnet50_2()` @category Models */
export function wideResnet50_2<O extends ResNetFactoryOptions>(options?: O): Built<O, ResNet>;
export function wideResnet50_2(pretrained: PretrainedSource, options?: Omit<ResNetFactoryOptions, 'pretrained'>): Promise<ResNet>;
export function wideResnet50_2(pretrained: false | null | undefined, options?: Omit<ResNetFactoryOptions, 'pretrained'>): ResNet;
export function wideResnet50_2(...args: unknown[]): ResNet | Promise<ResNet> {
  const options = factoryArgs<ResNetFactoryOptions>(SIG_wideResnet50_2, args);
  return make('wide_resnet50_2', BottleneckBlock, 50, { width: 128 }, options);
}
/** Wide ResNet-101-2. @param options - as {@link resnet18} @returns the network @example `paddle.zoo.wideResnet101_2()` @category Models */
export function wideResnet101_2<O extends ResNetFactoryOptions>(options?: O): Built<O, ResNet>;
export function wideResnet101_2(pretrained: PretrainedSource, options?: Omit<ResNetFactoryOptions, 'pretrained'>): Promise<ResNet>;
export function wideResnet101_2(pretrained: false | null | undefined, options?: Omit<ResNetFactoryOptions, 'pretrained'>): ResNet;
export function wideResnet101_2(...args: unknown[]): ResNet | Promise<ResNet> {
  const options = factoryArgs<ResNetFactoryOptions>(SIG_wideResnet101_2, args);
  return make('wide_resnet101_2', BottleneckBlock, 101, { width: 128 }, options);
}
