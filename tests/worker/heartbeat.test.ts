// The page takes a worker for dead when it has not beaten for SILENCE_MS (FIRST_BEAT_MS
// before its first beat), but not when the page itself stood still and could not listen.
import { describe, expect, it, vi } from 'vitest';
import { pulse, setPulse } from '../../src/engine/pulse';
import {
  beat,
  BEAT_MS,
  FIRST_BEAT_MS,
  SILENCE_MS,
  watchHeartbeat,
  type HeartbeatClock,
} from '../../src/worker/heartbeat';

/** A clock the test moves: `advance` runs every check that falls due on the way. */
function fakeClock() {
  let now = 0;
  const checks: { fn: () => void; ms: number; next: number }[] = [];
  const clock: HeartbeatClock = {
    now: () => now,
    every(fn, ms) {
      const check = { fn, ms, next: now + ms };
      checks.push(check);
      return () => checks.splice(checks.indexOf(check), 1);
    },
  };
  /** Moves time on by `ms`, checking on schedule (or only at the end: the page stood still). */
  const advance = (ms: number, { stalled = false } = {}) => {
    const end = now + ms;
    if (stalled) {
      now = end;
      for (const c of [...checks]) {
        c.next = now + c.ms;
        c.fn();
      }
      return;
    }
    for (;;) {
      const due = checks.reduce(
        (a, c) => (a === null || c.next < a.next ? c : a),
        null as null | (typeof checks)[0],
      );
      if (due === null || due.next > end) break;
      now = due.next;
      due.next += due.ms;
      due.fn();
    }
    now = end;
  };
  return { clock, advance, watching: () => checks.length };
}

function beatingWorker() {
  const worker = new EventTarget();
  const send = () =>
    worker.dispatchEvent(Object.assign(new Event('message'), { data: { descentBeat: true } }));
  return { worker, send };
}

describe('watchHeartbeat', () => {
  it('gives a worker up once it has been silent for SILENCE_MS, and only then', () => {
    const { clock, advance, watching } = fakeClock();
    const { worker, send } = beatingWorker();
    const onSilence = vi.fn();
    watchHeartbeat(worker, onSilence, clock);
    for (let t = 0; t < 10_000; t += BEAT_MS) {
      send();
      advance(BEAT_MS);
    }
    expect(onSilence).not.toHaveBeenCalled();
    send();
    advance(SILENCE_MS - 100);
    expect(onSilence).not.toHaveBeenCalled();
    advance(400); // a check falls in these 400 ms, past SILENCE_MS
    expect(onSilence).toHaveBeenCalledTimes(1);
    expect(watching()).toBe(0); // said once: it stops listening
  });

  it('waits FIRST_BEAT_MS for a new worker to start beating', () => {
    const { clock, advance } = fakeClock();
    const onSilence = vi.fn();
    watchHeartbeat(new EventTarget(), onSilence, clock);
    advance(FIRST_BEAT_MS - 100);
    expect(onSilence).not.toHaveBeenCalled();
    advance(400);
    expect(onSilence).toHaveBeenCalledTimes(1);
  });

  it('ignores every other message: comlink answers are not beats', () => {
    const { clock, advance } = fakeClock();
    const { worker, send } = beatingWorker();
    const onSilence = vi.fn();
    watchHeartbeat(worker, onSilence, clock);
    send();
    for (let t = 0; t < SILENCE_MS + 500; t += 100) {
      worker.dispatchEvent(
        Object.assign(new Event('message'), { data: { id: 'x', type: 'HANDLER' } }),
      );
      advance(100);
    }
    expect(onSilence).toHaveBeenCalledTimes(1);
  });

  it('does not judge a worker by a silence the page itself caused (a long task, a hidden tab)', () => {
    const { clock, advance } = fakeClock();
    const { worker, send } = beatingWorker();
    const onSilence = vi.fn();
    watchHeartbeat(worker, onSilence, clock);
    send();
    advance(5_000, { stalled: true }); // no check ran for 5 s: the beats wait unheard
    expect(onSilence).not.toHaveBeenCalled();
    send(); // … and are heard once the page runs again
    advance(1_000);
    expect(onSilence).not.toHaveBeenCalled();
    advance(SILENCE_MS); // a silence after that counts again
    expect(onSilence).toHaveBeenCalledTimes(1);
  });
});

describe('beat', () => {
  it("beats from the engine's long loops too, at most once per BEAT_MS", () => {
    const posted: number[] = [];
    beat({ postMessage: () => posted.push(performance.now()) });
    // A synchronous job of 1.2 s pulsing as it goes: no timer can fire meanwhile.
    const start = performance.now();
    while (performance.now() - start < 1200) pulse();
    expect(posted.length).toBeGreaterThanOrEqual(4);
    expect(posted.length).toBeLessThanOrEqual(6);
    // The beat reads its clock just before posting, this test just after: a millisecond of
    // the one's reading may fall on either side of the other's (249.94 ms was seen in CI).
    for (let i = 1; i < posted.length; i++) {
      expect(posted[i] - posted[i - 1]).toBeGreaterThanOrEqual(BEAT_MS - 1);
    }
    setPulse(() => {});
  });

  it('posts a beat at once, then every BEAT_MS', () => {
    vi.useFakeTimers();
    try {
      const posted: unknown[] = [];
      beat({ postMessage: (m) => posted.push(m) });
      vi.advanceTimersByTime(BEAT_MS * 4 + 10);
      expect(posted).toEqual(Array(5).fill({ descentBeat: true }));
    } finally {
      vi.useRealTimers();
    }
  });
});
