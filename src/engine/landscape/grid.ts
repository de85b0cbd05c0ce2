// The loss over a plane through the current weights, L(θ* + a·d₁ + b·d₂), on a grid of
// (a, b), computed progressively (coarse passes first, ./order.ts) in time-boxed slices so
// a worker can answer messages, draw, or cancel in between. The model is only borrowed:
// every slice ends with θ* back in place bit for bit, so pausing or dropping the grid
// between slices leaves the model as it was.
//
// Batch norm keeps the running statistics it had at θ* for every point of the plane (as
// Li et al. do); only the trainable parameters move, along the directions.
import type { Dataset } from '../data/dataset';
import type { Floats } from '../matrix';
import type { Model } from '../model';
import type { Directions } from './directions';
import { LossEvaluator } from './evaluate';
import { progressiveOrder } from './order';
import { ParamVector } from './paramVector';
import type { LandscapeWindow } from './window';

export interface LandscapeOptions {
  /** Grid points per side (at least 2); odd with a symmetric window puts θ* on the grid. */
  resolution: number;
  window: LandscapeWindow;
  /** Evaluate on the first `rows` samples of the data only (default: all). */
  rows?: number;
  /** Stride of the first, coarsest pass, a power of two (default: coarsestStride). */
  coarsest?: number;
}

export interface LandscapeProgress {
  /** Cells computed, of `total`. */
  computed: number;
  total: number;
  /** Passes complete, of `passes`. */
  passesDone: number;
  passes: number;
  /**
   * Stride of the finest complete pass: every cell whose row and column are multiples of it
   * is computed (a coarse image to draw); 0 before the first pass completes.
   */
  stride: number;
  done: boolean;
  /** The weights changed since the grid began (training went on): it computes no more. */
  stale: boolean;
}

export class LandscapeGrid {
  readonly resolution: number;
  readonly window: LandscapeWindow;
  /**
   * Loss at (as[col], bs[row]) in values[row·resolution + col]: columns run along d₁, rows
   * along d₂. NaN until computed; a point where the loss is NaN (overflowed logits far from
   * θ*) is stored as +Infinity, so NaN always means "not yet".
   */
  readonly values: Float32Array;
  /** Grid coordinates along d₁ and d₂. */
  readonly as: Float64Array;
  readonly bs: Float64Array;
  private readonly view: ParamVector;
  private readonly evaluator: LossEvaluator;
  private readonly saved: Floats[];
  private readonly d1: Float32Array;
  private readonly d2: Float32Array;
  private readonly order: Int32Array;
  private readonly strides: number[];
  private readonly passEnds: number[];
  private cursor = 0;
  private stale = false;

  constructor(model: Model, directions: Directions, data: Dataset, options: LandscapeOptions) {
    const r = options.resolution;
    if (!Number.isInteger(r) || r < 2) throw new Error(`resolution must be ≥ 2, got ${r}`);
    this.view = new ParamVector(model);
    const { d1, d2 } = directions;
    if (d1.length !== this.view.size || d2.length !== this.view.size)
      throw new Error(`directions of ${d1.length} values for a model of ${this.view.size}`);
    this.resolution = r;
    this.window = { ...options.window };
    this.d1 = d1;
    this.d2 = d2;
    this.evaluator = new LossEvaluator(model, data, options.rows);
    this.saved = this.view.save();
    this.values = new Float32Array(r * r).fill(NaN);
    const { a0, a1, b0, b1 } = this.window;
    this.as = Float64Array.from({ length: r }, (_, i) => lerp(a0, a1, i / (r - 1)));
    this.bs = Float64Array.from({ length: r }, (_, j) => lerp(b0, b1, j / (r - 1)));
    ({
      order: this.order,
      strides: this.strides,
      passEnds: this.passEnds,
    } = progressiveOrder(r, options.coarsest));
  }

  /** Rows the loss is evaluated on. */
  get rows(): number {
    return this.evaluator.rows;
  }

  /**
   * Computes cells until `budgetMs` has passed by `now` (at least one cell per call, so
   * every call makes progress), then puts θ* back.
   */
  run(budgetMs: number, now: () => number = () => performance.now()): LandscapeProgress {
    if (!this.begin()) return this.progress();
    const end = now() + budgetMs;
    try {
      do this.computeNext();
      while (this.cursor < this.order.length && now() < end);
    } finally {
      this.view.restore(this.saved);
    }
    return this.progress();
  }

  /** Computes one cell and puts θ* back; false when there was nothing left to compute. */
  next(): boolean {
    if (!this.begin()) return false;
    try {
      this.computeNext();
    } finally {
      this.view.restore(this.saved);
    }
    return true;
  }

  progress(): LandscapeProgress {
    let passesDone = 0;
    while (passesDone < this.passEnds.length && this.passEnds[passesDone] <= this.cursor)
      passesDone++;
    return {
      computed: this.cursor,
      total: this.order.length,
      passesDone,
      passes: this.strides.length,
      stride: passesDone === 0 ? 0 : this.strides[passesDone - 1],
      done: this.cursor === this.order.length,
      stale: this.stale,
    };
  }

  /** Whether there is work and the model still sits at θ* (else the grid goes stale). */
  private begin(): boolean {
    if (this.stale || this.cursor === this.order.length) return false;
    if (!this.view.matches(this.saved)) this.stale = true;
    return !this.stale;
  }

  private computeNext(): void {
    const cell = this.order[this.cursor++];
    const r = this.resolution,
      a = this.as[cell % r],
      b = this.bs[Math.floor(cell / r)];
    this.view.writePlane(this.saved, this.d1, this.d2, a, b);
    const loss = this.evaluator.loss();
    this.values[cell] = Number.isNaN(loss) ? Infinity : loss;
  }
}

/** x0 at t = 0 and x1 at t = 1 exactly, and 0 at t = ½ when x0 = −x1 (θ* on the grid). */
function lerp(x0: number, x1: number, t: number): number {
  return x0 * (1 - t) + x1 * t;
}
