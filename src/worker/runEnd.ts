// When a playground run has trained enough, and what to tell the user then: finished, past
// a limit lowered mid-run, nothing to train, or finished worse than guessing.
import { chanceLoss } from '../engine/losses';
import type { EpochResult, Trainer } from '../engine/train';
import type { RunMessage } from '../spec/protocol/training';

/**
 * Null while the run has epochs to go; else why it ends. At the last epoch's end (`last`),
 * or at once when the limit is lowered below the epochs done, or set to 0.
 */
export function endMessage(
  trainer: Trainer,
  classes: number,
  last?: EpochResult,
): RunMessage | null {
  const done = trainer.epoch;
  const { epochs } = trainer.experiment.training;
  if (done < epochs) return null;
  if (epochs === 0) return { key: 'run.noEpochs', vars: {} };
  if (done > epochs) return { key: 'run.pastLimit', vars: { epoch: done, epochs } };
  // Finite but worse than guessing (a rate so large the loss bounces around): say so, rather
  // than "finished" as if all were well. Half again above chance, so that a run that merely
  // learned nothing is not called worse.
  const chance = chanceLoss(trainer.experiment.model.loss, classes);
  const loss = last?.train.loss ?? 0;
  if (chance !== null && loss > 1.5 * chance) {
    const vars = { epochs, loss: round(loss), chance: round(chance), lr: trainer.learningRate };
    return { key: 'run.finishedAboveChance', vars };
  }
  return { key: 'run.finished', vars: { epochs } };
}

/** Three significant digits: a loss for a sentence. */
function round(x: number): number {
  return Number(x.toPrecision(3));
}
