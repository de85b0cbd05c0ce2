// All of a model's trainable parameters as one flat vector θ, in the order of model.params:
// what a direction in weight space is laid out over. The landscape moves the model to
// θ* + a·d₁ + b·d₂ through this view and puts θ* back bit for bit afterwards.
import type { Param } from '../layers/layer';
import type { Floats } from '../matrix';
import type { Model } from '../model';

/** One parameter's place in the flat vector. */
export interface Segment {
  readonly param: Param;
  readonly offset: number;
}

export class ParamVector {
  readonly segments: readonly Segment[];
  /** Length of θ: every trainable value of the model. */
  readonly size: number;

  constructor(readonly model: Model) {
    const segments: Segment[] = [];
    let offset = 0;
    for (const layer of model.layers) {
      for (const param of layer.params) {
        segments.push({ param, offset });
        offset += param.value.length;
      }
    }
    this.segments = segments;
    this.size = offset;
  }

  /** Copies the current θ into `into` (float32: what snapshots and directions are kept in). */
  read(into: Float32Array = new Float32Array(this.size)): Float32Array {
    if (into.length !== this.size)
      throw new Error(`expected ${this.size} values, got ${into.length}`);
    for (const { param, offset } of this.segments) into.set(param.value, offset);
    return into;
  }

  /**
   * An exact copy of every parameter in its own precision. A flat float32 copy would not
   * restore a float64 model bit for bit; this does, whatever the dtype.
   */
  save(): Floats[] {
    return this.segments.map(({ param }) => param.value.slice());
  }

  restore(saved: readonly Floats[]): void {
    for (let s = 0; s < this.segments.length; s++) this.segments[s].param.value.set(saved[s]);
  }

  /** True when the parameters still hold exactly `saved` (nobody trained in between). */
  matches(saved: readonly Floats[]): boolean {
    for (let s = 0; s < this.segments.length; s++) {
      const value = this.segments[s].param.value,
        copy = saved[s];
      for (let k = 0; k < value.length; k++) if (value[k] !== copy[k]) return false;
    }
    return true;
  }

  /**
   * Sets θ = saved + a·d₁ + b·d₂, per parameter so that the origin keeps its full precision:
   * at a = b = 0 the model holds exactly `saved`.
   */
  writePlane(
    saved: readonly Floats[],
    d1: Float32Array,
    d2: Float32Array,
    a: number,
    b: number,
  ): void {
    for (let s = 0; s < this.segments.length; s++) {
      const { param, offset } = this.segments[s];
      const value = param.value,
        origin = saved[s];
      for (let k = 0; k < value.length; k++)
        value[k] = origin[k] + a * d1[offset + k] + b * d2[offset + k];
    }
  }
}
