// The loss landscape's actions: ask the worker for one, or stop it. What comes back is
// applied by worker.ts's landscape callback (see landscapeState.ts).
import type { LandscapeDirections } from '../spec/protocol/training';
import { useStore } from './store';
import { trainingWorker } from './worker';

export type { LandscapeState } from './landscapeState';

/**
 * Computes the loss over a plane through the current weights on a resolution² grid; training
 * pauses while it does. A new request replaces one still computing.
 */
export function computeLandscape(directions: LandscapeDirections, resolution: number): void {
  const state = useStore.getState();
  if (state.run.status === 'loading' || state.run.status === 'idle') return;
  const id = state.landscape.id + 1;
  // The previous picture stays until the first update replaces it (a few milliseconds):
  // clearing it would collapse the panel for a frame and jump the page below.
  useStore.setState({ landscape: { ...state.landscape, id, status: 'computing', message: null } });
  void trainingWorker().landscape({
    generation: state.run.generation,
    id,
    directions,
    resolution,
  });
}

/** Stops the landscape computing; what is already computed stays on screen. */
export function cancelLandscape(): void {
  void trainingWorker().cancelLandscape();
}
