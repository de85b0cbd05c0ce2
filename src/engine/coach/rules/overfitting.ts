// Overfitting: the validation loss rising for several epochs from its lowest while the
// training loss goes on falling. The network learns the training samples by heart.
import type { Rule, Watch } from '../watch';

/** Five epochs past the best: as early stopping's usual patience, so one noisy epoch is not it. */
export const OVERFITTING_EPOCHS = 5;
/**
 * Thirty percent above its lowest: healthy presets drift up to 17% near their floor
 * (compare-batchnorm's batch-norm run 0.107 → 0.126, spiral.json 14%, iris 16%), while the
 * overfitting lesson passes 30% by epoch 11 on its way to 13 times its lowest.
 */
export const OVERFITTING_RISE = 0.3;

export const overfitting: Rule = {
  name: 'overfitting',
  at: 'epoch',
  check(w: Watch) {
    const epochs = w.epochs;
    const now = epochs.at(-1);
    if (now?.validation == null) return [];
    let best = 0;
    for (let i = 1; i < epochs.length; i++) {
      if (epochs[i].validation!.loss < epochs[best].validation!.loss) best = i;
    }
    const then = epochs[best];
    const rose = now.validation.loss >= (1 + OVERFITTING_RISE) * then.validation!.loss;
    const fell = now.train.loss < then.train.loss;
    if (epochs.length - 1 - best < OVERFITTING_EPOCHS || !rose || !fell) return [];
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
