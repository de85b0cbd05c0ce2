// PCA and the curse of dimensionality in the store: which data the curse is measured on (the
// playground's when it is a 2-input classification, else the moons), PCA of the chosen set
// with an answer for an earlier choice dropped, and both computed once per data. The
// classic-methods worker is its jobs called directly (Node has no Worker).
import { describe, expect, it, vi } from 'vitest';
import { parseExperiment } from '../../src/spec';
import type { Experiment } from '../../src/spec/types';
import {
  CURSE_DIMENSIONS,
  curseRequest,
  initialDimensions,
  type DimensionsState,
  type PcaSet,
} from '../../src/store/dimensionsState';

const calls = vi.hoisted(() => ({ pca: [] as string[], curse: 0 }));

// Hoisted above the imports by vitest: the store starts this instead of a Worker.
vi.mock('../../src/worker/clients', async () => {
  const { readDatasetFile } = await import('../../src/cli/readDatasetFile');
  const { ClassicData } = await import('../../src/worker/classicData');
  const { DimensionJobs } = await import('../../src/worker/dimensionJobs');
  const jobs = new DimensionJobs(readDatasetFile, new ClassicData(readDatasetFile));
  return {
    startClassicWorker: () => ({
      pca: async (data: { kind: string }, seed: number) => {
        calls.pca.push(data.kind);
        return jobs.pca(data, seed);
      },
      curse: async (request: unknown) => {
        calls.curse++;
        return jobs.curse(request);
      },
    }),
  };
});

// The store reaches browser-only globals (location, Worker) that Node's typecheck does not
// know, so it is imported by name, not followed by the compiler, and typed by what is used.
const actions = await vi.importActual<{
  showPca(): void;
  choosePcaSet(set: PcaSet): void;
  showCurse(): void;
}>('../../src/store/dimensions');
const { useStore } = await vi.importActual<{
  useStore: {
    getState(): { dimensions: DimensionsState };
    setState(patch: { experiment?: Experiment; dimensions?: DimensionsState }): void;
  };
}>('../../src/store/store');

const pca = () => useStore.getState().dimensions.pca;
const curse = () => useStore.getState().dimensions.curse;

const experiment = (data: object, validation = 0.2, classes = 3): Experiment =>
  parseExperiment({
    version: 1,
    seed: 1,
    data,
    validation,
    model: { layers: [{ type: 'dense', units: classes, activation: 'softmax' }] },
  });

describe('the curse’s data', () => {
  it('is the playground’s 2-input classification, with a validation part', () => {
    const { request, source } = curseRequest(experiment({ kind: 'blobs' }, 0));
    expect(source).toBe('playground');
    expect(request.experiment.data.kind).toBe('blobs');
    expect(request.experiment.validation).toBe(0.2); // none held out: the usual fifth
    expect(request.dimensions).toEqual(CURSE_DIMENSIONS);
  });

  it('is the moons for any other data (with a network that takes them)', () => {
    const { request, source } = curseRequest(
      parseExperiment({
        version: 1,
        seed: 7,
        data: { kind: 'wine' },
        model: { layers: [{ type: 'dense', units: 3, activation: 'softmax' }] },
      }),
    );
    expect(source).toBe('moons');
    expect(request.experiment.data.kind).toBe('moons');
    expect(request.experiment.seed).toBe(7);
    expect(() => parseExperiment(request.experiment)).not.toThrow();
  });
});

describe('PCA and the curse in the store', () => {
  it('projects digits, drops the answer for a set chosen over, and keeps what it has', async () => {
    useStore.setState({ dimensions: initialDimensions() });
    actions.showPca();
    actions.choosePcaSet('wine'); // chosen before digits' answer came
    await vi.waitFor(() => expect(pca().computing).toBe(false), { timeout: 10_000 });
    expect(pca().shown).toBe('wine');
    expect(pca().result!.features).toBe(13);
    actions.choosePcaSet('digits');
    await vi.waitFor(() => expect(pca().shown).toBe('digits'), { timeout: 10_000 });
    const { shares, features, labels } = pca().result!;
    expect(features).toBe(64);
    expect(labels.length).toBe(1438); // the training part: 1797 less a fifth
    // Pixels on one scale, not standardised one by one: scikit-learn's PCA of the raw digits
    // gives 14.9% and 13.6% on all 1797; on this training part, about the same.
    expect(shares[0]).toBeGreaterThan(0.1);
    expect(shares[0]).toBeLessThan(0.2);
    expect(shares[1]).toBeLessThan(shares[0]);
    const asked = calls.pca.length;
    actions.showPca();
    expect(calls.pca.length).toBe(asked); // shown already: not asked again
  });

  it('measures the curse once per data: the ratio falls towards 1 and kNN towards guessing', async () => {
    useStore.setState({ experiment: experiment({ kind: 'moons' }, 0.2, 2) });
    actions.showCurse();
    await vi.waitFor(() => expect(curse().points).not.toBeNull(), { timeout: 20_000 });
    const points = curse().points!;
    expect(curse().source).toBe('playground');
    expect(points.map((p) => p.dimensions)).toEqual(CURSE_DIMENSIONS);
    expect(points[0].ratio).toBeGreaterThan(10);
    expect(points.at(-1)!.ratio).toBeLessThan(1.5);
    expect(points[0].accuracy).toBeGreaterThan(0.9);
    expect(points.at(-1)!.accuracy).toBeLessThan(0.8);
    actions.showCurse();
    expect(calls.curse).toBe(1);
  }, 30_000);
});
