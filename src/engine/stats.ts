// Distributions streamed to the page (and printed by `cli train --stats`): per layer, the
// outputs on a fixed probe batch and the weight gradients there. These are what make
// saturation, collapse, dead units and vanishing gradients visible.
import type { Distribution, Histogram } from '../spec/protocol/statistics';
import type { Floats } from './matrix';

export type { Distribution, Histogram };

/** 30 bins: fine enough to show a bimodal saturated layer, coarse enough for 1000 samples. */
export const HISTOGRAM_BINS = 30;

/** Mean, std and an equal-width histogram over the value range of the first `count` values. */
export function distribution(
  values: Floats,
  count = values.length,
  bins = HISTOGRAM_BINS,
): Distribution {
  let n = 0,
    sum = 0,
    min = Infinity,
    max = -Infinity;
  for (let i = 0; i < count; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    n++;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const mean = n > 0 ? sum / n : 0;
  let squares = 0;
  for (let i = 0; i < count; i++) {
    const v = values[i];
    if (Number.isFinite(v)) squares += (v - mean) * (v - mean);
  }
  if (n === 0) {
    min = 0;
    max = 0;
  }
  // A constant layer (all zeros, say) still gets a readable axis: one unit wide around it.
  if (max - min <= Math.abs(mean) * 1e-7) {
    min -= 0.5;
    max += 0.5;
  }
  const width = (max - min) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + i * width));
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < count; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    counts[Math.min(bins - 1, Math.floor((v - min) / width))]++;
  }
  const result: Distribution = {
    mean,
    std: n > 0 ? Math.sqrt(squares / n) : 0,
    histogram: { edges, counts },
  };
  if (n < count) result.nonFinite = count - n;
  return result;
}
