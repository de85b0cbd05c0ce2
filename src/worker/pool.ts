// A small pool of run workers: compare variants and search trials each train one run to
// its end, several at once. Runs queue first come, first served; workers are created when
// first needed, reused run after run (keeping their prepared data), and replaced when one
// crashes. The workers come from a factory, so Node tests drive the pool with fakes.
import type { Message } from '../spec/message';
import {
  statusUpdate,
  type RunRequest,
  type RunSummary,
  type RunUpdate,
  type TestRequest,
  type TestResult,
} from '../spec/protocol/runs';
import { isFinalStatus } from '../spec/protocol/runStatus';
import { deathOf } from './guard';
import { SILENCE_MS } from './heartbeat';

/** One run worker, as the pool uses it (clients.ts starts a real one). */
export interface RunWorkerHandle {
  /**
   * Trains the request's experiment, every update (the final one last) going to `onUpdate`.
   * Resolves once the run is over and its final update delivered; rejects when the worker
   * crashed.
   */
  start(request: RunRequest, onUpdate: (update: RunUpdate) => void): Promise<void>;
  /** Ends the run it is training, which sends a final 'cancelled' update. */
  cancel(): void;
  evaluateTest(request: TestRequest): Promise<TestResult>;
  terminate(): void;
}

export interface RunHandle {
  /** A queued run never starts; a running one stops within a slice. Ended runs ignore it. */
  cancel(): void;
  /** The final update's summary (null when the run failed or never trained), once it ends. */
  done: Promise<RunSummary | null>;
}

/** A worker per core, at least one and at most four: more would only compete with the page. */
export function defaultPoolSize(): number {
  const cores = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator
    ?.hardwareConcurrency;
  // Unknown (or reported as 0): two, which any machine running a browser has.
  return Math.min(4, Math.max(1, cores || 2));
}

interface Slot {
  readonly worker: RunWorkerHandle;
  busy: boolean;
  /** The worker died while busy, its task settling still: retired once it has. */
  dead: boolean;
}

/** Something that occupies a worker: settles when the worker is free, rejects when it crashed. */
type Task = (worker: RunWorkerHandle) => Promise<void>;

interface Run {
  state: 'queued' | 'running' | 'over';
  task: Task;
  worker: RunWorkerHandle | null;
  /** Delivers the final update (the pool's own, or the worker's) and resolves `done`. */
  finish(update: RunUpdate): void;
}

export class RunPool {
  private readonly size: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private readonly runs = new Set<Run>();
  private readonly tests = new Set<(error: Error) => void>();
  private disposed = false;

  /** `createWorker(onDeath)` starts a worker; `onDeath` hears if it dies (see `lost`). */
  constructor(
    size: number,
    private readonly createWorker: (onDeath: () => void) => RunWorkerHandle,
  ) {
    this.size = Math.max(1, Math.floor(size));
  }

  /** Queues a run; `onUpdate` hears 'queued' at once (before this returns), then the worker's. */
  run(request: RunRequest, onUpdate: (update: RunUpdate) => void): RunHandle {
    if (this.disposed) throw new Error('the run pool was disposed: create a new one');
    let resolveDone: (summary: RunSummary | null) => void = () => {};
    const done = new Promise<RunSummary | null>((resolve) => (resolveDone = resolve));
    const run: Run = {
      state: 'queued',
      worker: null,
      finish: (update) => {
        if (run.state === 'over') return;
        run.state = 'over';
        this.runs.delete(run);
        onUpdate(update);
        resolveDone(update.summary);
      },
      task: async (worker) => {
        if (run.state === 'over') return;
        run.state = 'running';
        run.worker = worker;
        try {
          await worker.start(request, (update) => {
            if (run.state === 'over') return; // after a dispose, say
            if (isFinalStatus(update.status)) run.finish(update);
            else onUpdate(update);
          });
        } catch (e) {
          run.finish(statusUpdate('failed', crashMessage(e)));
          throw e; // the worker is replaced
        }
        // A worker that ends a run without saying how is a bug, not a crash: it stays.
        run.finish(statusUpdate('failed', { key: 'pool.unreported', vars: {} }));
      },
    };
    this.runs.add(run);
    this.queue.push(run.task);
    onUpdate(statusUpdate('queued'));
    this.pump();
    return { cancel: () => this.cancel(run), done };
  }

  /**
   * The trained network of `request.experiment.params` on the held-out test part. It goes
   * before queued runs: it is one quick pass, and the page is waiting for it.
   */
  evaluateTest(request: TestRequest): Promise<TestResult> {
    if (this.disposed) return Promise.reject(new Error('the run pool was disposed'));
    return new Promise((resolve, reject) => {
      this.tests.add(reject);
      this.queue.unshift(async (worker) => {
        try {
          resolve(await worker.evaluateTest(request));
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
          // Bad input and a dead worker look alike from here: a fresh worker is cheap.
          throw e;
        } finally {
          this.tests.delete(reject);
        }
      });
      this.pump();
    });
  }

  /** Cancels every queued and running run. */
  cancelAll(): void {
    // The queued ones first, so none starts in a slot a cancelled run frees.
    const runs = [...this.runs];
    for (const run of runs) if (run.state === 'queued') this.cancel(run);
    for (const run of runs) this.cancel(run);
  }

  /** Stops every worker; runs still going end 'cancelled', test evaluations reject. */
  dispose(): void {
    this.disposed = true;
    this.queue.length = 0;
    for (const run of [...this.runs]) run.finish(statusUpdate('cancelled'));
    for (const reject of this.tests) reject(new Error('the run pool was disposed'));
    this.tests.clear();
    for (const slot of this.slots.splice(0)) slot.worker.terminate();
  }

  /** Workers training or evaluating now (at most the pool's size). */
  get busy(): number {
    return this.slots.filter((s) => s.busy).length;
  }

  private cancel(run: Run): void {
    if (run.state === 'queued') {
      this.queue.splice(this.queue.indexOf(run.task), 1);
      run.finish(statusUpdate('cancelled'));
    } else if (run.state === 'running') {
      // The worker answers with the final 'cancelled' update, with the epochs it finished.
      run.worker!.cancel();
    }
  }

  /** Starts queued tasks while there are free workers, or room for new ones. */
  private pump(): void {
    while (!this.disposed && this.queue.length > 0) {
      const slot = this.freeSlot();
      if (slot === null) return;
      const task = this.queue.shift()!;
      slot.busy = true;
      task(slot.worker).then(
        () => {
          if (slot.dead) this.retire(slot);
          else slot.busy = false;
          this.pump();
        },
        () => {
          this.retire(slot);
          this.pump();
        },
      );
    }
  }

  private freeSlot(): Slot | null {
    const free = this.slots.find((s) => !s.busy);
    if (free !== undefined) return free;
    if (this.slots.length >= this.size) return null;
    const worker: RunWorkerHandle = this.createWorker(() => this.lost(worker));
    const slot: Slot = { worker, busy: false, dead: false };
    this.slots.push(slot);
    return slot;
  }

  /**
   * A worker died. An idle one (it went silent between runs) is retired now, or the next run
   * given to it would fail without starting; a busy one once its task has settled.
   */
  private lost(worker: RunWorkerHandle): void {
    const slot = this.slots.find((s) => s.worker === worker);
    if (slot === undefined) return;
    if (slot.busy) slot.dead = true;
    else this.retire(slot);
  }

  /** A crashed worker is dropped and stopped; the next task that needs one gets a new one. */
  private retire(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return; // already gone with dispose
    this.slots.splice(index, 1);
    slot.worker.terminate();
  }
}

/**
 * Why the run failed: its worker stopped answering, or crashed for the reason its error
 * gives (English).
 */
function crashMessage(e: unknown): Message {
  if (deathOf(e) === 'silent') return { key: 'pool.silent', vars: { seconds: SILENCE_MS / 1000 } };
  const reason = e instanceof Error ? e.message : String(e);
  return { key: 'pool.crashed', vars: { reason } };
}
