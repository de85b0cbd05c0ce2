// How one library is timed on one workload, inside its own process (timeLibrary.ts).
import type { Adapter } from './adapters/adapter';
import type { Workload } from './workloads';

/**
 * Untimed epochs first, at least one and for at least this long: a fresh process starts
 * cold, and tfjs keeps speeding up for about a second (W1: 20k samples/s in its first
 * 1.5 s, 26–29k after; W2 on wasm: 23k, then 29k), convnetjs on W1 by about 10%.
 */
export const WARMUP_SECONDS = 1.5;
/** Timed epochs run until both hold. */
export const MIN_SECONDS = 1.5;
export const MIN_EPOCHS = 2;

export interface Timing {
  samplesPerSecond: number;
  epochs: number;
  seconds: number;
  /** The first epoch's duration: main.ts times a library that is this slow in one round only. */
  warmupMs: number;
  /** Extra facts from the adapter (backend flags, loop kind). */
  facts: string;
}

/**
 * Setup (not timed), warm-up epochs (JIT, wasm compilation, optimizer state) for at least
 * WARMUP_SECONDS, then whole epochs timed with performance.now() until MIN_SECONDS and
 * MIN_EPOCHS.
 */
export async function time(adapter: Adapter, w: Workload): Promise<Timing> {
  await adapter.setup(w);
  try {
    let t = performance.now();
    await adapter.trainEpoch();
    const warmupMs = performance.now() - t;
    while (performance.now() - t < WARMUP_SECONDS * 1000) await adapter.trainEpoch();
    let epochs = 0;
    let elapsed = 0;
    t = performance.now();
    while (epochs < MIN_EPOCHS || elapsed < MIN_SECONDS * 1000) {
      await adapter.trainEpoch();
      epochs++;
      elapsed = performance.now() - t;
    }
    const seconds = elapsed / 1000;
    const samplesPerSecond = (w.data.n * epochs) / seconds;
    return { samplesPerSecond, epochs, seconds, warmupMs, facts: adapter.describe?.() ?? '' };
  } finally {
    adapter.dispose();
  }
}
