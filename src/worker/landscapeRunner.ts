// When the loss landscape computes: at most one job at a time, in slices deferred through
// the session's host so that pause, cancel and a new request are handled in between, and
// every way a job ends (done, stopped, failed) reported to the page once.
import type { Message } from '../spec/message';
import type { LandscapeRequest, LandscapeStatus, LandscapeUpdate } from '../spec/protocol/training';
import { LandscapeJob } from './landscape';
import { messageOf } from './refusal';

/** Why a landscape stopped or failed: keys in the page's dictionaries. */
export const STOPPED = {
  newRun: { key: 'landscape.stopped.newRun', vars: {} },
  replaced: { key: 'landscape.stopped.replaced', vars: {} },
  trainingResumed: { key: 'landscape.stopped.trainingResumed', vars: {} },
  cancelled: { key: 'landscape.stopped.cancelled', vars: {} },
  weightsChanged: { key: 'landscape.stopped.weightsChanged', vars: {} },
} satisfies Record<string, Message>;

/** The part of the session's host the landscape needs. */
export interface LandscapeHost {
  now(): number;
  defer(fn: () => void, delayMs: number): void;
  emitLandscape(update: LandscapeUpdate): void;
}

export class LandscapeRunner {
  private job: LandscapeJob | null = null;

  constructor(private readonly host: LandscapeHost) {}

  /**
   * Starts the job `build` makes, after stopping any other. A job that cannot be built (PCA
   * before enough epochs, say) fails with the builder's message.
   */
  start(request: LandscapeRequest, build: () => LandscapeJob): void {
    this.stop(STOPPED.replaced);
    let job: LandscapeJob;
    try {
      job = build();
    } catch (e) {
      this.fail(request, messageOf(e, 'landscape.failed'));
      return;
    }
    this.job = job;
    // The axes, the window and the PCA path at once, before any loss is known.
    this.emit(job, 'computing', null);
    this.host.defer(() => this.slice(job), 0);
  }

  /** Reports a request that cannot start at all. */
  fail(request: LandscapeRequest, message: Message): void {
    const { generation, id } = request;
    this.host.emitLandscape({ generation, id, status: 'failed', picture: null, message });
  }

  /** Stops the job computing, if any, sending what it has so far and `message`. */
  stop(message: Message): void {
    const job = this.job;
    if (job === null) return;
    this.job = null;
    this.emit(job, 'stopped', message);
  }

  private slice(job: LandscapeJob): void {
    if (this.job !== job) return; // stopped or replaced since this slice was scheduled
    let result;
    try {
      result = job.slice();
    } catch (e) {
      this.job = null;
      this.emit(job, 'failed', messageOf(e, 'landscape.failed'));
      return;
    }
    const { progress, due } = result;
    if (progress.done || progress.stale) {
      this.job = null;
      // Stale: the weights moved under the grid (the session stops a job before training,
      // so this is a safety net rather than a path the page takes).
      if (progress.done) this.emit(job, 'done', null);
      else this.emit(job, 'stopped', STOPPED.weightsChanged);
      return;
    }
    if (due) this.emit(job, 'computing', null);
    this.host.defer(() => this.slice(job), 0);
  }

  private emit(job: LandscapeJob, status: LandscapeStatus, message: Message | null): void {
    const { generation, id } = job;
    this.host.emitLandscape({ generation, id, status, picture: job.picture(), message });
  }
}
