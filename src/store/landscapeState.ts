// The loss landscape's part of the store: which request is current and what the worker has
// sent for it. Kept apart from the actions (landscape.ts) so that store.ts can build its
// initial state from here without importing the module that imports it.
import type { Message } from '../spec/message';
import type { LandscapePicture, LandscapeStatus, LandscapeUpdate } from '../spec/protocol/training';

export interface LandscapeState {
  /** The request shown (0: none yet); updates for any other are dropped. */
  id: number;
  status: LandscapeStatus | 'idle';
  /** The latest picture of the current request; null before its first update. */
  picture: LandscapePicture | null;
  /** Why it failed or stopped. */
  message: Message | null;
}

export function initialLandscape(): LandscapeState {
  return { id: 0, status: 'idle', picture: null, message: null };
}

/**
 * The landscape after `update`, or null when the update is not for the request shown (one
 * still in flight from a replaced request or an earlier run).
 */
export function landscapeAfter(
  current: LandscapeState,
  generation: number,
  update: LandscapeUpdate,
): LandscapeState | null {
  if (update.generation !== generation || update.id !== current.id) return null;
  return {
    id: current.id,
    status: update.status,
    // A failure shows no picture (not the previous request's, under its error message).
    picture: update.status === 'failed' ? update.picture : (update.picture ?? current.picture),
    message: update.message,
  };
}
