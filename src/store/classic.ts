// The classic methods' actions: each classifier fitted on the playground's data in the
// classic-methods worker, refitted when its settings or the data change, and kNN's
// neighbours of a clicked point. One fit per method in flight; edits that arrive meanwhile
// are folded into one more fit when it returns, so dragging k's slider never queues work,
// and an answer for settings or data that have since changed is never shown.
import { parseClassicSettings, type ClassicName, type ClassicSettings } from '../spec/classic';
import type { Experiment } from '../spec/types';
import { deathOf } from '../worker/guard';
import { classicFailure } from './classicFailure';
import { classicWorker } from './classicWorker';
import { initialClassic, type ClassicState, type ClassifierState } from './classicState';
import { useStore } from './store';

const classic = () => useStore.getState().classic;

function setClassifier(name: ClassicName, patch: Partial<ClassifierState>): void {
  useStore.setState((s) => {
    const classifiers = s.classic.classifiers;
    return {
      classic: {
        ...s.classic,
        classifiers: { ...classifiers, [name]: { ...classifiers[name], ...patch } },
      },
    };
  });
}

function setProbe(probe: ClassicState['probe']): void {
  useStore.setState((s) => ({ classic: { ...s.classic, probe } }));
}

/** What makes the data: the set, its seed, the split (and normalisation, inside `data`). */
function dataKey({ data, seed, validation }: Experiment): string {
  return JSON.stringify({ data, seed, validation });
}

/**
 * What a fit depends on: logistic regression is the experiment's own network cut down, so
 * all of the experiment; the others the data and their settings. The data's key leads, so
 * that a fit of other data is told apart by its prefix.
 */
function fitKey(experiment: Experiment, settings: ClassicSettings): string {
  const rest = settings.name === 'logistic' ? { ...experiment, params: null } : settings;
  return `${dataKey(experiment)}\n${JSON.stringify(rest)}`;
}

const current = (name: ClassicName) =>
  fitKey(useStore.getState().experiment, classic().classifiers[name].settings);

/** The methods with a fit running: the loop in `fit` looks again when it returns. */
const inFlight = new Set<ClassicName>();

/** Fits every method whose fit is out of date (on opening the view, after any edit). */
export function refreshClassic(): void {
  for (const name of Object.keys(classic().classifiers) as ClassicName[]) void fit(name);
  const probe = classic().probe;
  if (probe === null) return;
  // A point of other data means nothing now; new kNN settings give it new neighbours.
  if (!probe.key.startsWith(dataKey(useStore.getState().experiment))) setProbe(null);
  else if (probe.key !== current('knn')) void probeNeighbours(probe.point);
}

/** Fits again what failed (a worker that died, a download that did not come). */
export function retryClassic(): void {
  for (const [name, state] of Object.entries(classic().classifiers)) {
    if (state.error !== null) setClassifier(name as ClassicName, { answered: null });
  }
  refreshClassic();
}

/** Back to every method's defaults (a lesson opens the view as its text describes it). */
export function resetClassic(): void {
  const fresh = initialClassic();
  useStore.setState((s) => {
    const classifiers = { ...s.classic.classifiers };
    for (const name of Object.keys(classifiers) as ClassicName[]) {
      classifiers[name] = { ...classifiers[name], settings: fresh.classifiers[name].settings };
    }
    return { classic: { classifiers, probe: null } };
  });
  refreshClassic();
}

async function fit(name: ClassicName): Promise<void> {
  if (inFlight.has(name)) return;
  inFlight.add(name);
  try {
    for (;;) {
      const key = current(name);
      const shown = classic().classifiers[name];
      if (shown.answered === key) break;
      const { experiment } = useStore.getState();
      // The last fit stays while k moves; a fit of other data goes.
      const sameData = shown.fit !== null && shown.answered?.startsWith(dataKey(experiment));
      setClassifier(name, { fitting: true, ...(sameData ? {} : { fit: null }) });
      try {
        const result = await classicWorker().fit(experiment, shown.settings);
        if (current(name) === key) setClassifier(name, { fit: result, error: null, answered: key });
      } catch (e) {
        if (current(name) === key)
          setClassifier(name, { fit: null, error: classicFailure(e), answered: key });
        // A dead worker is replaced at the next call: Try again (retryClassic) fits again.
        if (deathOf(e) !== null) break;
      }
    }
  } finally {
    inFlight.delete(name);
    setClassifier(name, { fitting: false });
  }
}

/**
 * Applies an edit of a method's settings (k, C, γ, the metric), checked as the worker will
 * check it; a refused value leaves the settings as they were and says why at the method.
 */
export function editClassifier(name: ClassicName, patch: Record<string, unknown>): boolean {
  const state = classic().classifiers[name];
  let settings: ClassicSettings;
  try {
    settings = parseClassicSettings({ ...state.settings, ...patch }, name);
  } catch (e) {
    setClassifier(name, { error: classicFailure(e) });
    return false;
  }
  setClassifier(name, { settings, error: null });
  refreshClassic();
  return true;
}

let probing = 0;

/** kNN's k nearest training points to `point` (raw x, y), drawn on its picture; null clears. */
export async function probeNeighbours(point: [number, number] | null): Promise<void> {
  const ticket = ++probing;
  if (point === null) {
    setProbe(null);
    return;
  }
  const key = current('knn');
  const before = classic().probe;
  setProbe({ point, key, neighbours: before?.key === key ? before.neighbours : null, error: null });
  const { experiment } = useStore.getState();
  try {
    const neighbours = await classicWorker().neighbours(
      experiment,
      classic().classifiers.knn.settings,
      point,
    );
    if (ticket === probing) setProbe({ point, key, neighbours, error: null });
  } catch (e) {
    if (ticket === probing) setProbe({ point, key, neighbours: null, error: classicFailure(e) });
  }
}
