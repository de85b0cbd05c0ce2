// Overfitting: the validation loss rising for several epochs from its lowest while the
// training loss goes on falling. The network learns the training samples by heart.
import { NOTHING, type Rule, type Watch } from '../watch';

/** Five epochs past the best: as early stopping's usual patience, so one noisy epoch is not it. */
export const OVERFITTING_EPOCHS = 5;
/**
 * Thirty percent above its lowest: healthy presets drift up to 17% near their floor
 * (compare-batchnorm's batch-norm run 0.107 → 0.126, spiral.json 14%, iris 16%), while the
 * overfitting lesson passes 30% by epoch 11 on its way to 13 times its lowest.
 */
export const OVERFITTING_RISE = 0.3;
/**
 * And by a tenth of guessing's loss (of the untrained loss, for a regression): the default
 * network taken to the other data sets drives its training loss towards 0 and its validation
 * loss up by 37–300% from tiny floors (circle 0.0017 → 0.0024, xor 0.005 → 0.016, digits
 * 0.22 → 0.34 against guessing's 2.30) while its accuracy holds; the lesson's rise is 0.18
 * against guessing's 0.69.
 */
export const OVERFITTING_SCALE = 0.1;

export const overfitting: Rule = {
  name: 'overfitting',
  at: 'epoch',
  check(w: Watch) {
    const epochs = w.epochs;
    const now = epochs.at(-1);
    if (now?.validation == null) return NOTHING;
    let best = 0;
    for (let i = 1; i < epochs.length; i++) {
      if (epochs[i].validation!.loss < epochs[best].validation!.loss) best = i;
    }
    const then = epochs[best];
    const reference = w.chance ?? w.untrained;
    const rise = now.validation.loss - then.validation!.loss;
    const rose =
      now.validation.loss >= (1 + OVERFITTING_RISE) * then.validation!.loss &&
      rise >= OVERFITTING_SCALE * reference;
    const fell = now.train.loss < then.train.loss;
    if (epochs.length - 1 - best < OVERFITTING_EPOCHS || !rose || !fell) return NOTHING;
    const stopping = w.trainer.experiment.training.earlyStopping !== null;
    return [
      {
        layer: null,
        evidence: {
          began: then.epoch,
          valFrom: then.validation!.loss,
          valTo: now.validation.loss,
          trainFrom: then.train.loss,
          trainTo: now.train.loss,
        },
        cause: 'memorising',
        fix: stopping ? null : { setting: 'earlyStopping', patience: OVERFITTING_EPOCHS },
      },
    ];
  },
};
