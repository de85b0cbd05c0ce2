// Distributions as the page draws them and `cli train --stats` prints them (the contract's
// `--stats`): plain numbers, computed by the engine (engine/stats.ts, engine/probe.ts).

export interface Histogram {
  edges: number[];
  counts: number[];
}

export interface Distribution {
  mean: number;
  /** Population standard deviation. */
  std: number;
  histogram: Histogram;
  /** How many values were NaN or ±Infinity (left out of the rest); present only when > 0. */
  nonFinite?: number;
}

/** One document layer on the probe batch: its outputs, and dLoss/dW where it has weights. */
export interface LayerStatistics extends Distribution {
  gradient?: Distribution;
}
