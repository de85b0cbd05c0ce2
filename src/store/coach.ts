// What the coach's findings offer the student: the one setting to try, applied as one edit.
// A new run starts from the network's first weights, so the student sees the mended run
// from its beginning (an exploded network's weights are past saving anyway).
import { withFix } from '../spec/fix';
import type { Fix } from '../spec/protocol/diagnosis';
import { editExperiment } from './actions';

/** Sets `fix` in the experiment and starts the run over (a refusal is said as any edit's). */
export function applyFix(fix: Fix): void {
  editExperiment((draft) => withFix(draft, fix), { restart: null });
}
