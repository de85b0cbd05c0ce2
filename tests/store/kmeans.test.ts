// k-means in the store: a session started on the playground's data, stepped by Step and by
// Play's timer (never a second step while one is awaited; stopped when both runs converge,
// on Pause and on leaving the view), an answer for a replaced session dropped, and a refusal
// said in the worker's words. The classic-methods worker is its jobs called directly (Node
// has no Worker), each step made to take a while so that Play could overlap them if it would.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseExperiment } from '../../src/spec';
import type { KMeansPicture } from '../../src/spec/protocol/classic';
import type { Experiment } from '../../src/spec/types';
import type { KMeansState } from '../../src/store/kmeansState';

const steps = vi.hoisted(() => ({ active: 0, most: 0, calls: 0 }));

// Hoisted above the imports by vitest: the store starts this instead of a Worker.
vi.mock('../../src/worker/clients', async () => {
  const { readDatasetFile } = await import('../../src/cli/readDatasetFile');
  const { ClassicData } = await import('../../src/worker/classicData');
  const { KMeansJobs } = await import('../../src/worker/kmeansJobs');
  const kmeans = new KMeansJobs(new ClassicData(readDatasetFile));
  return {
    startClassicWorker: () => ({
      kmeansStart: async (request: unknown) => kmeans.start(request),
      kmeansStep: async () => {
        steps.calls++;
        steps.most = Math.max(steps.most, ++steps.active);
        await new Promise((resolve) => setTimeout(resolve, 50));
        steps.active--;
        return kmeans.step();
      },
    }),
  };
});

// The store reaches browser-only globals (location, Worker) that Node's typecheck does not
// know, so it is imported by name, not followed by the compiler, and typed by what is used.
const actions = await vi.importActual<{
  showKMeans(): void;
  startKMeans(): Promise<void>;
  stepKMeans(): Promise<void>;
  playKMeans(): void;
  pauseKMeans(): void;
  setKMeansK(k: number): void;
}>('../../src/store/kmeans');
const { useStore } = await vi.importActual<{
  useStore: {
    getState(): { kmeans: KMeansState; view: string };
    setState(patch: { experiment?: Experiment; view?: string; kmeans?: KMeansState }): void;
  };
}>('../../src/store/store');

const { initialKMeans } = await vi.importActual<{ initialKMeans(): KMeansState }>(
  '../../src/store/kmeansState',
);

const kmeans = () => useStore.getState().kmeans;
const plusPlus = () => kmeans().runs!.find((r) => r.start === 'plusPlus')!;
const random = () => kmeans().runs!.find((r) => r.start === 'random')!;

function blobs(samples = 300): Experiment {
  return parseExperiment({
    version: 1,
    seed: 1,
    data: { kind: 'blobs', samples },
    model: { layers: [{ type: 'dense', units: 3, activation: 'softmax' }] },
  });
}

/** Opens the section on `experiment` and waits for the session's first pictures. */
async function opened(experiment: Experiment): Promise<void> {
  useStore.setState({ experiment, view: 'classic', kmeans: initialKMeans() });
  actions.showKMeans();
  await vi.waitFor(() => expect(kmeans().runs).not.toBeNull());
}

describe('k-means in the store', () => {
  beforeEach(() => {
    Object.assign(steps, { active: 0, most: 0, calls: 0 });
  });
  afterEach(() => {
    actions.pauseKMeans();
    vi.useRealTimers();
  });

  it('starts on the playground’s data, with k its class count’s stand-in 3, before any step', async () => {
    await opened(blobs());
    expect(kmeans().sessionK).toBe(3);
    expect(kmeans().runs!.map((r) => [r.start, r.phase, r.placed])).toEqual([
      ['random', 'none', 0],
      ['plusPlus', 'none', 0],
    ]);
    expect(kmeans().data!.points!.length).toBe(2 * 240); // the training part: 300 less a fifth
    // Opening again on the same data keeps the session where it was.
    const session = kmeans().session;
    actions.showKMeans();
    expect(kmeans().session).toBe(session);
  });

  it('steps k-means++ through its start one centroid at a time, the random start all at once', async () => {
    await opened(blobs());
    await actions.stepKMeans();
    expect([random().phase, random().placed]).toEqual(['seed', 3]);
    expect([plusPlus().phase, plusPlus().placed]).toEqual(['seed', 1]);
    // The chances of the next draw: D² over its sum, 0 at the chosen point.
    const chances = plusPlus().chances!;
    expect(chances.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    await actions.stepKMeans();
    await actions.stepKMeans();
    expect([plusPlus().phase, plusPlus().placed]).toEqual(['seed', 3]);
    await actions.stepKMeans();
    expect(plusPlus().phase).toBe('assign');
    expect(plusPlus().inertia).toHaveLength(1);
  });

  it('plays one step at a time until both runs converge, then stops its timer', async () => {
    await opened(blobs());
    vi.useFakeTimers();
    actions.playKMeans();
    expect(kmeans().playing).toBe(true);
    for (let i = 0; i < 200 && kmeans().playing; i++) await vi.advanceTimersByTimeAsync(100);
    expect(kmeans().playing).toBe(false);
    expect(kmeans().runs!.every((r: KMeansPicture) => r.phase === 'converged')).toBe(true);
    expect(steps.most).toBe(1); // never a step asked for while one was awaited
    expect(vi.getTimerCount()).toBe(0);
    // A step after convergence asks nothing of the worker.
    const calls = steps.calls;
    await actions.stepKMeans();
    expect(steps.calls).toBe(calls);
  });

  it('stops playing on Pause and when the view is left', async () => {
    await opened(blobs());
    vi.useFakeTimers();
    actions.playKMeans();
    await vi.advanceTimersByTimeAsync(500);
    actions.pauseKMeans();
    const calls = steps.calls;
    await vi.advanceTimersByTimeAsync(2000);
    expect(steps.calls).toBe(calls);
    expect(vi.getTimerCount()).toBe(0);

    actions.playKMeans();
    useStore.setState({ view: 'playground' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(kmeans().playing).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('shows only the latest of two starts, and starts again when k changes', async () => {
    await opened(blobs());
    void actions.startKMeans();
    actions.setKMeansK(5);
    await vi.waitFor(() => expect(kmeans().busy).toBe(false));
    expect(kmeans().error).toBeNull(); // the worker's "superseded" for the first is dropped
    expect(kmeans().sessionK).toBe(5);
    await actions.stepKMeans();
    expect(random().placed).toBe(5);
    actions.setKMeansK(99);
    expect(kmeans().k).toBe(16); // kept within 1 to 16
  });

  it('says why in the worker’s words when it refuses, and Reset tries again', async () => {
    await opened(blobs(10)); // 8 training points
    actions.setKMeansK(12);
    await vi.waitFor(() => expect(kmeans().error).not.toBeNull());
    expect(kmeans().error!.key).toBe('classic.refused');
    expect(String(kmeans().error!.vars!.message)).toMatch(
      /k is 12, but the training part has only 8/,
    );
    expect(kmeans().runs).toBeNull();
    actions.setKMeansK(3);
    await vi.waitFor(() => expect(kmeans().runs).not.toBeNull());
    expect(kmeans().error).toBeNull();
  });
});
