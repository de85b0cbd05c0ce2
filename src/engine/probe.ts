// Per-layer statistics on a fixed probe batch (the first training samples, up to
// EVALUATION_ROWS), in evaluation mode so they do not depend on dropout draws:
// each document layer's output distribution, and the gradients of its weights (dense: W).
import { weightsOf } from './layers/layer';
import { rowView, type Matrix } from './matrix';
import { distribution } from './stats';
import { EVALUATION_ROWS } from '../spec/limits';
import type { LayerStatistics } from '../spec/protocol/statistics';
import type { Trainer } from './train';

export type { LayerStatistics };

/**
 * The first `limit` training samples (fewer if the set or the model's buffers are smaller)
 * and their targets: the batch the histograms (here) and the coach (coach/signals.ts) look
 * inside the network with.
 */
export function probeBatch(trainer: Trainer, limit: number): { x: Matrix; targets: Matrix } {
  const { x, n, features } = trainer.data.train;
  const rows = Math.min(n, limit, trainer.model.capacity);
  return {
    x: rowView({ rows: n, cols: features, data: x }, 0, rows),
    targets: rowView(trainer.targets.train, 0, rows),
  };
}

export function layerStatistics(trainer: Trainer): LayerStatistics[] {
  const { model } = trainer;
  const { x: probe, targets: probeTargets } = probeBatch(trainer, EVALUATION_ROWS);

  const outputs = model.forwardEach(probe);
  const stats: LayerStatistics[] = model.outputOf.map((index) => {
    const out = outputs[index];
    return distribution(out.data, out.rows * out.cols);
  });

  model.lossAndGradient(probe, probeTargets, false);
  model.primitivesOf.forEach((indices, i) => {
    const weights = weightsOf(indices.map((index) => model.layers[index]));
    if (weights !== null) stats[i].gradient = distribution(weights.grad);
  });
  return stats;
}
