// Logistic regression beside the network: the experiment's own network with its hidden
// layers taken away (spec/logistic.ts), trained by the same engine to the end of its epochs
// (the run driver decides the end, as for every run), and drawn on the same grid as the
// network's boundary. Its log-likelihood is the engine's training loss, which is the data
// term alone: the L1/L2 penalties enter the gradients (train.ts addPenalties), never the
// reported loss.
import type { PreparedData } from '../engine/prepare';
import { RunDriver } from '../engine/runDriver';
import { Trainer, type EpochResult, type Metrics } from '../engine/train';
import { parseExperiment } from '../spec/experiment';
import { logisticExperiment } from '../spec/logistic';
import type { ClassicFit } from '../spec/protocol/classic';
import type { Experiment } from '../spec/types';
import { viewOf } from './summary';
import { boundaryGrid } from './views';

export function fitLogistic(experiment: Experiment, data: PreparedData): ClassicFit {
  // The cut-down network is a document of its own: checked whole, as every one the engine trains.
  const logistic = parseExperiment(logisticExperiment(experiment));
  const trainer = new Trainer(logistic, data);
  let last: EpochResult | null = null;
  const end = new RunDriver(trainer, { epoch: (r) => (last = r) }).toEnd();
  if (end.how === 'failed') throw end.error;
  if (end.how === 'diverged') {
    throw new Error(
      `logistic regression diverged in epoch ${end.epoch} (its loss became ${end.loss}): lower the learning rate, now ${end.lr}`,
    );
  }
  const final = last as EpochResult | null;
  const train: Metrics = final?.train ?? trainer.evaluate('train');
  const validation =
    final !== null ? final.validation : data.validation && trainer.evaluate('validation');
  const view = data.train.features === 2 ? viewOf(experiment, data.raw.train) : null;
  return {
    method: { name: 'logistic' },
    trainAccuracy: train.accuracy ?? 0,
    validationAccuracy: validation?.accuracy ?? null,
    trainCount: data.train.n,
    boundary: view && boundaryGrid(trainer, data, view),
    decision: null,
    supportCount: 0,
    supportPoints: null,
    converged: true,
    logLikelihood: -data.train.n * train.loss * crossEntropyTerms(logistic, trainer),
    epochs: trainer.epoch,
  };
}

/**
 * How many cross-entropy terms the engine's loss averages over per sample: the softmax's
 * cross-entropy is one per sample; BCE is a mean over every output (losses.ts), so a sample's
 * negative log-likelihood is its outputs' BCE summed (one output for the usual single
 * sigmoid unit).
 */
function crossEntropyTerms(experiment: Experiment, trainer: Trainer): number {
  return experiment.model.loss === 'bce' ? trainer.model.outputs : 1;
}
