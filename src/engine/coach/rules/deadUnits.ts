// Dead ReLUs: units whose output is 0 for every probe sample. They pass no gradient back,
// so nothing revives them: the layer has lost that share of its width.
import { activationFix, rateAboveSteady, smallerRate } from '../fixes';
import type { LayerSignals, Signals } from '../signals';
import { NOTHING, type Rule, type Watch } from '../watch';

/**
 * Three quarters of a layer's units: the default spiral network, which learns to 95–98%,
 * loses up to 9 of a layer's 16 (seeds 1–12), while rates that kill units kill 12–16 of 16
 * (Adam at 0.1 and above, SGD at 2 and above, RMSprop at 0.1).
 */
export const DEAD_SHARE = 0.75;

/**
 * Whether most of layer `l`'s units are dead, for a reason of their own: units fed by
 * weights that are all one unit (a zero initialisation) are dead together, and symmetry says
 * why.
 */
export function isDead(l: LayerSignals, signals: Signals): boolean {
  if (l.dead === null || l.dead < 2 || l.dead / l.units < DEAD_SHARE) return false;
  const source = l.source === null ? null : signals.layers[l.source];
  return source?.identical !== source?.units;
}

export const deadUnits: Rule = {
  name: 'deadUnits',
  at: 'probe',
  check(w: Watch) {
    const signals = w.signals;
    if (signals === null) return NOTHING;
    const dead = signals.layers.filter((l) => isDead(l, signals));
    if (dead.length === 0) return NOTHING;
    // Steps too large kill units; at a steady rate, a leakier activation keeps them alive.
    const tooFast = rateAboveSteady(w.trainer);
    return dead.map((l) => ({
      layer: l.layer,
      evidence: { dead: l.dead!, units: l.units, rows: signals.rows },
      cause: tooFast ? 'learningRateTooLarge' : 'deadUnits',
      fix: tooFast ? smallerRate(w.trainer) : activationFix([l.layer], 'leaky_relu'),
    }));
  },
};
