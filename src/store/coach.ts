// What the coach's findings offer the student: the one setting to try, applied as one edit.
// A new run starts from the network's first weights, so the student sees the mended run
// from its beginning (an exploded network's weights are past saving anyway).
import type { Fix } from '../spec/protocol/diagnosis';
import type { Experiment } from '../spec/types';
import { editExperiment } from './actions';

/** Sets `fix` in the experiment and starts the run over. */
export function applyFix(fix: Fix): void {
  editExperiment((draft) => fixed(draft, fix), { restart: null });
}

/** `draft` with `fix` set (the draft is a copy the caller owns). */
export function fixed(draft: Experiment, fix: Fix): Experiment {
  switch (fix.setting) {
    case 'lr':
      draft.optimizer.lr = fix.value;
      break;
    case 'normalize':
      draft.data.normalize = fix.value;
      break;
    case 'earlyStopping':
      draft.training.earlyStopping = { patience: fix.patience, minDelta: 0 };
      break;
    case 'init':
    case 'activation':
      for (const i of fix.layers) {
        const layer = draft.model.layers[i] as unknown as Record<string, unknown>;
        if (fix.setting === 'init') layer.init = { name: fix.value };
        else layer.activation = fix.value;
      }
      break;
  }
  return draft;
}
