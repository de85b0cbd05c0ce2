// Exploding: the minibatch loss far above where it started, step after step. A loss that
// became NaN or infinite ends the run (engine/runDriver.ts), and the coach says it the same
// way (coach.ts). Either way the rate is the first thing to lower.
import { smallerRate } from '../fixes';
import { NOTHING, type Rule, type Watch } from '../watch';

/**
 * Ten times the untrained loss (or guessing's, if larger): no run of the presets and lessons
 * that learns passes it (tests/engine/coach/healthy.test.ts), while a rate that overshoots
 * passes it within a few steps: Adam at 100 on the default spiral reaches 1.9·10⁹ against
 * 0.70 by step 4, Adam at 1 reaches 23, SGD at 0.5 on the learning-rate lesson's plane 31×.
 */
export const EXPLODING_FACTOR = 10;
/** Three steps in a row: one unlucky minibatch is not an explosion. */
export const EXPLODING_STEPS = 3;

export const exploding: Rule = {
  name: 'exploding',
  at: 'step',
  pause: true,
  check(w: Watch) {
    const reference = Math.max(w.untrained, w.chance ?? 0);
    if (w.steps.size < EXPLODING_STEPS) return NOTHING;
    for (let i = 0; i < EXPLODING_STEPS; i++) {
      if (!(w.steps.back(i) > EXPLODING_FACTOR * reference)) return NOTHING;
    }
    const evidence = { from: w.untrained, to: w.steps.back(0), steps: w.trainer.step };
    return [{ layer: null, evidence, cause: 'learningRateTooLarge', fix: smallerRate(w.trainer) }];
  },
};
