// Why the classic-methods worker did not answer (a fit, k-means, PCA, the curse), as the page
// words it: its refusal in its own words (too many points, a regression), or its death (it
// is replaced at the next call, so trying again is the way on).
import type { Message } from '../spec/message';
import { deathOf } from '../worker/guard';
import { SILENCE_MS } from '../worker/heartbeat';

export function classicFailure(e: unknown): Message {
  const message = e instanceof Error ? e.message : String(e);
  const death = deathOf(e);
  if (death === 'silent')
    return { key: 'classic.workerSilent', vars: { seconds: SILENCE_MS / 1000 } };
  if (death !== null) return { key: 'classic.workerCrashed', vars: { message } };
  return { key: 'classic.refused', vars: { message } };
}
