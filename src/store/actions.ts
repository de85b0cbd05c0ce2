// The user's actions on the playground: each validates, talks to the worker and then sets
// state. Components read the store through `useStore` with a selector (store.ts holds it)
// and call these; the other views' actions are in their own files (race.ts, compare.ts, …).
import { parseExperiment, SpecError } from '../spec';
import type { Message } from '../spec/message';
import type { StepSize } from '../spec/protocol/training';
import type { Experiment } from '../spec/types';
import { dropImageLayers, fitAugmentToData, fitModelToData } from './adapt';
import { restartNotice, withoutRestartNotices } from './restartNotices';
import { initialLandscape } from './landscapeState';
import { setAsideStaleParams } from './loadedWeights';
import { persist } from './persistence';
import { keep } from './storage';
import { freshRun, isStopped, LANGUAGE_KEY, useStore, VIEW_KEY, type View } from './store';
import { deathOf } from '../worker/guard';
import { trainingWorker } from './worker';

/** Builds a fresh run of the current experiment: new initial weights, empty charts. */
export async function reset(): Promise<void> {
  const generation = useStore.getState().run.generation + 1;
  useStore.setState({
    ...freshRun(generation),
    // The worker drops the old network's landscape too; later ids stay unique.
    landscape: { ...initialLandscape(), id: useStore.getState().landscape.id },
  });
  try {
    const data = await trainingWorker().load(useStore.getState().experiment, generation);
    if (useStore.getState().run.generation === generation) useStore.setState({ data });
  } catch (e) {
    if (useStore.getState().run.generation !== generation) return; // a newer run replaced it
    if (deathOf(e) !== null) return; // the worker died, and worker.ts has said so
    useStore.setState({
      data: null,
      run: {
        ...freshRun(generation).run,
        status: 'idle',
        // Only the reason (English, from validation): the notice around it is translated.
        message: { key: 'run.reason', vars: { message: (e as Error).message } },
      },
    });
  }
}

/** The Reset button: a fresh run; that the last one started over is no longer news. */
export function restart(): void {
  useStore.setState((s) => ({ notices: withoutRestartNotices(s.notices) }));
  void reset();
}

function stopped(): boolean {
  return isStopped(useStore.getState().run.status);
}

export function play(): void {
  if (stopped()) return;
  void trainingWorker().play();
}

export function pause(): void {
  void trainingWorker().pause();
}

export function togglePlay(): void {
  if (useStore.getState().run.status === 'running') pause();
  else play();
}

export function step(size: StepSize): void {
  if (stopped()) return;
  void trainingWorker().step(size);
}

/**
 * Applies an edit to the experiment. The result is validated first: if it is refused, the
 * experiment stays as it was and `editError` says why. The optimizer's numbers and the
 * training settings (batch size, epochs, schedule, penalties, early stopping) change the
 * running network from its next step; anything else starts a new run, and says what
 * changed if the old run had trained at all. With `fitToData`, the network's ends then
 * follow the data (see adapt.ts): for edits of the data or of the loss. With `restart`, a
 * new run starts whatever changed, and that notice says why (a file was opened; null says
 * nothing: a lesson's banner does). Loaded weights (`params`) stay with their network and
 * are set aside when it changes (loadedWeights.ts).
 */
export function editExperiment(
  edit: (draft: Experiment) => unknown,
  { fitToData = false, restart }: { fitToData?: boolean; restart?: Message | null } = {},
): void {
  const current = useStore.getState().experiment;
  const draft = structuredClone(current);
  let result: unknown;
  try {
    result = edit(draft);
  } catch (e) {
    // An edit that cannot apply (a fix for a layer without that field) changes nothing.
    const layers = current.model.layers.length;
    useStore.setState({
      editError: { message: (e as Error).message, path: '', reason: null, layers },
    });
    return;
  }
  const edited = result === undefined ? draft : (result as Experiment);
  // Image layers first: the output then fits what is left.
  const dropped = fitToData ? dropImageLayers(edited) : null;
  const adapted = fitToData ? fitModelToData(edited) : null;
  const augmented = fitToData ? fitAugmentToData(edited) : null;
  const setAside = setAsideStaleParams(current, edited);
  let next: Experiment;
  try {
    next = parseExperiment(result === undefined ? draft : result);
  } catch (e) {
    // Where in the document, so the page can name the field ("" when no one field), and the
    // rule broken, so it can say why in its own language (null: validation's words only).
    const [path, reason] = e instanceof SpecError ? [e.path, e.reason] : ['', null];
    const layers = Array.isArray(edited.model?.layers) ? edited.model.layers.length : 0;
    useStore.setState({ editError: { message: (e as Error).message, path, reason, layers } });
    return;
  }
  useStore.setState({ experiment: next, editError: null });
  void persist(next);
  void apply(current, next, [dropped, adapted, augmented, setAside], restart);
}

async function apply(
  current: Experiment,
  next: Experiment,
  said: (Message | null)[],
  restart: Message | null | undefined,
): Promise<void> {
  // Tagged with the run it was made for: during a load it cannot apply, and a new run starts.
  const { generation, step } = useStore.getState().run;
  if (
    restart === undefined &&
    sameNetwork(current, next) &&
    (await trainingWorker().retune(next, generation))
  )
    return;
  // Nothing is lost when the old run had not trained: no need to say it started over.
  const restarted = restart === undefined && step > 0 ? restartNotice(current, next) : restart;
  useStore.setState({ notices: [...said, restarted ?? null].filter((n) => n !== null) });
  await reset();
}

/** True when the two differ at most in what a running network can take: see editExperiment. */
function sameNetwork(a: Experiment, b: Experiment): boolean {
  const strip = (e: Experiment) => ({ ...e, optimizer: e.optimizer.name, training: null });
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

export function setSpeed(stepsPerSecond: number): void {
  useStore.setState({ speed: stepsPerSecond });
  void trainingWorker().setSpeed(stepsPerSecond);
}

export function dismissNotice(): void {
  useStore.setState({ notices: [] });
}

export function dismissEditError(): void {
  useStore.setState({ editError: null });
}

export function setView(view: View): void {
  if ((useStore.getState().hidden as string[]).includes(view)) return; // the teacher hid it
  // What was said was about the view left behind (an edit there, a run that restarted).
  useStore.setState({ view, notices: [], editError: null });
  keep(VIEW_KEY, view);
}

export function setLanguage(language: string): void {
  useStore.setState({ language });
  keep(LANGUAGE_KEY, language);
}
