// What the coach's rules read (one rule per diagnosis, ./index.ts): the run, its baselines,
// its latest minibatch losses, its epochs so far, and the network's signals at the latest
// epoch's end. A rule says what it found; the Coach (./coach.ts) dates it and says it once.
import type { Cause, DiagnosisName, Fix } from '../../spec/protocol/diagnosis';
import type { EpochResult, Trainer } from '../train';
import type { Signals } from './signals';

/** The latest minibatch losses, oldest first, kept in a ring that allocates nothing per step. */
export class StepWindow {
  private readonly ring: Float64Array;
  private count = 0;

  constructor(readonly capacity: number) {
    this.ring = new Float64Array(capacity);
  }

  /** Forgets every loss (the rate changed: the old ones say nothing of the new). */
  clear(): void {
    this.count = 0;
  }

  push(loss: number): void {
    this.ring[this.count % this.capacity] = loss;
    this.count++;
  }

  /** How many losses it holds (up to its capacity). */
  get size(): number {
    return Math.min(this.count, this.capacity);
  }

  /** The `i`-th newest loss (0: the latest). */
  back(i: number): number {
    return this.ring[(this.count - 1 - i) % this.capacity];
  }
}

export interface Watch {
  readonly trainer: Trainer;
  /** The untrained network's loss on the probe batch. */
  readonly untrained: number;
  /** Guessing's loss (ln k, ln 2), or null where guessing has none (regression). */
  readonly chance: number | null;
  /** The training inputs are left unscaled and large (fixes.ts inputsUnscaled), read once. */
  readonly inputsUnscaled: boolean;
  readonly steps: StepWindow;
  readonly epochs: readonly EpochResult[];
  /** From the latest probe (null before the first, at the first epoch's end). */
  readonly signals: Signals | null;
  /** The lowest probe loss so far (Infinity before the first probe). */
  readonly lowest: number;
}

/** What a rule found, before the coach dates it. */
export interface Draft {
  layer: number | null;
  evidence: Record<string, number>;
  cause: Cause | null;
  fix: Fix | null;
}

/** What a rule returns when it finds nothing: one shared empty list, no allocation a step. */
export const NOTHING: readonly Draft[] = Object.freeze([]);

export interface Rule {
  readonly name: DiagnosisName;
  /**
   * After each applied step (losses only: it must be cheap), at each epoch's end (its
   * metrics), or at the epochs' ends where the probe ran (the network's signals).
   */
  readonly at: 'step' | 'epoch' | 'probe';
  /** The playground pauses the run on it: it will not come right by itself. */
  readonly pause?: boolean;
  /** What it finds now, if anything (a rule per layer may find several). */
  check(watch: Watch): readonly Draft[];
}
