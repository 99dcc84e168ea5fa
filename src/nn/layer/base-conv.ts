import type { Parameter } from '../../framework/parameter';
import type { DataFormat } from '../functional/layout';
import type { Padding2D } from '../functional/padding';
import type { ParamAttrLike } from '../param-attr';
import { SpatialLayer } from './base-spatial';
import { checkPositiveInt, pyRepr, toPair } from './layer-utils';
import { InvalidArgumentError } from '../../errors';

/** Options shared by {@link Conv2D} and {@link Conv2DTranspose}. */
export interface BaseConvOptions {
  /** @defaultValue 1 */
  stride?: number | [number, number];
  /** An int, `[padH, padW]`, `[top, bottom, left, right]`, pairs, `'SAME'` or `'VALID'`. @defaultValue 0 */
  padding?: Padding2D;
  /** @defaultValue 1 */
  dilation?: number | [number, number];
  /** Split channels into this many independent groups (`groups = inChannels` is depthwise). @defaultValue 1 */
  groups?: number;
  /** The weight's attribute. */
  weightAttr?: ParamAttrLike;
  /** The bias's attribute; `false` for no bias. */
  biasAttr?: ParamAttrLike;
  /** @defaultValue 'NCHW' */
  dataFormat?: DataFormat;
}

/**
 * Shared part of the 2-D convolutions: argument checks, geometry and `toString`.
 * @internal
 */
export abstract class BaseConv extends SpatialLayer {
  readonly inChannels: number;
  readonly outChannels: number;
  readonly kernelSize: [number, number];
  readonly stride: [number, number];
  readonly padding: Padding2D;
  readonly dilation: [number, number];
  readonly groups: number;
  /** Paddle's layout: Conv2D `[out, in/groups, kh, kw]`, Conv2DTranspose `[in, out/groups, kh, kw]`. */
  weight!: Parameter;
  /** `[outChannels]`, or null with `biasAttr: false`. */
  bias!: Parameter | null;

  protected constructor(where: string, inChannels: number, outChannels: number, kernelSize: number | [number, number], o: BaseConvOptions) {
    super(o.dataFormat, where);
    this.inChannels = checkPositiveInt(inChannels, 'inChannels', where);
    this.outChannels = checkPositiveInt(outChannels, 'outChannels', where);
    this.kernelSize = toPair(kernelSize, 'kernelSize', where);
    this.stride = toPair(o.stride ?? 1, 'stride', where);
    this.dilation = toPair(o.dilation ?? 1, 'dilation', where);
    this.padding = o.padding ?? 0;
    this.groups = checkPositiveInt(o.groups ?? 1, 'groups', where);
    if (inChannels % this.groups !== 0) throw new InvalidArgumentError('groups', `a divisor of inChannels (${inChannels})`, this.groups, where);
    if (outChannels % this.groups !== 0) throw new InvalidArgumentError('groups', `a divisor of outChannels (${outChannels})`, this.groups, where);
  }

  protected override expectedChannels(): number {
    return this.inChannels;
  }

  /** Paddle's conv `extra_repr`. */
  override extraRepr(): string {
    let s = `${this.inChannels}, ${this.outChannels}, kernel_size=${pyRepr(this.kernelSize)}`;
    if (this.stride.some((v) => v !== 1)) s += `, stride=${pyRepr(this.stride)}`;
    if (this.padding !== 0) s += `, padding=${pyRepr(this.padding)}`;
    s += this.extraReprMiddle();
    if (this.dilation.some((v) => v !== 1)) s += `, dilation=${pyRepr(this.dilation)}`;
    if (this.groups !== 1) s += `, groups=${this.groups}`;
    return `${s}, data_format=${this.dataFormat}`;
  }

  protected extraReprMiddle(): string {
    return '';
  }
}
