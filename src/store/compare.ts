// The compare view's actions: build a compare document from the playground's experiment and
// the chosen values, validate it (the spec's own rules, so the page and `cli compare` agree),
// and run its variants concurrently in the worker pool. Updates from the runs are folded
// into the store at most ten times a second.
import { compareVariants, parseCompare } from '../spec';
import type { RunUpdate } from '../spec/protocol/runs';
import { isFinalStatus } from '../spec/protocol/runStatus';
import type { CompareSpec, VaryName } from '../spec/types';
import type { RunHandle } from '../worker/pool';
import {
  loadedCompare,
  runValues,
  type CompareChoices,
  type CompareRun,
  type CompareSetting,
  type CompareState,
} from './compareState';
import { editExperiment, setView } from './actions';
import { runPool } from './pool';
import { useStore } from './store';

/** Histograms of each variant's layers at most this often. */
const STATISTICS_MS = 1000;
const APPLY_MS = 100;

const compare = () => useStore.getState().compare;

function setCompare(patch: Partial<CompareState>): void {
  useStore.setState((s) => ({ compare: { ...s.compare, ...patch } }));
}

export function setVary(vary: VaryName): void {
  setCompare({ vary, preset: null, error: null });
}

export function editChoices(patch: Partial<CompareChoices>): void {
  setCompare({ choices: { ...compare().choices, ...patch }, preset: null, error: null });
}

/**
 * A compare document's setting and values (a lesson's), run at once. They go into the form
 * where it can show them; else they stay whole as the preset, which the setup panel lists,
 * so that what the panel shows is always what Run runs.
 */
export function loadCompare(spec: CompareSpec): void {
  setCompare({ ...loadedCompare(spec.vary, spec.values, compare().choices), error: null });
  runCompare();
}

/** Leaves the preset's values for the form's (the preset is dropped). */
export function backToForm(): void {
  setCompare({ preset: null, error: null });
}

/** Shows or hides a run in the charts (the legend's buttons). */
export function toggleRun(index: number): void {
  const hidden = compare().hidden;
  setCompare({
    hidden: hidden.includes(index) ? hidden.filter((i) => i !== index) : [...hidden, index],
  });
}

let handles: RunHandle[] = [];
/** The updates of the compare on show (a newer compare replaces it). */
let batch: UpdateBatch | null = null;

/** Starts the compare of the current experiment (stopping one under way). */
export function runCompare(): void {
  const state = compare();
  const experiment = useStore.getState().experiment;
  let variants;
  let settings: CompareSetting[];
  try {
    const spec = parseCompare({
      version: 1,
      kind: 'compare',
      experiment,
      vary: state.vary,
      values: runValues(state),
    });
    variants = compareVariants(spec);
    // The variants come in the order of the values: each run's setting, for its name.
    settings = spec.values.map((value) => ({ name: spec.vary, value }) as CompareSetting);
  } catch (e) {
    setCompare({ error: (e as Error).message });
    return;
  }
  cancelCompare();
  const runs: CompareRun[] = variants.map((v, k) => ({
    label: v.label,
    setting: settings[k],
    experiment: v.experiment,
    status: 'queued',
    epochs: [],
    layers: null,
    summary: null,
    message: null,
    diagnoses: [],
  }));
  setCompare({ runs, hidden: [], error: null });
  const pool = runPool();
  const updates = (batch = new UpdateBatch());
  handles = variants.map((v, k) =>
    pool.run(
      {
        base: experiment,
        experiment: v.experiment,
        test: 0,
        statisticsMs: STATISTICS_MS,
        keepParams: false,
      },
      (update) => updates.add(k, update),
    ),
  );
}

/** Stops every run of the compare; what they have streamed stays on the charts. */
export function cancelCompare(): void {
  for (const h of handles) h.cancel();
  handles = [];
}

/**
 * Updates for the current compare, applied together: eight runs each reporting ten times a
 * second would otherwise re-render the charts eighty times a second.
 */
class UpdateBatch {
  private pending: [number, RunUpdate][] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  add(index: number, update: RunUpdate): void {
    this.pending.push([index, update]);
    if (isFinalStatus(update.status)) this.apply();
    else this.timer ??= setTimeout(() => this.apply(), APPLY_MS);
  }

  private apply(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    // Updates of a compare that a newer one has replaced are dropped.
    if (batch !== this) {
      this.pending = [];
      return;
    }
    const next = compare().runs.slice();
    for (const [k, u] of this.pending) {
      const run = next[k];
      next[k] = {
        ...run,
        status: u.status,
        epochs: u.epochs.length > 0 ? run.epochs.concat(u.epochs) : run.epochs,
        layers: u.layers ?? run.layers,
        summary: u.summary ?? run.summary,
        message: u.message ?? run.message,
        diagnoses: u.diagnoses.length > 0 ? run.diagnoses.concat(u.diagnoses) : run.diagnoses,
      };
    }
    this.pending = [];
    setCompare({ runs: next });
  }
}

/**
 * The playground takes run `index`'s experiment (a lesson's convolutional network, say), to
 * be trained and looked into there.
 */
export function openInPlayground(index: number): void {
  const run = compare().runs[index];
  if (run === undefined) return;
  editExperiment(() => structuredClone(run.experiment));
  setView('playground');
}
