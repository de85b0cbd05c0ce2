// One row of the layer table, the document's side: what a layer type's fields are and mean,
// before any engine exists. Validation, the parameter and memory budgets, the `params`
// layout and the page's builder read these rows; the engine's rows (engine/layers) build the
// math under the same names. A new layer type is a file and a row here, one in the engine
// (engine/layers) and one in the builder (ui/builder/layers), its shape in the LayerSpec
// union (types.ts) and its labels: the README's "Adding a layer type" lists them.
import type { Raw } from '../check';
import type { LayerParams, LayerSpec } from '../types';
import type { Shape } from './shape';

export interface LayerKind<S extends LayerSpec = LayerSpec> {
  /** The document's fields besides `type`; no others are valid. */
  readonly fields: readonly string[];
  /** True for a layer that works on images only (a convolution, a pooling). */
  readonly imageOnly: boolean;
  /** For messages: "a dense layer", "an activation layer". */
  readonly article: 'a' | 'an';
  /** Its fields from `raw` (unknown keys already refused), defaults filled in. */
  parse(raw: Raw, path: string): S;
  /**
   * The shape of its output for an input of shape `input`. A layer that cannot take that
   * input (a kernel larger than its image) refuses it here, naming `path`.
   */
  output(spec: S, input: Shape, path: string): Shape;
  /** Trainable numbers for an input of shape `input`. */
  parameters(spec: S, input: Shape): number;
  /**
   * Numbers per sample the engine keeps for its outputs in a pass (each primitive it expands
   * into keeps its own), for the memory budget (LIMITS.activations); `output` is what
   * `output` gave for `input`.
   */
  values(spec: S, input: Shape, output: Shape): number;
  /**
   * Multiply-adds of one sample's forward pass through its products (a dense layer's, a
   * convolution's; none for the others), for the compute budget (LIMITS.multiplyAdds).
   */
  multiplyAdds?(spec: S, input: Shape, output: Shape): number;
  /** Its entry of the `params` block checked against its shapes (a copy), or refused at `path`. */
  params(entry: unknown, spec: S, input: Shape, path: string, layerPath: string): LayerParams;
  /** A few words for a summary line: "dense 8 tanh", "dropout 0.2". */
  summary(spec: S): string;
}
