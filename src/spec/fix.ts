// A finding's one setting (spec/protocol/diagnosis.ts Fix) written into an experiment: what
// the page's "Set the learning rate to 0.01" button does to the document, before validation.
import type { Fix } from './protocol/diagnosis';
import type { Experiment, LayerSpec } from './types';

/**
 * `experiment` with `fix` set, in place (the caller passes a copy it owns). A layer that has
 * no such field (a fix for an initializer aimed at a pooling layer) is refused with the
 * reason: the document is not changed behind the user's back.
 */
export function withFix(experiment: Experiment, fix: Fix): Experiment {
  switch (fix.setting) {
    case 'lr':
      experiment.optimizer.lr = fix.value;
      break;
    case 'normalize':
      experiment.data.normalize = fix.value;
      break;
    case 'earlyStopping':
      experiment.training.earlyStopping = { patience: fix.patience, minDelta: 0 };
      break;
    case 'init':
      for (const layer of layersOf(experiment, fix.layers)) {
        if (!('init' in layer)) throw new Error(`a ${layer.type} layer has no initializer`);
        layer.init = { name: fix.value };
      }
      break;
    case 'activation':
      for (const layer of layersOf(experiment, fix.layers)) {
        if (!('activation' in layer)) throw new Error(`a ${layer.type} layer has no activation`);
        layer.activation = fix.value;
      }
      break;
  }
  return experiment;
}

function layersOf(experiment: Experiment, indices: readonly number[]): LayerSpec[] {
  return indices.map((i) => {
    const layer = experiment.model.layers[i];
    if (layer === undefined) throw new Error(`the network has no layer ${i + 1}`);
    return layer;
  });
}
