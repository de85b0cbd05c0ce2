// Symmetry: units of a hidden layer with the same weights and bias as each other after
// training. Units that start equal get equal gradients and stay equal whatever the data:
// the layer is as wide as one unit (zero initialisation is the usual cause).
import type { Rule, Watch } from '../watch';

export const symmetry: Rule = {
  name: 'symmetry',
  at: 'epoch',
  check(w: Watch) {
    if (w.signals === null) return [];
    const last = w.signals.layers.length - 1;
    // Two equal units are already one too many: random initial weights never coincide.
    return w.signals.layers
      .filter((l) => l.layer < last && l.identical !== null && l.identical >= 2)
      .map((l) => ({
        layer: l.layer,
        evidence: { identical: l.identical!, units: l.units },
        cause: 'zeroInit' as const,
        fix: { setting: 'init' as const, layers: [l.layer], value: 'he_uniform' as const },
      }));
  },
};
