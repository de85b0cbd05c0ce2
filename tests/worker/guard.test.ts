// A worker that dies does not leave the page waiting: the calls it had are rejected with
// why, so are all later ones, and whoever started it hears of it once.
import { describe, expect, it, vi } from 'vitest';
import type { Remote } from 'comlink';
import { deathOf, guardedRemote, guardWorker } from '../../src/worker/guard';

/** A stand-in Worker: only its events matter to the guard. */
function fakeWorker() {
  const target = new EventTarget();
  const crash = (message: string) =>
    target.dispatchEvent(Object.assign(new Event('error'), { message }));
  return { worker: target, crash, target };
}

describe('guardWorker', () => {
  it('rejects the calls waiting and every later one when the worker dies, and says so once', async () => {
    const { worker, crash, target } = fakeWorker();
    const onDeath = vi.fn();
    const guard = guardWorker(worker, 'training worker', onDeath);
    const never = new Promise<number>(() => {}); // comlink's answer from a dead worker
    const waiting = guard.guarded(() => never);
    expect(await guard.guarded(() => Promise.resolve(3))).toBe(3);

    crash('out of memory');
    await expect(waiting).rejects.toThrow('out of memory');
    await expect(guard.guarded(() => Promise.resolve(4))).rejects.toThrow('out of memory');
    expect(guard.dead?.message).toBe('out of memory');
    expect(deathOf(guard.dead)).toBe('crashed');
    expect(deathOf(new Error('a refusal'))).toBeNull(); // not a death: the worker lives

    target.dispatchEvent(new Event('messageerror'));
    expect(onDeath).toHaveBeenCalledTimes(1);
    expect(onDeath.mock.calls[0][0].message).toBe('out of memory');
  });

  it('names the worker when its error says nothing', async () => {
    const { worker, crash } = fakeWorker();
    const guard = guardWorker(worker, 'surface worker');
    const waiting = guard.guarded(() => new Promise(() => {}));
    crash('');
    await expect(waiting).rejects.toThrow('the surface worker failed to load or crashed');
  });
});

describe('guardedRemote', () => {
  it('guards every method call of a comlink remote', async () => {
    const { worker, crash } = fakeWorker();
    const guard = guardWorker(worker, 'training worker');
    const api = { load: (n: number) => Promise.resolve(n * 2), play: () => new Promise(() => {}) };
    const remote = guardedRemote(api as unknown as Remote<typeof api>, guard);
    expect(await remote.load(21)).toBe(42);
    const playing = remote.play();
    crash('gone');
    await expect(playing).rejects.toThrow('gone');
    await expect(remote.load(1)).rejects.toThrow('gone');
  });
});
