// What the page asks the classic-methods worker (worker/classic.worker.ts) and what it
// answers: a classic classifier fitted on the playground's data, beside the network.
import type { ClassicSettings } from '../classic';
import type { Experiment } from '../types';
import type { BoundaryGrid } from './training';

export interface ClassicRequest {
  /** The playground's experiment: its data (set, seed, split, normalisation) is the method's. */
  experiment: Experiment;
  method: ClassicSettings;
}

export interface ClassicFit {
  method: ClassicSettings;
  trainAccuracy: number;
  /** Null without a validation part. */
  validationAccuracy: number | null;
  /** 2-input data: each class's share per cell of the boundary grid (as the network's). */
  boundary: BoundaryGrid | null;
  /** The SVMs: the training points that hold the margin (indices in the training part). */
  supportVectors: number[];
}
