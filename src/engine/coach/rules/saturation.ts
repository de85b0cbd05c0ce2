// Saturation: a hidden sigmoid or tanh layer whose outputs sit at their limits, where the
// slope (and so the gradient through them) is nearly 0.
import type { Cause, Fix } from '../../../spec/protocol/diagnosis';
import { activationFix, rateAboveSteady, smallerRate, STANDARDIZE } from '../fixes';
import type { LayerSignals } from '../signals';
import { NOTHING, type Rule, type Watch } from '../watch';

/**
 * Half of a layer's outputs within 0.01 of a limit: no preset or lesson that learns reaches
 * it; three tanh layers of 64 drawn with std 1 put 0%, 39% and 71% there (the first layer
 * sees only two inputs), and learn no further than 83% on the spiral.
 */
export const SATURATED_SHARE = 0.5;

export function isSaturated(l: LayerSignals): boolean {
  return l.saturated !== null && l.saturated >= SATURATED_SHARE;
}

/**
 * Why layer `l` saturates, most specific first: weights drawn with a fixed scale blind to the
 * fan-in (the layer whose weights feed it); inputs in their own large units; steps so large
 * that they throw the units to their limits; else the activation itself.
 */
function causeOf(w: Watch, l: LayerSignals): { cause: Cause; fix: Fix } {
  const { trainer } = w;
  const spec = l.source === null ? null : trainer.experiment.model.layers[l.source];
  const init = spec !== null && 'init' in spec ? spec.init.name : null;
  if (l.source !== null && (init === 'normal' || init === 'uniform')) {
    return {
      cause: 'initTooLarge',
      fix: { setting: 'init', layers: [l.source], value: 'xavier_uniform' },
    };
  }
  if (w.inputsUnscaled) return { cause: 'inputScale', fix: STANDARDIZE };
  if (rateAboveSteady(trainer)) return { cause: 'learningRateTooLarge', fix: smallerRate(trainer) };
  return { cause: 'saturation', fix: activationFix([l.layer], 'relu') };
}

export const saturation: Rule = {
  name: 'saturation',
  at: 'probe',
  check(w: Watch) {
    const saturated = w.signals?.layers.filter(isSaturated) ?? [];
    if (saturated.length === 0) return NOTHING;
    return saturated.map((l) => ({
      layer: l.layer,
      evidence: { share: l.saturated! },
      ...causeOf(w, l),
    }));
  },
};
