// How a run ended, as the page is told it: a status and a message key with its values, one
// family (`run.…`) for the playground's run and the pool's. The engine's run driver decides
// that the run ended and how (engine/runDriver.ts); this only words it.
import { chanceLoss } from '../engine/losses';
import type { RunEnd } from '../engine/runDriver';
import type { EpochResult, Trainer } from '../engine/train';
import type { Message } from '../spec/message';
import type { RunStatus } from '../spec/protocol/runStatus';
import { messageOf } from './refusal';

/** The status a run ends with: early stopping finishes it too. */
export function endStatus(end: RunEnd): RunStatus {
  return end.how === 'stoppedEarly' ? 'finished' : end.how;
}

/**
 * Why a run stopped before its epochs were done: it diverged (where, and the learning rate
 * to lower), early stopping ended it, or the engine failed (its own words as {message}).
 */
export function stopMessage(end: Exclude<RunEnd, { how: 'finished' }>): Message {
  switch (end.how) {
    case 'diverged': {
      const { step, epoch, lr } = end;
      if (end.at === 'epoch') return { key: 'run.diverged.epoch', vars: { epoch, step, lr } };
      return { key: 'run.diverged.step', vars: { loss: end.loss, step, epoch, lr } };
    }
    case 'stoppedEarly':
      return { key: 'run.stoppedEarly', vars: { epoch: end.epoch, patience: end.patience } };
    case 'failed':
      return messageOf(end.error, 'run.failed');
  }
}

/**
 * The playground's words for a run that trained its epochs: finished, nothing to train, past
 * a limit lowered mid-run, or finished worse than guessing. `last` is the epoch that ended
 * it, if it ended at an epoch's end.
 */
export function finishMessage(
  trainer: Trainer,
  classes: number,
  last: EpochResult | null,
): Message {
  const done = trainer.epoch;
  const { epochs } = trainer.experiment.training;
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
