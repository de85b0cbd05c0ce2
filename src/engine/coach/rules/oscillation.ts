// Oscillation: at a large rate, the minibatch loss swinging widely without coming down, step
// after step: each step overshoots the valley it aims at. A smaller rate lets it settle.
import { rateAboveSteady, smallerRate } from '../fixes';
import { NOTHING, type Rule, type Watch } from '../watch';

/** The window it judges: a hundred steps, ten epochs of the 400-sample spiral. */
export const OSCILLATION_WINDOW = 100;
/**
 * Swinging widely: the losses' standard deviation at least a quarter of their mean. Adam at
 * 0.5 on two tanh layers swings by 25–34% around 0.8 (above guessing's 0.69); the default
 * network's windows swing by 9–14% while their mean is that high.
 */
export const OSCILLATION_SPREAD = 0.25;
/** Without trend: the window's newer half no more than 10% below its older half. */
export const OSCILLATION_TREND = 0.9;
/** No better than at the start: the mean above 80% of the untrained loss (or guessing's). */
export const OSCILLATION_LEVEL = 0.8;

export const oscillation: Rule = {
  name: 'oscillation',
  at: 'step',
  check(w: Watch) {
    const s = w.steps;
    // Judged every half window (cheap, and a window overlaps the last by half).
    if (s.size < OSCILLATION_WINDOW || w.trainer.step % (OSCILLATION_WINDOW / 2) !== 0) {
      return NOTHING;
    }
    // At a small rate a flat, noisy loss is the minibatches' own spread (a regression's
    // squared errors vary by 25% between batches of 32), not steps that overshoot.
    if (!rateAboveSteady(w.trainer)) return NOTHING;
    const half = OSCILLATION_WINDOW / 2;
    let newer = 0,
      older = 0,
      squares = 0;
    for (let i = 0; i < OSCILLATION_WINDOW; i++) {
      const loss = s.back(i);
      if (i < half) newer += loss;
      else older += loss;
      squares += loss * loss;
    }
    const mean = (newer + older) / OSCILLATION_WINDOW;
    const spread = Math.sqrt(Math.max(0, squares / OSCILLATION_WINDOW - mean * mean));
    const flat = newer >= OSCILLATION_TREND * older;
    const wide = spread >= OSCILLATION_SPREAD * mean;
    const reference = Math.max(w.untrained, w.chance ?? 0);
    if (!(flat && wide && mean >= OSCILLATION_LEVEL * reference)) return NOTHING;
    return [
      {
        layer: null,
        evidence: { mean, spread, steps: OSCILLATION_WINDOW },
        cause: 'learningRateTooLarge',
        fix: smallerRate(w.trainer),
      },
    ];
  },
};
