// Builds a network from the experiment's model block and runs it forward and backward.
//
// Each layer of the document expands into primitives, by its row of the layer table
// (layers/index.ts; a dense layer with an activation becomes Dense + Activation). When the
// loss is fused with the output activation (cross-entropy with softmax, BCE with sigmoid),
// the loss reads that activation's input, and backpropagation starts just below it.
import { layerShapes, sizeOf } from '../spec/layers';
import type { ModelSpec } from '../spec/types';
import { Activation } from './layers/activation';
import { rowOf } from './layers';
import {
  KEPT_VALUES,
  type BuildContext,
  type Layer,
  type Param,
  type Workspace,
} from './layers/layer';
import { LOSSES, type LossFunction } from './losses';
import { allocate, type DType, type KernelChoice, type Matrix } from './matrix';
import type { Rng } from './random';

export interface ModelOptions {
  /** The most rows one forward pass will see (batch size, evaluation chunk). */
  capacity: number;
  /** The most rows of a training step (the batch); the capacity when not given. */
  trainingRows?: number;
  dtype: DType;
  /** Which kernel runs the dense products (matrix.ts); WebAssembly where available by default. */
  kernel?: KernelChoice;
  /** Draws the initial weights. */
  initRng: Rng;
  /** Draws dropout masks. */
  dropoutRng: Rng;
}

export class Model {
  readonly layers: Layer[] = [];
  /** For each layer of the document, the primitive whose output is that layer's output. */
  readonly outputOf: number[] = [];
  /** For each layer of the document, its primitives' indices (the first is the one with parameters). */
  readonly primitivesOf: number[][] = [];
  readonly loss: LossFunction;
  readonly params: Param[];
  readonly capacity: number;
  /** Primitives that run before the loss: all of them, or all but a fused output activation. */
  readonly lossDepth: number;
  private readonly lossGrad: Matrix;
  private lossInput: Matrix | null = null;

  constructor(
    readonly spec: ModelSpec,
    options: ModelOptions,
  ) {
    this.capacity = options.capacity;
    const shapes = layerShapes(spec);
    const workspace: Workspace = { keptValues: KEPT_VALUES };
    for (const { layer: layerSpec, input } of shapes) {
      const first = this.layers.length;
      // The layer's row builds its primitives (layers/index.ts).
      const context: BuildContext = {
        ...options,
        kernel: options.kernel ?? 'wasm',
        // Below the first layer with parameters nobody needs dLoss/dInput (a pooling or a
        // dropout on the inputs passes on a gradient no one reads).
        first: this.layers.every((layer) => layer.params.length === 0),
        trainingRows: options.trainingRows ?? options.capacity,
        workspace,
      };
      for (const layer of rowOf(layerSpec).build(layerSpec, input, context))
        this.layers.push(layer);
      this.primitivesOf.push(range(first, this.layers.length));
      this.outputOf.push(this.layers.length - 1);
    }
    const width = sizeOf(shapes[shapes.length - 1].output);
    this.loss = LOSSES[spec.loss];
    const last = this.layers[this.layers.length - 1];
    const fused = this.loss.fusedActivation;
    if (fused !== null && !(last instanceof Activation && last.name === fused)) {
      throw new Error(`loss ${spec.loss} needs a ${fused} output layer`);
    }
    this.lossDepth = fused === null ? this.layers.length : this.layers.length - 1;
    this.lossGrad = {
      rows: 0,
      cols: width,
      data: allocate(options.dtype, options.capacity * width),
    };
    this.params = this.layers.flatMap((layer) => layer.params);
  }

  get outputs(): number {
    return this.layers[this.layers.length - 1].outputs;
  }

  /** Runs every layer; returns the network's output (probabilities for softmax/sigmoid). */
  forward(x: Matrix, training: boolean): Matrix {
    let h = x;
    for (let i = 0; i < this.layers.length; i++) {
      if (i === this.lossDepth) this.lossInput = h;
      h = this.layers[i].forward(h, training);
    }
    if (this.lossDepth === this.layers.length) this.lossInput = h;
    return h;
  }

  /**
   * Runs every layer in evaluation mode and returns each primitive's output, in order (the
   * last is the network's): what the statistics and the diagram's pictures look inside.
   * Each output is the layer's own buffer, valid until its next pass.
   */
  forwardEach(x: Matrix): Matrix[] {
    let h = x;
    return this.layers.map((layer) => (h = layer.forward(h, false)));
  }

  /** The loss of the last forward pass against `target` (no gradient). */
  lossOfLastForward(target: Matrix): number {
    if (this.lossInput === null) throw new Error('loss requested before forward');
    return this.loss.compute(this.lossInput, target, null);
  }

  /**
   * Forward (in training or evaluation mode), loss and backward: leaves every parameter's
   * gradient in `param.grad` and returns the loss, computed before any update.
   */
  lossAndGradient(x: Matrix, target: Matrix, training: boolean): number {
    let h = x;
    for (let i = 0; i < this.lossDepth; i++) h = this.layers[i].forward(h, training);
    const loss = this.loss.compute(h, target, this.lossGrad);
    let g: Matrix | null = this.lossGrad;
    for (let i = this.lossDepth - 1; i >= 0 && g !== null; i--) g = this.layers[i].backward(g);
    return loss;
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
