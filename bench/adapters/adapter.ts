// The one interface every library sits behind, so the timing loop in main.ts is the same
// for all of them.
import type { Workload } from '../workloads';

export interface Adapter {
  /** Column name in the table ("descent", "tfjs-cpu", …). */
  readonly name: string;
  /** Builds the model and everything a training epoch needs (batch tensors, Vols, …). Not timed. */
  setup(workload: Workload): Promise<void>;
  /** One pass over all samples in order: forward, backward and an update per minibatch. Timed. */
  trainEpoch(): Promise<void> | void;
  /** Frees what setup built. */
  dispose(): void;
  /** Extra facts for the report (backend flags, loop kind), read after setup. */
  describe?(): string;
}
