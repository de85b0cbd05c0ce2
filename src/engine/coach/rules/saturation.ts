// Saturation: a hidden sigmoid or tanh layer whose outputs sit at their limits, where the
// slope (and so the gradient through them) is nearly 0.
import type { Fix } from '../../../spec/protocol/diagnosis';
import { inputsUnscaled, rateAboveSteady, smallerRate, STANDARDIZE } from '../advice';
import type { Rule, Watch } from '../watch';

/**
 * Half of a layer's outputs within 0.01 of a limit: no preset or lesson that learns reaches
 * it; three tanh layers of 64 drawn with std 1 put 0%, 39% and 71% there (the first layer
 * sees only two inputs), and learn no further than 83% on the spiral.
 */
export const SATURATED_SHARE = 0.5;

export const saturation: Rule = {
  name: 'saturation',
  at: 'epoch',
  check(w: Watch) {
    if (w.signals === null) return [];
    const specs = w.trainer.experiment.model.layers;
    return w.signals.layers
      .filter((l) => l.saturated !== null && l.saturated >= SATURATED_SHARE)
      .map((l) => {
        const spec = specs[l.layer];
        // Weights drawn with a fixed scale, blind to the fan-in, are the usual cause.
        const blind =
          'init' in spec && (spec.init.name === 'normal' || spec.init.name === 'uniform');
        // Or inputs in their own large units; or steps so large that they throw the units to
        // their limits; else the activation itself.
        const unscaled = !blind && inputsUnscaled(w.trainer);
        const tooFast = !blind && !unscaled && rateAboveSteady(w.trainer);
        const fix: Fix = blind
          ? { setting: 'init', layers: [l.layer], value: 'xavier_uniform' }
          : unscaled
            ? STANDARDIZE
            : tooFast
              ? smallerRate(w.trainer)
              : { setting: 'activation', layers: [l.layer], value: 'relu' };
        const cause = blind
          ? 'initTooLarge'
          : unscaled
            ? 'inputScale'
            : tooFast
              ? 'learningRateTooLarge'
              : 'saturation';
        return { layer: l.layer, evidence: { share: l.saturated! }, cause, fix } as const;
      });
  },
};
