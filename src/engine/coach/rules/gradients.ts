// Vanishing and exploding gradients: the scale of dLoss/dW in the first layer with weights
// against the last's. Backpropagation multiplies by each layer's weights and slopes on the
// way down; when those products stay far from 1 the first layers learn at another pace than
// the last.
import type { Signals } from '../signals';
import { NOTHING, type Rule, type Watch } from '../watch';
import { squashingLayers, STANDARDIZE } from '../fixes';

/**
 * A factor of a thousand either way: the default ReLU network stays within 25× (seeds 1–12),
 * while five sigmoid layers reach 1.3·10⁴ and eight reach 3.4·10⁵ after one epoch (the
 * activation-histograms and vanishing-gradients lessons).
 */
export const VANISHING_RATIO = 1e3;

/** The last weighted layer's gradient scale over the first's (and the two layers), or null
 *  with fewer than two weighted layers or a gradient of 0 at either end. */
export function gradientRatio(
  signals: Signals,
): { ratio: number; first: number; last: number; firstRms: number; lastRms: number } | null {
  const weighted = signals.layers.filter((l) => l.gradientRms !== null);
  if (weighted.length < 2) return null;
  const first = weighted[0],
    last = weighted[weighted.length - 1];
  const firstRms = first.gradientRms!,
    lastRms = last.gradientRms!;
  // A first gradient of exactly 0 is no gradient at all: dead or equal units, said as such.
  if (!(lastRms > 0) || !(firstRms > 0) || !Number.isFinite(firstRms + lastRms)) return null;
  return { ratio: lastRms / firstRms, first: first.layer, last: last.layer, firstRms, lastRms };
}

type Ratio = NonNullable<ReturnType<typeof gradientRatio>>;

/** Either rule's evidence: the two layers, their gradients' scales, how many times apart. */
function evidence({ first, last, firstRms, lastRms }: Ratio, ratio: number) {
  return { first, last, firstRms, lastRms, ratio };
}

export const vanishingGradients: Rule = {
  name: 'vanishingGradients',
  at: 'probe',
  check(w: Watch) {
    const r = w.signals && gradientRatio(w.signals);
    if (r === null || !(r.ratio >= VANISHING_RATIO)) return NOTHING;
    const squashing = squashingLayers(w.trainer);
    return [
      {
        layer: r.first,
        evidence: evidence(r, r.ratio),
        cause: squashing.length > 0 ? 'smallSlopes' : null,
        fix:
          squashing.length > 0 ? { setting: 'activation', layers: squashing, value: 'relu' } : null,
      },
    ];
  },
};

export const explodingGradients: Rule = {
  name: 'explodingGradients',
  at: 'probe',
  check(w: Watch) {
    const r = w.signals && gradientRatio(w.signals);
    if (r === null || !(r.ratio <= 1 / VANISHING_RATIO)) return NOTHING;
    const unscaled = w.inputsUnscaled;
    return [
      {
        layer: r.first,
        evidence: evidence(r, 1 / r.ratio),
        // The first layer's gradient is its input times its error: large inputs make it large.
        cause: unscaled ? 'inputScale' : 'initTooLarge',
        fix: unscaled ? STANDARDIZE : null,
      },
    ];
  },
};
