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

/**
 * Thrown by setup when the library cannot train the workload in the form asked for (tfjs's
 * wasm backend has no kernel for a conv2d layer's filter gradient): the table then shows
 * "n/a" with this message, instead of the bench stopping.
 */
export class Unsupported extends Error {}
