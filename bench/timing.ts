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
/**
 * An epoch longer than this is timed once, after its untimed first epoch: one epoch is then
 * already far more than MIN_SECONDS (tfjs-cpu with conv2d layers takes about 40 s on W5).
 */
export const LONG_EPOCH_MS = 10_000;

export interface Timing {
  samplesPerSecond: number;
  epochs: number;
  seconds: number;
  /** The first epoch's duration: main.ts times a library that is this slow in one round only. */
  warmupMs: number;
  /** Extra facts from the adapter (backend flags, loop kind). */
  facts: string;
}

/** What a timing process reports: a Timing, or why the library cannot train the workload. */
export type Outcome = Timing | { unsupported: string };

/**
 * Setup (not timed), warm-up epochs (JIT, wasm compilation, optimizer state) for at least
 * WARMUP_SECONDS, then whole epochs timed with performance.now() until MIN_SECONDS and
 * MIN_EPOCHS (one epoch after a first epoch of over LONG_EPOCH_MS).
 */
export async function time(adapter: Adapter, w: Workload): Promise<Timing> {
  await adapter.setup(w);
  try {
    let t = performance.now();
    await adapter.trainEpoch();
    const warmupMs = performance.now() - t;
    while (performance.now() - t < WARMUP_SECONDS * 1000) await adapter.trainEpoch();
    const minEpochs = warmupMs > LONG_EPOCH_MS ? 1 : MIN_EPOCHS;
    let epochs = 0;
    let elapsed = 0;
    t = performance.now();
    while (epochs < minEpochs || elapsed < MIN_SECONDS * 1000) {
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
