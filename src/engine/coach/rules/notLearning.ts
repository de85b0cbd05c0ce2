// Not learning: some epochs in, the loss on the probe batch has at best hardly moved from
// the untrained network's, or come no lower than guessing's. (A run that learned and then
// lost it is another story: oscillation, or an explosion.) The cause is read from the other signals
// (cause.ts): equal units, dead or saturated ones, a vanishing gradient, a rate
// too small.
import { likelyCause } from '../cause';
import { NOTHING, type Rule, type Watch } from '../watch';

/**
 * Five epochs and 200 steps (or all of a shorter run): a 400-sample set's epoch is ten steps
 * of 32, and SGD with momentum at 0.01 moves the spiral's loss by under 2% in its first 50
 * steps, then learns. By then the presets' loss has fallen by a third or more.
 */
export const NOT_LEARNING_EPOCHS = 5;
export const NOT_LEARNING_STEPS = 200;
/**
 * Moved by less than 2% of the untrained loss: SGD at 1e-6 moves it by 0.002%, a zero
 * initialisation by 0.01%, while every preset and lesson run that learns has moved it by
 * more by then.
 */
export const NOT_LEARNING_MOVED = 0.02;
/** Never 2% below guessing's loss: a network that learned nothing but its class counts. */
export const AT_CHANCE = 0.02;

export const notLearning: Rule = {
  name: 'notLearning',
  at: 'probe',
  check(w: Watch) {
    const epochs = w.epochs.length;
    const last = epochs >= w.trainer.experiment.training.epochs;
    const due = epochs >= NOT_LEARNING_EPOCHS && w.trainer.step >= NOT_LEARNING_STEPS;
    if (w.signals === null || !(due || last)) return NOTHING;
    const loss = w.lowest;
    const moved = (w.untrained - loss) / w.untrained;
    const atChance = w.chance !== null && loss >= (1 - AT_CHANCE) * w.chance;
    if (!(moved < NOT_LEARNING_MOVED || atChance)) return NOTHING;
    // The probe's loss at its lowest, on the probe's samples: what the rule judged.
    const evidence: Record<string, number> = {
      from: w.untrained,
      to: loss,
      epochs,
      rows: w.signals.rows,
    };
    if (w.chance !== null) evidence.chance = w.chance;
    return [{ layer: null, evidence, ...likelyCause(w.trainer, w.signals) }];
  },
};
