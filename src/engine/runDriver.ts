// One run, driven to its end: the one place that decides when a run has ended, and how. It
// steps a Trainer and reports each applied step and each finished epoch as it goes; when the
// run ends it says how, once:
//
//   finished      its epochs are done (the budget may have been lowered below those done)
//   stoppedEarly  early stopping fired after an epoch
//   diverged      the loss stopped being finite: a minibatch's (that step was not applied)
//                 or the loss over the data after an epoch
//   failed        the engine threw (not expected; the run must still end)
//
// Three faces drive runs through it and only choose what to show: the playground's session
// (worker/session.ts, a step, an epoch or a slice at a time), the pool's run jobs
// (worker/runJob.ts, slices) and the CLI (runs.ts trainRun, to the end).
import type { Diagnosis } from '../spec/protocol/diagnosis';
import type { Coach } from './coach/coach';
import type { EpochResult, StepResult, Trainer } from './train';

/**
 * Training per slice before a worker looks at its messages again (a pause, a slider, a
 * cancel): short enough to answer within a frame, long enough that a slice is mostly steps.
 */
export const SLICE_MS = 12;

export type RunEnd =
  /** At the end of its last epoch (`last`), or before a step when none was left (`last` null). */
  | { how: 'finished'; last: EpochResult | null }
  /** After `epoch`: the validation loss had not improved for `patience` epochs. */
  | { how: 'stoppedEarly'; epoch: number; patience: number }
  /**
   * In the minibatch of `step` (`at: 'step'`, `loss` its loss), or over the data after
   * epoch `epoch` (`at: 'epoch'`, `step` its last, `loss` the training loss, `result` that
   * epoch, whose training loss may still be finite: the playground plots it). The learning
   * rate then, `lr`, is the likely culprit.
   */
  | {
      how: 'diverged';
      at: 'step' | 'epoch';
      step: number;
      epoch: number;
      loss: number;
      lr: number;
      result?: EpochResult;
    }
  /** The engine threw `error` (not expected): the run must still end, and say why. */
  | { how: 'failed'; error: unknown };

/** What a face hears while the run goes on. */
export interface RunEvents {
  /** Each applied step (its loss is finite). The object is reused by the next step. */
  step?(result: StepResult): void;
  /** Each finished epoch whose metrics are finite (JSON has no NaN or Infinity). */
  epoch?(result: EpochResult): void;
  /** What the coach found, when the run has one: before the step's or epoch's event. */
  diagnosis?(found: Diagnosis): void;
}

/** What a slice trained: how many steps, and how the run ended if it did. */
export interface Slice {
  steps: number;
  end: RunEnd | null;
  /** The coach found what pauses a run (the slice stopped there; the run has not ended). */
  paused: boolean;
}

/** JSON has no NaN or Infinity: an epoch whose losses are not all finite is a divergence. */
export function isFiniteEpoch(r: EpochResult): boolean {
  return (
    Number.isFinite(r.train.loss) && (r.validation === null || Number.isFinite(r.validation.loss))
  );
}

export class RunDriver {
  /** The coach asked for a pause since the last slice began. */
  private pauseAsked = false;

  /**
   * `epochs`: how many epochs the run trains (counted from the Trainer's first), by default
   * its experiment's, read at every step so that a retune mid-run (the playground) moves it.
   * `coach`: watches the run and reports through `events.diagnosis`; its findings change
   * nothing in the run but a slice's end (a finding that pauses).
   */
  constructor(
    readonly trainer: Trainer,
    private readonly events: RunEvents = {},
    private readonly epochs?: number,
    private readonly coach?: Coach,
  ) {}

  /** 'finished' when the run has no epoch left to train (none asked for, or fewer than done). */
  outOfEpochs(): RunEnd | null {
    const limit = this.epochs ?? this.trainer.experiment.training.epochs;
    return this.trainer.epoch >= limit ? { how: 'finished', last: null } : null;
  }

  /**
   * One optimizer step, and the epoch's end when it completes one; null while the run goes
   * on. Once it has ended, its face steps it no more (but a finished run given more epochs).
   */
  step(): RunEnd | null {
    try {
      return this.outOfEpochs() ?? this.advance();
    } catch (error) {
      return { how: 'failed', error };
    }
  }

  /** Steps to the end of the current epoch, or of the run. */
  epoch(): RunEnd | null {
    const from = this.trainer.epoch;
    for (;;) {
      const end = this.step();
      if (end !== null || this.trainer.epoch > from) return end;
    }
  }

  /**
   * Steps until `ms` have passed on `now` (at least one step), `maxSteps` are taken, or the
   * run ends. The clock is read once before and once after each step.
   */
  slice(now: () => number, { ms = SLICE_MS, maxSteps = Infinity } = {}): Slice {
    const start = now();
    const first = this.trainer.step;
    this.pauseAsked = false;
    // Steps applied: one refused by a divergence, or never taken, does not count.
    const applied = () => this.trainer.step - first;
    for (let tries = 1; ; tries++) {
      const end = this.step();
      const late = now() - start >= ms;
      const paused = this.pauseAsked;
      if (end !== null || late || paused || tries >= maxSteps) {
        return { steps: applied(), end, paused: paused && end === null };
      }
    }
  }

  /** Steps until the run ends. */
  toEnd(): RunEnd {
    for (;;) {
      const end = this.step();
      if (end !== null) return end;
    }
  }

  private advance(): RunEnd | null {
    const trainer = this.trainer;
    const r = trainer.trainStep();
    // Not applied: the step and its epoch are the ones that were under way.
    if (r.diverged) return this.diverged('step', r.step, trainer.epoch + 1, r.loss);
    if (this.coach !== undefined) this.tell(this.coach.step(r));
    this.events.step?.(r);
    if (!r.epochDone) return null;
    const result = trainer.endEpoch();
    if (!isFiniteEpoch(result)) {
      return { ...this.diverged('epoch', trainer.step, result.epoch, result.train.loss), result };
    }
    if (this.coach !== undefined) this.tell(this.coach.epoch(result));
    this.events.epoch?.(result);
    if (result.earlyStop) {
      const patience = trainer.experiment.training.earlyStopping?.patience ?? 0;
      return { how: 'stoppedEarly', epoch: result.epoch, patience };
    }
    return this.outOfEpochs() === null ? null : { how: 'finished', last: result };
  }

  private diverged(
    at: 'step' | 'epoch',
    step: number,
    epoch: number,
    loss: number,
  ): Extract<RunEnd, { how: 'diverged' }> {
    const end = { how: 'diverged', at, step, epoch, loss, lr: this.trainer.learningRate } as const;
    if (this.coach !== undefined) this.tell(this.coach.diverged());
    return end;
  }

  private tell(found: readonly Diagnosis[]): void {
    for (const d of found) {
      this.events.diagnosis?.(d);
      if (d.pause) this.pauseAsked = true;
    }
  }
}
