// Snapshots of the weights during training, for the PCA plane of the trajectory. A run
// may last ten epochs or ten thousand; the recorder keeps at most `capacity` snapshots
// spread evenly over the whole run. When full it drops every other snapshot and from then
// on keeps only every 2nd call (then every 4th, …), so it always spans from the first call
// to within one stride of the latest.
import type { Model } from '../model';
import { ParamVector } from './paramVector';

export interface RecorderOptions {
  /** Most snapshots kept (default 200: a smooth path, and a 200×200 Gram matrix). */
  capacity?: number;
  /**
   * Most float32 values all snapshots may hold together (default 2²⁴, 64 MB). A big model
   * keeps fewer snapshots (never fewer than 3, the PCA's minimum) rather than exhausting memory.
   */
  budget?: number;
}

export class WeightRecorder {
  /** Oldest first. */
  readonly snapshots: Float32Array[] = [];
  /** For each snapshot, the label it was recorded with (by default its call number). */
  readonly labels: number[] = [];
  private callCount = 0;
  private every = 1;
  private readonly requested: number;
  private readonly budget: number;
  private limit = 0;
  /** Snapshots dropped by thinning, reused before allocating new ones. */
  private readonly spare: Float32Array[] = [];
  private view: ParamVector | null = null;

  constructor(options: RecorderOptions = {}) {
    this.requested = Math.max(3, options.capacity ?? 200);
    this.budget = options.budget ?? 16_777_216; // 2²⁴
  }

  /** Calls to record() so far. */
  get calls(): number {
    return this.callCount;
  }

  /** Only calls whose number is a multiple of the stride are stored. */
  get stride(): number {
    return this.every;
  }

  /** Most snapshots this recorder keeps for the model it records (known after the first call). */
  get capacity(): number {
    return this.limit === 0 ? this.requested : this.limit;
  }

  /** Offers the model's current weights (e.g. at each epoch end); true when they were stored. */
  record(model: Model, label: number = this.calls): boolean {
    const view = this.viewOf(model);
    const call = this.callCount++;
    if (call % this.every !== 0) return false;
    if (this.snapshots.length === this.limit) {
      this.thin();
      if (call % this.every !== 0) return false;
    }
    const buffer = this.spare.pop() ?? new Float32Array(view.size);
    this.snapshots.push(view.read(buffer));
    this.labels.push(label);
    return true;
  }

  /** Forgets everything, for a new run. */
  clear(): void {
    this.snapshots.length = 0;
    this.labels.length = 0;
    this.spare.length = 0;
    this.callCount = 0;
    this.every = 1;
    this.limit = 0;
    this.view = null;
  }

  /** Keeps snapshots 0, 2, 4, … (the calls that are multiples of the doubled stride). */
  private thin(): void {
    let kept = 0;
    for (let i = 0; i < this.snapshots.length; i++) {
      if (i % 2 === 0) {
        this.snapshots[kept] = this.snapshots[i];
        this.labels[kept] = this.labels[i];
        kept++;
      } else this.spare.push(this.snapshots[i]);
    }
    this.snapshots.length = kept;
    this.labels.length = kept;
    this.every *= 2;
  }

  private viewOf(model: Model): ParamVector {
    if (this.view === null) {
      this.view = new ParamVector(model);
      const fitting = Math.floor(this.budget / Math.max(1, this.view.size));
      this.limit = Math.max(3, Math.min(this.requested, fitting));
    } else if (this.view.model !== model) {
      throw new Error('WeightRecorder: a different model; clear() before a new run');
    }
    return this.view;
  }
}
