// A loaded model's weights (the experiment's `params`) belong to its network. Edits of
// anything else keep them (a new run starts from them again); an edit of the network sets
// them aside, since they would no longer fit it, or would fit and mean something else.
import type { Experiment } from '../spec/types';
import type { Message } from '../spec/message';

/**
 * When `edited` (an edit's result, not yet validated) carries `current`'s params unchanged
 * but another model, drops them in place and returns a notice saying so; else null.
 */
export function setAsideStaleParams(current: Experiment, edited: unknown): Message | null {
  if (current.params === null || typeof edited !== 'object' || edited === null) return null;
  const draft = edited as Partial<Experiment>;
  if (draft.params == null || JSON.stringify(draft.model) === JSON.stringify(current.model)) {
    return null;
  }
  // Compared only once the model differs: weights are the big part of the document.
  if (JSON.stringify(draft.params) !== JSON.stringify(current.params)) return null;
  draft.params = null;
  return { key: 'notice.weightsSetAside' };
}
