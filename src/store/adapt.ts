// When the data changes, the network's ends follow it: the input width becomes the data's,
// and the output layer and loss follow the task (softmax + cross-entropy for classes,
// linear + MSE for regression; a sigmoid + BCE output is kept while there are two classes).
import { DATASETS } from '../engine/data/registry';
import type { Experiment, LayerSpec } from '../spec/types';

export function fitModelToData(e: Experiment): void {
  const entry = e.data.kind === 'inline' ? undefined : DATASETS[e.data.kind];
  if (entry === undefined) return;
  const data = e.data as { samples: number; noise: number; classes: number };
  const classes = entry.classCount(data);
  e.model.inputs = entry.features;
  const lastDense = e.model.layers.map((l) => l.type).lastIndexOf('dense');
  const output: LayerSpec =
    lastDense >= 0
      ? { ...e.model.layers[lastDense] }
      : { type: 'dense', units: 1, activation: 'linear', init: { name: 'xavier_uniform' } };
  if (output.type !== 'dense') return;
  if (entry.task === 'regression') {
    e.model.loss = 'mse';
    output.units = entry.targetDims;
    output.activation = 'linear';
  } else if (e.model.loss === 'bce' && classes === 2) {
    output.units = 1;
    output.activation = 'sigmoid';
  } else {
    e.model.loss = 'cross_entropy';
    output.units = classes;
    output.activation = 'softmax';
  }
  // Whatever came after the output layer (an activation, a dropout) no longer fits it.
  e.model.layers = [...e.model.layers.slice(0, Math.max(lastDense, 0)), output];
}
