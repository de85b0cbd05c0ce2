// A worker that stops answering raises no event: one terminated from outside, or stuck in a
// loop that never yields, is simply silent, and comlink's calls to it wait forever. So every
// worker beats (a small message a few times a second, sent only while its event loop turns)
// and the page, hearing nothing for SILENCE_MS, takes it for dead. Both halves are here.
import { setPulse } from '../engine/pulse';

/** How often a worker beats. */
export const BEAT_MS = 250;
/** Silence after which the page gives a worker up: eight beats missed. */
export const SILENCE_MS = 2000;
/**
 * A new worker has this long to send its first beat: its script is fetched, parsed and
 * compiled first, which on a busy machine takes longer than a beat's silence.
 */
export const FIRST_BEAT_MS = 15_000;

/** The beat; comlink ignores messages without an id, so it passes beside its calls. */
const BEAT = { descentBeat: true } as const;

interface Poster {
  postMessage(message: unknown): void;
}

/**
 * In a worker: beats on `endpoint` for as long as the worker lives, from a timer while its
 * event loop turns, and from the engine's long loops (engine/pulse.ts) while it does not.
 */
export function beat(endpoint: Poster): void {
  let last = -Infinity;
  const send = () => {
    last = performance.now();
    endpoint.postMessage(BEAT);
  };
  send(); // at once: a worker that hangs in its first job has beaten, and is judged by SILENCE_MS
  const timer = setInterval(send, BEAT_MS);
  // In Node (the bridge's tests), a beat alone does not keep the process running.
  (timer as { unref?: () => void }).unref?.();
  // A message posted from a busy worker reaches the page at once: the page then knows the
  // worker is working, not hung, while an evaluation takes seconds.
  setPulse(() => {
    if (performance.now() - last >= BEAT_MS) send();
  });
}

export interface HeartbeatClock {
  now(): number;
  every(fn: () => void, ms: number): () => void;
}

const realClock: HeartbeatClock = {
  now: () => performance.now(),
  every(fn, ms) {
    const timer = setInterval(fn, ms);
    return () => clearInterval(timer);
  },
};

/** How often the page listens for the silence. */
const CHECK_MS = 250;

/**
 * On the page: calls `onSilence` once when `worker` has not beaten for SILENCE_MS (or not
 * yet at all after FIRST_BEAT_MS), give or take a check; returns the function that stops
 * listening.
 */
export function watchHeartbeat(
  worker: EventTarget,
  onSilence: () => void,
  clock: HeartbeatClock = realClock,
): () => void {
  let last = clock.now();
  let allowed = FIRST_BEAT_MS;
  let checked = last;
  // Silence seen at one check is only suspected: beats may be waiting, unheard, in the page's
  // queue behind its own work. The next check, a CHECK_MS later and on time, confirms it.
  let suspected = false;
  const heard = (event: Event) => {
    if ((event as MessageEvent).data?.descentBeat !== true) return;
    last = clock.now();
    allowed = SILENCE_MS;
    suspected = false;
  };
  worker.addEventListener('message', heard);
  const check = () => {
    const now = clock.now();
    // A check that comes late means the page itself stood still (a long task, a tab in the
    // background): the beats that came meanwhile wait in its queue, unheard. Judge next time.
    const late = now - checked > CHECK_MS + SILENCE_MS / 2;
    checked = now;
    if (late) {
      last = Math.max(last, now - CHECK_MS);
      suspected = false;
    } else if (now - last <= allowed - CHECK_MS) {
      suspected = false;
    } else if (!suspected) {
      suspected = true;
    } else {
      stop();
      onSilence();
    }
  };
  const stopChecking = clock.every(check, CHECK_MS);
  const stop = () => {
    stopChecking();
    worker.removeEventListener('message', heard);
  };
  return stop;
}
