// PCA's and the curse of dimensionality's actions, both computed in the classic-methods
// worker: PCA of the chosen set to two dimensions, and the curse on the playground's data
// (or the moons) whenever the section opens on data it has not measured yet. A newer request
// replaces an older one: the older one's answer is dropped when it arrives.
import { classicWorker } from './classicWorker';
import { classicFailure } from './classicFailure';
import {
  curseRequest,
  PCA_SEED,
  pcaData,
  type CurseState,
  type PcaSet,
  type PcaState,
} from './dimensionsState';
import { useStore } from './store';

const dimensions = () => useStore.getState().dimensions;

function setPca(patch: Partial<PcaState>): void {
  useStore.setState((s) => ({
    dimensions: { ...s.dimensions, pca: { ...s.dimensions.pca, ...patch } },
  }));
}

function setCurse(patch: Partial<CurseState>): void {
  useStore.setState((s) => ({
    dimensions: { ...s.dimensions, curse: { ...s.dimensions.curse, ...patch } },
  }));
}

/** Projects the chosen set, unless it is shown already or on its way. */
export function showPca(): void {
  const pca = dimensions().pca;
  if ((pca.shown === pca.set && pca.error === null) || pca.computing) return;
  void computePca(pca.set);
}

/** Chooses the set PCA projects, and projects it. */
export function choosePcaSet(set: PcaSet): void {
  if (set === dimensions().pca.set) return;
  void computePca(set);
}

async function computePca(set: PcaSet): Promise<void> {
  const request = dimensions().pca.request + 1;
  // The last picture stays until the new one replaces it, under a status saying what is
  // computing (Fashion-MNIST's file takes a while to arrive).
  setPca({ set, request, computing: true, error: null });
  try {
    const result = await classicWorker().pca(pcaData(set), PCA_SEED);
    if (dimensions().pca.request !== request) return;
    setPca({ result, shown: set, computing: false });
  } catch (e) {
    if (dimensions().pca.request !== request) return;
    setPca({ result: null, shown: null, computing: false, error: classicFailure(e) });
  }
}

/**
 * Measures the curse on the playground's data (or the moons) unless it has been already, or
 * is being; after a refusal or the worker's death, measures again.
 */
export function showCurse(): void {
  const { request, source } = curseRequest(useStore.getState().experiment);
  // The network's settings change nothing here: only the data's making does.
  const { data, seed, validation } = request.experiment;
  const key = JSON.stringify({ data, seed, validation });
  const curse = dimensions().curse;
  if (curse.key === key && curse.error === null) return;
  void computeCurse(key, request, source);
}

async function computeCurse(
  key: string,
  request: ReturnType<typeof curseRequest>['request'],
  source: CurseState['source'],
): Promise<void> {
  const id = dimensions().curse.request + 1;
  const fresh = source !== dimensions().curse.source ? { points: null } : {};
  setCurse({ key, source, ...fresh, request: id, computing: true, error: null });
  try {
    const points = await classicWorker().curse(request);
    if (dimensions().curse.request !== id) return;
    setCurse({ points, computing: false });
  } catch (e) {
    if (dimensions().curse.request !== id) return;
    setCurse({ points: null, computing: false, error: classicFailure(e) });
  }
}
