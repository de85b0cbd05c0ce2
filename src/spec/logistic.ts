// Logistic regression, named as what it is: the experiment's network with its hidden layers
// taken away, its output layer reading the inputs directly (a softmax over the classes, or
// a sigmoid unit for two, with their cross-entropy: the log-likelihood). The same engine
// trains it, with the same optimizer and settings, so the two can be compared as they are.
import type { Experiment } from './types';

/**
 * `experiment` with only its output layer (a dense layer, and the activation layer after it
 * if its squashing is written apart): a linear model of the inputs, squashed, fitted by its
 * log-likelihood. Refused for a network that is not a classifier of that kind.
 */
export function logisticExperiment(experiment: Experiment): Experiment {
  const layers = experiment.model.layers;
  const last = layers[layers.length - 1];
  const apart = last.type === 'activation';
  const dense = apart ? layers[layers.length - 2] : last;
  const squash = 'activation' in last ? last.activation : null;
  const likelihood = experiment.model.loss === 'cross_entropy' || experiment.model.loss === 'bce';
  const linear = dense?.type === 'dense' && (!apart || dense.activation === 'linear');
  if (!linear || (squash !== 'softmax' && squash !== 'sigmoid') || !likelihood) {
    throw new Error(
      'logistic regression needs a classifier: a softmax or sigmoid output trained with cross-entropy',
    );
  }
  const output = apart ? [{ ...dense }, { ...last }] : [{ ...dense }];
  return { ...experiment, model: { ...experiment.model, layers: output }, params: null };
}
