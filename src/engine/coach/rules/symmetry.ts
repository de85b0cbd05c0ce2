// Symmetry: units of a hidden layer with the same weights and bias as each other after
// training. Units that start equal get equal gradients and stay equal whatever the data:
// the layer works as one unit (zero initialisation is the usual cause).
import { initFix } from '../fixes';
import type { Signals } from '../signals';
import { NOTHING, type Rule, type Watch } from '../watch';

/** The hidden layers with twins: two equal units are one too many, since random initial
 *  weights never coincide (twins.ts). */
export function symmetricLayers(signals: Signals): number[] {
  const last = signals.layers.length - 1;
  return signals.layers
    .filter((l) => l.layer < last && l.identical !== null && l.identical >= 2)
    .map((l) => l.layer);
}

export const symmetry: Rule = {
  name: 'symmetry',
  at: 'probe',
  check(w: Watch) {
    if (w.signals === null) return NOTHING;
    const symmetric = symmetricLayers(w.signals);
    if (symmetric.length === 0) return NOTHING;
    const layers = w.signals.layers;
    // One button for every layer that started equal: each finding's fix mends them all.
    return symmetric.map((i) => ({
      layer: i,
      evidence: { identical: layers[i].identical!, units: layers[i].units },
      cause: 'zeroInit',
      fix: initFix(w.trainer, symmetric, i),
    }));
  },
};
