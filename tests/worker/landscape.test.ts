// The loss landscape as the worker's session computes it, driven in Node with a fake clock
// and a manual scheduler: progressive updates, cancelling, PCA's minimum of snapshots, and
// training taking precedence.
import { describe, expect, it } from 'vitest';
import type { LandscapeRequest, LandscapeUpdate } from '../../src/spec/protocol/training';
import { en, type MessageKey } from '../../src/ui/i18n/dictionaries/en';
import { translator } from '../../src/ui/i18n/translate';
import { sessionHarness, xorExperiment } from './fixtures';

/** What the page says for an update's message, in English. */
const said = (update: LandscapeUpdate | undefined): string | null => {
  const message = update?.message ?? null;
  const t = translator('en', en.messages);
  return message === null ? null : t(message.key as MessageKey, message.vars);
};

const XOR = xorExperiment(50);

const RANDOM: LandscapeRequest = { generation: 1, id: 1, directions: 'random', resolution: 21 };

describe('the landscape in the session', () => {
  it('fills a random-direction grid coarse to fine, ending with every value finite', async () => {
    const { session, snapshots, updates, runTasks } = sessionHarness();
    await session.load(XOR, 1);
    session.step('epoch');
    session.step('epoch');
    const trainLoss = snapshots.at(-1)!.epochs.at(-1)!.loss;
    session.landscape(RANDOM);
    // At once: the window and an empty grid, before any loss is computed.
    expect(updates).toHaveLength(1);
    const first = updates[0].picture!;
    expect(updates[0]).toMatchObject({ generation: 1, id: 1, status: 'computing' });
    expect(first.window).toEqual({ a0: -1, a1: 1, b0: -1, b1: 1 });
    expect(first.values.every((v) => Number.isNaN(v))).toBe(true);
    expect([first.resolution, first.total, first.rows, first.epoch]).toEqual([21, 441, 160, 2]);

    runTasks(10_000);
    const last = updates.at(-1)!;
    expect(last.status).toBe('done');
    expect(last.picture!.values.every((v) => Number.isFinite(v))).toBe(true);
    // The centre is θ* itself: the epoch's training loss, bit for bit (160 rows, all of them).
    expect(last.picture!.values[10 * 21 + 10]).toBe(Math.fround(trainLoss));

    // Progressive: more cells each time, the coarse lattice (stride 4 for 21) first, then 2, 1.
    const pictures = updates.map((u) => u.picture!);
    for (let i = 1; i < pictures.length; i++)
      expect(pictures[i].computed).toBeGreaterThan(pictures[i - 1].computed);
    const strides = [...new Set(pictures.map((p) => p.stride))];
    expect(strides).toEqual([0, 4, 2, 1]);
    // At most ten a second besides one per pass (3) and the first: the fake clock reads
    // 1 ms each time, so elapsedMs is the time the updates are spread over.
    expect(updates.length).toBeLessThanOrEqual(1 + 3 + Math.ceil(last.picture!.elapsedMs / 100));
    // Each update is a copy: an early one was not filled in later.
    expect(pictures[0].values.every((v) => Number.isNaN(v))).toBe(true);
  });

  it('leaves the weights exactly as they were: training goes on as if nothing happened', async () => {
    const plain = sessionHarness();
    const probed = sessionHarness();
    for (const h of [plain, probed]) {
      await h.session.load(XOR, 1);
      h.session.step('epoch');
    }
    probed.session.landscape({ ...RANDOM, resolution: 5 });
    probed.runTasks(10_000);
    expect(probed.updates.at(-1)!.status).toBe('done');
    for (const h of [plain, probed]) h.session.step('epoch');
    expect(probed.snapshots.at(-1)!.epochs).toEqual(plain.snapshots.at(-1)!.epochs);
  });

  it('pauses a running network to compute, and stops when training goes on', async () => {
    const { session, snapshots, updates, runTasks, queue } = sessionHarness();
    await session.load(XOR, 1);
    session.play();
    runTasks(3);
    session.landscape(RANDOM);
    expect(snapshots.at(-1)!.status).toBe('paused');
    runTasks(3);
    expect(updates.at(-1)!.status).toBe('computing');
    const computedBefore = updates.at(-1)!.picture!.computed;

    session.play();
    const stopped = updates.at(-1)!;
    expect(stopped.status).toBe('stopped');
    expect(said(stopped)).toMatch(/^Training went on/);
    expect(stopped.picture!.computed).toBeGreaterThanOrEqual(computedBefore);
    const count = updates.length;
    runTasks(200);
    expect(updates).toHaveLength(count);
    expect(snapshots.at(-1)!.step).toBeGreaterThan(0); // training did go on
    expect(queue.length).toBeGreaterThan(0);
  });

  it('stops sending updates when cancelled', async () => {
    const { session, updates, runTasks, queue } = sessionHarness();
    await session.load(XOR, 1);
    session.landscape(RANDOM);
    runTasks(2);
    session.cancelLandscape();
    expect(updates.at(-1)!.status).toBe('stopped');
    expect(said(updates.at(-1))).toBe('Cancelled.');
    const count = updates.length;
    runTasks(10_000);
    expect(updates).toHaveLength(count);
    expect(queue).toHaveLength(0);
    // Cancelling again, with nothing computing, says nothing.
    session.cancelLandscape();
    expect(updates).toHaveLength(count);
  });

  it('replaces a landscape still computing with a new request', async () => {
    const { session, updates, runTasks } = sessionHarness();
    await session.load(XOR, 1);
    session.landscape(RANDOM);
    runTasks(2);
    session.landscape({ ...RANDOM, id: 2, resolution: 5 });
    const old = updates.filter((u) => u.id === 1);
    expect(old.at(-1)!.status).toBe('stopped');
    expect(said(old.at(-1))).toBe('A new landscape replaced it.');
    runTasks(10_000);
    expect(updates.filter((u) => u.id === 1)).toHaveLength(old.length);
    expect(updates.at(-1)).toMatchObject({ id: 2, status: 'done' });
  });

  it('asks for a few epochs before the principal directions, then draws the path on them', async () => {
    const { session, updates, runTasks } = sessionHarness();
    await session.load(XOR, 1);
    session.step('epoch');
    const pca: LandscapeRequest = { ...RANDOM, directions: 'pca' };
    session.landscape(pca);
    // Two snapshots so far: the initial weights and the first epoch's end.
    expect(updates.at(-1)).toMatchObject({ status: 'failed', picture: null });
    expect(said(updates.at(-1))).toBe(
      "PCA needs at least 3 recorded weight snapshots (the start and each epoch's end), and this run has 2: train a few epochs first.",
    );

    for (let e = 0; e < 4; e++) session.step('epoch');
    session.landscape({ ...pca, id: 2 });
    runTasks(10_000);
    const { status, picture } = updates.at(-1)!;
    expect(status).toBe('done');
    const [pc1, pc2] = picture!.explained!;
    expect(pc1).toBeGreaterThan(pc2);
    expect(pc1 + pc2).toBeLessThanOrEqual(1 + 1e-9);
    // Initial weights and five epoch ends; the last is θ* itself, at (0, 0).
    const path = picture!.path!;
    expect(path).toHaveLength(2 * 6);
    expect(Math.hypot(path[10], path[11])).toBeLessThan(1e-5);
    // The window holds the whole path.
    const { a0, a1, b0, b1 } = picture!.window;
    for (let i = 0; i < path.length; i += 2) {
      expect(path[i]).toBeGreaterThan(a0);
      expect(path[i]).toBeLessThan(a1);
      expect(path[i + 1]).toBeGreaterThan(b0);
      expect(path[i + 1]).toBeLessThan(b1);
    }
    expect(picture!.values.every((v) => Number.isFinite(v))).toBe(true);
  });

  it('refuses a request meant for another run, and a new run forgets the path', async () => {
    const { session, updates } = sessionHarness();
    await session.load(XOR, 1);
    session.landscape({ ...RANDOM, generation: 7 });
    expect(updates.at(-1)!.status).toBe('failed');
    expect(said(updates.at(-1))).toMatch(/has been replaced/);
    session.step('epoch');
    session.step('epoch');
    await session.load(XOR, 2);
    session.landscape({ ...RANDOM, generation: 2, directions: 'pca' });
    expect(said(updates.at(-1))).toMatch(/this run has 1:/);
  });
});
