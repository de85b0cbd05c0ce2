// What a run worker does (run.worker.ts is its comlink adapter): trains one experiment to
// its end in time slices of the engine's run driver (which decides when and how it ends),
// streaming its epochs, and evaluates a search's chosen network on the test part. Driven
// through a host (clock, scheduler, file reader) so Node tests can run it with a fake clock.
import { Coach } from '../engine/coach/coach';
import type { DatasetFileReader } from '../engine/data/dataset';
import { exportParams } from '../engine/params';
import type { SearchData } from '../engine/prepare';
import { layerStatistics } from '../engine/probe';
import { Pace } from './pace';
import { RunDriver, type RunEnd } from '../engine/runDriver';
import { bestEpoch, evaluateSet } from '../engine/runs';
import { Trainer, type EpochResult } from '../engine/train';
import type { Message } from '../spec/message';
import {
  statusUpdate,
  type RunRequest,
  type RunSummary,
  type RunUpdate,
  type TestRequest,
  type TestResult,
} from '../spec/protocol/runs';
import type { Diagnosis, DiagnosisName } from '../spec/protocol/diagnosis';
import type { RunStatus } from '../spec/protocol/runStatus';
import type { EpochPoint } from '../spec/protocol/training';
import type { Experiment } from '../spec/types';
import { messageOf } from './refusal';
import { PreparedDataCache } from './runData';
import { endStatus, stopMessage } from './runEnd';
import { epochPoint } from './views';

export interface RunHost {
  read: DatasetFileReader;
  now(): number;
  /** Runs `fn` after `delayMs` (0: as soon as pending messages, a cancel say, are handled). */
  defer(fn: () => void, delayMs: number): void;
}

/** Updates at most this often: the page's charts need no more than ten a second per run. */
const UPDATE_MS = 100;
/**
 * A fresh worker trains a throwaway copy of its first run this long before timing it. V8
 * compiles the engine's loops as they run: cold, the same run took 4× (Node) to 10× (a new
 * worker beside a busy page) as long as warm, which the compare's Time column would have
 * put down to whichever optimizer happened to run first.
 */
const WARM_UP_MS = 150;

export class RunJob {
  private readonly data: PreparedDataCache;
  private run: TrainingRun | null = null;
  private warm = false;

  constructor(private readonly host: RunHost) {
    this.data = new PreparedDataCache(host.read);
  }

  /** Trains `request.experiment`; every update, the final one included, goes to `onUpdate`. */
  start(request: RunRequest, onUpdate: (update: RunUpdate) => void): void {
    // One run at a time: a new one ends any still going (the pool never overlaps them).
    this.run?.cancel();
    const run = new TrainingRun(this.host, request, onUpdate, !this.warm);
    this.warm = true;
    this.run = run;
    run.begin(this.data.get(request.base, request.test));
  }

  /** Ends the current run with a 'cancelled' update; nothing when none is going. */
  cancel(): void {
    this.run?.cancel();
  }

  /** The loss and accuracy of the trained parameters in `request.experiment.params` on the test part. */
  async evaluateTest(request: TestRequest): Promise<TestResult> {
    if (request.experiment.params === null) {
      throw new Error('the experiment to test carries no trained parameters (params is null)');
    }
    const data = await this.data.get(request.base, request.test);
    if (data.test === null) throw new Error('there is no test part to evaluate on (test is 0)');
    // The Trainer loads experiment.params over its initial weights.
    const trainer = new Trainer(request.experiment, data);
    const { loss, accuracy } = evaluateSet(trainer, data.test);
    return { loss, accuracy, samples: data.test.n };
  }
}

/** One run, from its data to its final update. */
class TrainingRun {
  private driver: RunDriver | null = null;
  private over = false;
  /** Finished epochs with finite metrics: what the summary is made of. */
  private readonly results: EpochResult[] = [];
  /** Epochs not yet sent. */
  private pending: EpochPoint[] = [];
  /** What the coach found (each diagnosis once), and how many of those were sent. */
  private readonly found: DiagnosisName[] = [];
  private sentFound = 0;
  private lastUpdate = -Infinity;
  /** Statistics every statisticsMs, or less often when they cost more (pace.ts). */
  private readonly statistics: Pace;
  private started = 0;

  constructor(
    private readonly host: RunHost,
    private readonly request: RunRequest,
    private readonly onUpdate: (update: RunUpdate) => void,
    private readonly warmUp: boolean,
  ) {
    this.statistics = new Pace(() => host.now(), request.statisticsMs);
  }

  begin(data: Promise<SearchData>): void {
    this.lastUpdate = this.host.now();
    this.onUpdate(statusUpdate('running'));
    data.then(
      (prepared) => {
        if (this.over) return; // cancelled while the data was loading
        try {
          const trainer = new Trainer(this.request.experiment, prepared);
          const events = {
            epoch: (result: EpochResult) => this.epoch(result),
            diagnosis: ({ name }: Diagnosis) => {
              if (!this.found.includes(name)) this.found.push(name);
            },
          };
          // The coach gives each run its tags in the tables (exploded, dead units, …).
          this.driver = new RunDriver(trainer, events, undefined, new Coach(trainer));
        } catch (e) {
          this.fail('pool.buildFailed', e);
          return;
        }
        try {
          if (this.warmUp) warmUp(this.request.experiment, prepared, () => this.host.now());
        } catch {
          // The run itself meets the same error in its first slice, and fails saying why.
        }
        this.started = this.host.now();
        this.host.defer(() => this.slice(), 0);
      },
      (e) => {
        if (!this.over) this.fail('pool.dataFailed', e);
      },
    );
  }

  cancel(): void {
    if (!this.over) this.sendFinal('cancelled', null);
  }

  private slice(): void {
    if (this.over) return;
    const { end } = this.driver!.slice(() => this.host.now());
    if (end !== null) {
      this.end(end);
      return;
    }
    this.update();
    this.host.defer(() => this.slice(), 0);
  }

  private epoch(result: EpochResult): void {
    this.results.push(result);
    this.pending.push(epochPoint(result));
  }

  /**
   * The run ended, as the driver says: finished (stopped early: saying so), diverged (where,
   * and the learning rate), or failed on an error from the engine (no summary then).
   */
  private end(end: RunEnd): void {
    if (end.how === 'failed') this.fail('run.failed', end.error);
    else this.sendFinal(endStatus(end), end.how === 'finished' ? null : stopMessage(end));
  }

  /** Fails the run; the error's own text (English, from the engine) goes in as {message}. */
  private fail(key: string, error: unknown): void {
    this.over = true;
    this.onUpdate(statusUpdate('failed', messageOf(error, key)));
  }

  /** The new epochs and, when due, layer statistics; at most every UPDATE_MS. */
  private update(): void {
    const now = this.host.now();
    if (now - this.lastUpdate < UPDATE_MS) return;
    const withStatistics = this.request.statisticsMs > 0 && this.statistics.due(false);
    if (!withStatistics && this.pending.length === 0 && this.sentFound === this.found.length) {
      return;
    }
    this.lastUpdate = now;
    const trainer = this.driver!.trainer;
    this.onUpdate({
      status: 'running',
      epochs: this.takePending(),
      layers: withStatistics ? this.statistics.time(() => layerStatistics(trainer)) : null,
      summary: null,
      params: null,
      message: null,
      diagnoses: this.takeFound(),
    });
  }

  /** The final update: the epochs not yet sent, one last set of statistics, the summary. */
  private sendFinal(status: RunStatus, message: Message | null): void {
    this.over = true;
    const trainer = this.driver?.trainer;
    if (trainer === undefined) {
      this.onUpdate(statusUpdate(status, message));
      return;
    }
    const keep = status === 'finished' && this.request.keepParams;
    this.onUpdate({
      status,
      epochs: this.takePending(),
      // A diverged network's statistics too: they show which layer blew up.
      layers: this.request.statisticsMs > 0 ? layerStatistics(trainer) : null,
      summary: this.summary(status === 'diverged'),
      params: keep ? exportParams(trainer.model) : null,
      message,
      diagnoses: this.takeFound(),
    });
  }

  private summary(diverged: boolean): RunSummary {
    const last = this.results.at(-1);
    return {
      epochs: this.results.length,
      best: bestEpoch(this.results),
      final: last === undefined ? null : epochPoint(last),
      diverged,
      seconds: Math.round(this.host.now() - this.started) / 1000,
      diagnoses: [...this.found],
    };
  }

  private takeFound(): DiagnosisName[] {
    const found = this.found.slice(this.sentFound);
    this.sentFound = this.found.length;
    return found;
  }

  private takePending(): EpochPoint[] {
    const epochs = this.pending;
    this.pending = [];
    return epochs;
  }
}

/** Trains a copy of the experiment for WARM_UP_MS (or to its end) and drops it. */
function warmUp(experiment: Experiment, data: SearchData, now: () => number): void {
  new RunDriver(new Trainer(experiment, data)).slice(now, { ms: WARM_UP_MS });
}
