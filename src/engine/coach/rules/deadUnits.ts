// Dead ReLUs: units whose output is 0 for every probe sample. They pass no gradient back,
// so nothing revives them: the layer has lost that share of its width.
import { rateAboveSteady, smallerRate } from '../advice';
import type { Rule, Watch } from '../watch';

/**
 * Three quarters of a layer's units: the default spiral network, which learns to 95–98%,
 * loses up to 9 of a layer's 16 (seeds 1–12), while rates that kill units kill 12–16 of 16
 * (Adam at 0.1 and above, SGD at 2 and above, RMSprop at 0.1).
 */
export const DEAD_SHARE = 0.75;

export const deadUnits: Rule = {
  name: 'deadUnits',
  at: 'epoch',
  check(w: Watch) {
    if (w.signals === null) return [];
    const tooFast = rateAboveSteady(w.trainer);
    return (
      w.signals.layers
        .filter((l) => l.dead !== null && l.dead >= 2 && l.dead / l.units >= DEAD_SHARE)
        // Units that are all one unit are dead together: symmetry says why.
        .filter((l) => l.identical !== l.units)
        .map((l) => ({
          layer: l.layer,
          evidence: { dead: l.dead!, units: l.units },
          cause: tooFast ? ('learningRateTooLarge' as const) : ('deadUnits' as const),
          fix: tooFast
            ? smallerRate(w.trainer)
            : { setting: 'activation' as const, layers: [l.layer], value: 'leaky_relu' as const },
        }))
    );
  },
};
