// Where a run stands, in the same words for the playground's run (worker/session.ts, its
// snapshots) and the pool's (worker/runJob.ts, a compare's runs and a search's trials). How
// it ends is decided in one place for both, the engine's run driver (engine/runDriver.ts).
//
// A playground run is 'idle' until a network is loaded, then 'paused' or 'running'; a pool
// run is 'queued' until a worker takes it, then 'running'. Either ends once:
// - 'finished': it trained its epochs, or early stopping ended it;
// - 'diverged': its loss stopped being finite;
// - 'failed': the engine threw, its data could not be prepared, or its worker died;
// - 'cancelled' (the pool only): the page no longer wants it.
export type RunStatus =
  'idle' | 'queued' | 'paused' | 'running' | 'finished' | 'diverged' | 'failed' | 'cancelled';

/** The statuses that end a run: a pool run's last update carries one, and nothing follows it. */
export function isFinalStatus(status: RunStatus): boolean {
  return (
    status === 'finished' || status === 'diverged' || status === 'failed' || status === 'cancelled'
  );
}
