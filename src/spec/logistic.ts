// Logistic regression, named as what it is: the experiment's network with its hidden layers
// taken away, its output layer reading the inputs directly (a softmax over the classes, or
// a sigmoid unit for two, with their cross-entropy: the log-likelihood). The same engine
// trains it, with the same optimizer and settings, so the two can be compared as they are.
import type { Experiment } from './types';

/** `experiment` with only its output layer: a linear model of the inputs, squashed. */
export function logisticExperiment(experiment: Experiment): Experiment {
  const layers = experiment.model.layers;
  const output = layers[layers.length - 1];
  if (
    output.type !== 'dense' ||
    (output.activation !== 'softmax' && output.activation !== 'sigmoid')
  ) {
    throw new Error('logistic regression needs a classifier: a softmax or sigmoid output layer');
  }
  return {
    ...experiment,
    model: { ...experiment.model, layers: [{ ...output }] },
    params: null,
  };
}
