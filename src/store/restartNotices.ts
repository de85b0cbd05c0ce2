// The notice that a trained run started over, and what changed to make it: news until that
// run ends or the user resets, when only these go (a link that failed to open stays said).
import type { Message } from '../spec/message';
import type { Experiment } from '../spec/types';

/** Why a trained run started over: what changed, the first of data, network, optimizer. */
export function restartNotice(a: Experiment, b: Experiment): Message {
  if (b.params !== null) return { key: 'notice.restartedFromLoaded' };
  const differ = (pick: (e: Experiment) => unknown) =>
    JSON.stringify(pick(a)) !== JSON.stringify(pick(b));
  // The seed sits with the data on the page (it draws the points, and the weights).
  if (differ((e) => [e.data, e.validation, e.seed])) return { key: 'notice.restarted.data' };
  if (differ((e) => e.model)) return { key: 'notice.restarted.network' };
  if (a.optimizer.name !== b.optimizer.name) return { key: 'notice.restarted.optimizer' };
  return { key: 'notice.restarted' };
}

/** `notices` without those saying a run started over. */
export function withoutRestartNotices(notices: Message[]): Message[] {
  return notices.filter((n) => !n.key.startsWith('notice.restarted'));
}
