// The classifiers in the store: each fitted once for its settings and data, an answer for
// settings or data that changed meanwhile never shown (the last one asked is), a fit of
// other data taken down at once, a refusal said at its method and fitted again only on
// Try again, and a lesson's reset. The worker
// is the real jobs called directly (Node has no Worker), each fit made to take a while.
import { describe, expect, it, vi } from 'vitest';
import { parseExperiment } from '../../src/spec';
import type { ClassicName, ClassicSettings } from '../../src/spec/classic';
import type { DataSummary } from '../../src/spec/protocol/training';
import type { Experiment } from '../../src/spec/types';
import type { ClassicState } from '../../src/store/classicState';

const calls = vi.hoisted(() => ({ fits: [] as string[], fail: false }));

vi.mock('../../src/worker/clients', async () => {
  const { readDatasetFile } = await import('../../src/cli/readDatasetFile');
  const { ClassicData } = await import('../../src/worker/classicData');
  const { ClassicJobs } = await import('../../src/worker/classicJobs');
  const jobs = new ClassicJobs(new ClassicData(readDatasetFile));
  return {
    startClassicWorker: () => ({
      fit: async (experiment: Experiment, method: ClassicSettings) => {
        calls.fits.push(JSON.stringify(method));
        await new Promise((resolve) => setTimeout(resolve, 30));
        if (calls.fail) throw new Error('the data file did not arrive');
        return jobs.fit(experiment, method);
      },
      neighbours: (e: unknown, m: unknown, p: unknown) => jobs.neighbours(e, m, p),
    }),
  };
});

const store = await vi.importActual<{
  refreshClassic(): void;
  retryClassic(): void;
  resetClassic(): void;
  editClassifier(name: ClassicName, patch: Record<string, unknown>): boolean;
}>('../../src/store/classic');
const { useStore } = await vi.importActual<{
  useStore: {
    getState(): { classic: ClassicState; experiment: Experiment };
    setState(patch: { experiment?: Experiment; data?: Partial<DataSummary> | null }): void;
  };
}>('../../src/store/store');

const classifier = (name: ClassicName) => useStore.getState().classic.classifiers[name];
const settled = () =>
  vi.waitFor(
    () => {
      for (const c of Object.values(useStore.getState().classic.classifiers))
        expect(c.fitting).toBe(false);
    },
    { timeout: 10_000 },
  );

function plane(kind: string, classes: number, extra: Record<string, unknown> = {}): Experiment {
  return parseExperiment({
    version: 1,
    kind: 'train',
    data: { kind, ...extra },
    model: {
      layers: [
        { type: 'dense', units: 8, activation: 'relu' },
        { type: 'dense', units: classes, activation: 'softmax' },
      ],
    },
    training: { epochs: 5 },
  });
}

describe('the classifiers in the store', () => {
  it('fits each method once, and shows the answer for the k asked last', async () => {
    useStore.setState({ experiment: plane('moons', 2), data: { classes: 2 } });
    store.refreshClassic();
    store.refreshClassic(); // nothing new to fit: no second request
    await settled();
    expect(calls.fits).toHaveLength(4);
    expect(classifier('knn').fit!.method).toEqual({ name: 'knn', k: 5, metric: 'euclidean' });
    // k moves while a fit is on its way: one more fit, for the last k, is what shows.
    calls.fits = [];
    store.editClassifier('knn', { k: 2 });
    store.editClassifier('knn', { k: 40 });
    store.editClassifier('knn', { k: 41 });
    await settled();
    expect(calls.fits.map((m) => JSON.parse(m).k)).toEqual([2, 41]);
    expect(classifier('knn').fit!.method).toMatchObject({ k: 41 });
    // A refused value leaves the settings, and says why at the method.
    expect(store.editClassifier('knn', { k: 0 })).toBe(false);
    expect(classifier('knn').settings).toMatchObject({ k: 41 });
    expect(String(classifier('knn').error!.vars!.message)).toMatch(/k must be/);
  });

  it('takes a fit of other data down at once, and fits every method again on it', async () => {
    useStore.setState({ experiment: plane('moons', 2), data: { classes: 2 } });
    store.refreshClassic();
    await settled();
    calls.fits = [];
    useStore.setState({ experiment: plane('blobs', 3), data: { classes: 3 } });
    store.refreshClassic();
    expect(classifier('knn').fit).toBeNull(); // not a picture of these points
    await settled();
    expect(calls.fits.map((m) => JSON.parse(m).name).sort()).toEqual([
      'knn',
      'linearSvm',
      'logistic',
      'rbfSvm',
    ]);
    expect(classifier('rbfSvm').fit!.boundary!.outputs).toBe(3); // one SVM per pair, voting
    expect(classifier('knn').fit!.validationAccuracy).toBeGreaterThan(0.9);
  });

  it('says a failure at its method, fits again only on Try again, and a lesson resets the settings', async () => {
    useStore.setState({ experiment: plane('circle', 2), data: { classes: 2 } });
    calls.fail = true;
    store.refreshClassic();
    await settled();
    expect(classifier('linearSvm').error).toEqual({
      key: 'classic.refused',
      vars: { message: 'the data file did not arrive' },
    });
    calls.fits = [];
    store.refreshClassic();
    await settled();
    expect(calls.fits).toEqual([]); // the same settings and data: no request over and over
    calls.fail = false;
    store.retryClassic();
    await settled();
    expect(calls.fits).toHaveLength(4);
    expect(classifier('linearSvm')).toMatchObject({ error: null });
    store.editClassifier('linearSvm', { C: 100 });
    store.resetClassic();
    expect(classifier('linearSvm').settings).toEqual({ name: 'linearSvm', C: 1 });
    await settled();
  });
});
