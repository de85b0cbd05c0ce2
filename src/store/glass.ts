// The glass box's actions: open one training step for a sample (training pauses while the
// worker runs it), move through its stages, and choose what they follow.
import type { GlassRequest, GlassTrace } from '../spec/protocol/glass';
import type { SampleChoice } from '../spec/protocol/training';
import type { GlassState, GlassWeight } from './glassState';
import { useStore } from './store';
import { trainingWorker } from './worker';

export type { GlassState, GlassWeight } from './glassState';

function setGlass(patch: Partial<GlassState>): void {
  useStore.setState((s) => ({ glass: { ...s.glass, ...patch } }));
}

/**
 * Opens the step for `choice` on the run the page shows (`label`: the class a drawn sample
 * should be). The stage and the weight followed stay when the same network is opened again,
 * so that a student can compare one sample with the next. `reveal`: asked from elsewhere on
 * the page (a point of the picture, a sample's picture), so the panel comes into view.
 */
export async function openGlass(
  choice: SampleChoice,
  label: number | null = null,
  { reveal = false } = {},
): Promise<void> {
  const { run, glass } = useStore.getState();
  const request: GlassRequest = { choice, label };
  setGlass({ request, status: 'opening', why: null, reveal: glass.reveal + (reveal ? 1 : 0) });
  try {
    const answer = await trainingWorker().glass(request, run.generation);
    // A newer request was made while this one ran: it answers instead.
    if (useStore.getState().glass.request !== request) return;
    if (!answer.ok) {
      setGlass({ status: 'refused', why: answer.why, trace: null });
      return;
    }
    // The step the run was at is the trace's own (the update is the next step): the store's
    // may still lag behind the worker's last snapshot, which would read as having moved on.
    // The run is the one asked about (a newer run's number would hide that it was replaced).
    const { generation } = run;
    const step = answer.value.update.step - 1;
    const previous = useStore.getState().glass;
    const same = previous.trace !== null && sameNetwork(previous.trace, answer.value);
    setGlass({
      status: 'open',
      trace: answer.value,
      generation,
      step,
      stage: same ? previous.stage : 0,
      units: same ? previous.units : {},
      weight: same ? previous.weight : null,
    });
  } catch (e) {
    if (useStore.getState().glass.request !== request) return;
    setGlass({
      status: 'refused',
      trace: null,
      why: { key: 'glass.failed', vars: { message: (e as Error).message } },
    });
  }
}

/** Opens the same sample again, on the run as it stands now. */
export function reopenGlass(): void {
  const { request } = useStore.getState().glass;
  if (request !== null) void openGlass(request.choice, request.label);
}

export function setGlassStage(stage: number): void {
  setGlass({ stage });
}

export function setGlassWay(way: GlassState['way']): void {
  setGlass({ way });
}

/** Follows output `unit` of `primitive` in its stages. */
export function followGlassUnit(primitive: number, unit: number): void {
  setGlass({ units: { ...useStore.getState().glass.units, [primitive]: unit } });
}

export function pickGlassWeight(weight: GlassWeight | null): void {
  setGlass({ weight });
}

/** The same primitives with the same shapes: stages and weights mean the same in both. */
function sameNetwork(a: GlassTrace, b: GlassTrace): boolean {
  return (
    a.primitives.length === b.primitives.length &&
    a.primitives.every(
      (p, i) =>
        p.kind === b.primitives[i].kind && p.output.length === b.primitives[i].output.length,
    )
  );
}
