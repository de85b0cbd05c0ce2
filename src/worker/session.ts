// One training run as the worker drives it: load an experiment, then train it through the
// engine's run driver in time slices (pacedLoop.ts), stream snapshots to the page
// (snapshotStream.ts), and answer what the page asks of the run (its landscape, its weights,
// its PyTorch script). The driver decides when the run ends and how; the session words it
// (runEnd.ts). Kept apart from the comlink adapter so that Node tests can drive it with a
// fake clock and scheduler.
import type { DatasetFileReader } from '../engine/data/dataset';
import { exportPyTorch } from '../engine/export/pytorch';
import { glassStep } from '../engine/glass/step';
import { WeightRecorder } from '../engine/landscape';
import { exportParams } from '../engine/params';
import { prepareData, type PreparedData } from '../engine/prepare';
import { RunDriver, type RunEnd } from '../engine/runDriver';
import { Coach } from '../engine/coach/coach';
import { Trainer, type EpochResult, type StepResult } from '../engine/train';
import type { Diagnosis } from '../spec/protocol/diagnosis';
import type { Message } from '../spec/message';
import type { GlassRequest, GlassTrace } from '../spec/protocol/glass';
import { countParameters } from '../spec/model';
import { isFinalStatus, type RunStatus } from '../spec/protocol/runStatus';
import type {
  Answer,
  DataSummary,
  LandscapeRequest,
  LandscapeUpdate,
  LoadProgress,
  SampleChoice,
  Snapshot,
  StepSize,
} from '../spec/protocol/training';
import type { Experiment, LayerParams } from '../spec/types';
import { LandscapeJob } from './landscape';
import { LandscapeRunner, STOPPED } from './landscapeRunner';
import { reportingReader } from './loadProgress';
import { endStatus, finishMessage, stopMessage } from './runEnd';
import { glassSample } from './glass';
import { dataSummary } from './summary';
import { PacedLoop } from './pacedLoop';
import { SnapshotStream } from './snapshotStream';
import { sampleFor, type View } from './views';

export interface SessionHost {
  read: DatasetFileReader;
  now(): number;
  /** Runs `fn` after `delayMs` (0: as soon as pending messages are handled). */
  defer(fn: () => void, delayMs: number): void;
  emit(snapshot: Snapshot): void;
  emitLandscape(update: LandscapeUpdate): void;
  /** Hears a data file arriving while a run loads (the page shows it); optional. */
  emitLoading?(progress: LoadProgress): void;
}

export class TrainingSession {
  private trainer: Trainer | null = null;
  private driver: RunDriver | null = null;
  /** Watches the run and says what goes wrong (engine/coach). */
  private coach: Coach | null = null;
  private data: PreparedData | null = null;
  private generation = 0;
  /** The generation of the newest load asked for. */
  private requested = 0;
  private status: RunStatus = 'idle';
  private message: Message | null = null;
  /** The plotting window of 1- and 2-input data, where the boundary is drawn. */
  private view: View = null;
  /** The sample the diagram follows through an image network (the page picks it). */
  private sample: SampleChoice | null = null;
  /** The run's weights at its start and each epoch's end: the path the PCA plane fits. */
  private readonly recorder = new WeightRecorder();
  private readonly landscapes: LandscapeRunner;
  private readonly stream: SnapshotStream;
  private readonly loop: PacedLoop;

  constructor(private readonly host: SessionHost) {
    this.landscapes = new LandscapeRunner(host);
    this.stream = new SnapshotStream(
      () => host.now(),
      (snapshot) => host.emit(snapshot),
    );
    this.loop = new PacedLoop(host, {
      running: () => this.status === 'running',
      train: (maxSteps) => {
        const { steps, end, paused } = this.driver!.slice(() => host.now(), { maxSteps });
        if (end !== null)
          this.end(end); // the loop stops at this
        else if (paused) this.status = 'paused'; // the coach found what will not mend itself
        return steps;
      },
      sliced: (stopped) => this.snapshot(stopped),
    });
  }

  /** Builds the run (data, network, optimizer) for `experiment`; nothing trains yet. */
  async load(experiment: Experiment, generation: number): Promise<DataSummary> {
    // Loads overlap (a real data set is fetched): only the newest one may install its run.
    this.requested = generation;
    this.landscapes.stop(STOPPED.newRun);
    this.pause();
    let data: PreparedData;
    try {
      const read = reportingReader(
        (file, onProgress) => this.host.read(file, onProgress),
        () => this.host.now(),
        (file, loaded, total) => this.host.emitLoading?.({ generation, file, loaded, total }),
      );
      data = await prepareData(experiment, read);
    } catch (e) {
      if (generation === this.requested) {
        this.trainer = null; // nothing left to train: Train stays off until a load succeeds
        this.driver = null;
        this.coach = null;
        this.data = null;
      }
      throw e;
    }
    if (generation !== this.requested) throw new Error('superseded by a newer experiment');
    this.data = data;
    const trainer = new Trainer(experiment, data);
    this.trainer = trainer;
    const events = {
      step: (r: StepResult) => this.stream.step(r.step, r.loss),
      epoch: (result: EpochResult) => {
        this.stream.epoch(result);
        this.recorder.record(trainer.model, result.epoch);
      },
      diagnosis: (found: Diagnosis) => this.stream.diagnosis(found),
    };
    // The coach measures the untrained network now, before the first step.
    this.coach = new Coach(trainer);
    this.driver = new RunDriver(trainer, events, undefined, this.coach);
    this.recorder.clear();
    this.recorder.record(trainer.model, 0);
    this.generation = generation;
    this.status = 'paused';
    this.message = null;
    this.stream.restart();
    const summary = dataSummary(experiment, data, countParameters(experiment.model));
    this.view = summary.view;
    this.sample = sampleFor(this.sample, data, summary.image !== null);
    this.snapshot(true);
    return summary;
  }

  play(): void {
    if (this.ended() || this.endIfOutOfEpochs()) {
      this.snapshot(true);
      return;
    }
    this.landscapes.stop(STOPPED.trainingResumed);
    this.status = 'running';
    this.loop.start();
  }

  pause(): void {
    if (this.status === 'running') this.status = 'paused';
    this.snapshot(true);
  }

  /** One minibatch, or the rest of the current epoch, then a snapshot. */
  step(size: StepSize): void {
    if (this.ended() || this.endIfOutOfEpochs()) {
      this.snapshot(true);
      return;
    }
    this.landscapes.stop(STOPPED.trainingResumed);
    this.status = 'paused';
    const driver = this.driver!;
    const end = size === 'batch' ? driver.step() : driver.epoch();
    if (end !== null) this.end(end);
    this.stream.stepped();
    this.snapshot(true);
  }

  /**
   * The same network with new optimizer numbers and training settings, from the next step
   * on. False when they cannot apply to this run (another optimizer, a batch too large for
   * its buffers): the page starts a new run then.
   */
  retune(experiment: Experiment, generation: number): boolean {
    const trainer = this.trainer;
    // A retune meant for another run (one still loading, say) cannot apply to this one.
    if (trainer === null || generation !== this.generation || this.requested !== this.generation) {
      return false;
    }
    if (experiment.optimizer.name !== trainer.experiment.optimizer.name) return false;
    if (!trainer.retune(structuredClone(experiment.training))) return false;
    const { name: _name, ...hyperparameters } = experiment.optimizer;
    trainer.setHyperparameters(hyperparameters);
    this.coach!.retuned(); // what the old rate did is past: the coach may say it again
    // More epochs than were done: a finished run can go on; fewer, and it ends here.
    if (this.status === 'finished' && this.driver!.outOfEpochs() === null) {
      this.status = 'paused';
      this.message = null;
    } else if (this.status === 'running' || this.status === 'paused') this.endIfOutOfEpochs();
    this.snapshot(true);
    return true;
  }

  /**
   * The diagram follows `choice` through the network of run `generation` from now on, shown
   * at once (a choice made for a run since replaced does not apply to this one).
   */
  chooseSample(choice: SampleChoice, generation: number): void {
    if (generation !== this.generation) return;
    this.sample = choice;
    this.snapshot('picture');
  }

  /** Optimizer steps per second while playing; Infinity for as fast as possible. */
  setSpeed(stepsPerSecond: number): void {
    this.loop.setSpeed(stepsPerSecond);
  }

  /**
   * Computes the loss landscape of the network as it stands (replacing any other); training
   * pauses, since it would move the weights under the grid. Progress, the end and any
   * failure arrive as LandscapeUpdates tagged with the request's id.
   */
  landscape(request: LandscapeRequest): void {
    this.landscapes.stop(STOPPED.replaced);
    const why = this.unavailable(request.generation) ?? this.diverged();
    if (why !== null) {
      this.landscapes.fail(request, why);
      return;
    }
    this.pause();
    const trainer = this.trainer!;
    const now = () => this.host.now();
    this.landscapes.start(request, () => new LandscapeJob(trainer, this.recorder, request, now));
  }

  cancelLandscape(): void {
    this.landscapes.stop(STOPPED.cancelled);
  }

  /**
   * The run as a PyTorch script: its settings as they stand now (sliders included), from its
   * initial weights, which the exporter rebuilds from the same model, seed and params (the
   * weights here have moved on; nothing a run does changes those three). A diverged run
   * exports too: PyTorch will diverge the same way.
   */
  exportPyTorch(generation: number): Answer<string> {
    const why = this.unavailable(generation);
    if (why !== null) return { ok: false, why };
    const trainer = this.trainer!; // there is a run: unavailable() says so
    const { name } = trainer.experiment.optimizer;
    const optimizer = { name, ...trainer.hyperparameters };
    return { ok: true, value: exportPyTorch({ ...trainer.experiment, optimizer }, this.data!) };
  }

  /**
   * The network's weights as they stand now, in the document's `params` layout: with them,
   * the same experiment starts a new run from here (the optimizer's state is not among them).
   * `generation` is the run the page shows: weights of any other run would be the wrong ones.
   */
  trainedParams(generation: number): Answer<LayerParams[]> {
    const why = this.unavailable(generation) ?? this.diverged();
    if (why !== null) return { ok: false, why };
    return { ok: true, value: exportParams(this.trainer!.model) };
  }

  /**
   * One training step opened up for one sample (the glass box, engine/glass): training
   * pauses, and the engine's layers run on a copy of the network, so the run goes on from
   * where it was as if the glass box had never been opened.
   */
  glass(request: GlassRequest, generation: number): Answer<GlassTrace> {
    const why = this.unavailable(generation) ?? this.diverged();
    if (why !== null) return { ok: false, why };
    const sample = glassSample(this.trainer!, this.data!, request);
    if ('key' in sample) return { ok: false, why: sample }; // refused: the run goes on
    this.pause();
    return { ok: true, value: glassStep(this.trainer!, sample) };
  }

  /**
   * Why the run the page shows (`generation`) cannot be asked for anything now, if so; when
   * not, there is a trainer and its data.
   */
  private unavailable(generation: number): Message | null {
    if (this.trainer === null || this.data === null) return { key: 'worker.notLoaded', vars: {} };
    if (generation !== this.requested) return { key: 'worker.replaced', vars: {} };
    if (this.requested !== this.generation) return { key: 'worker.loading', vars: {} };
    return null;
  }

  /** A diverged network's weights are no longer numbers: nothing to draw or to save. */
  private diverged(): Message | null {
    return this.status === 'diverged' ? { key: 'worker.diverged', vars: {} } : null;
  }

  /** The run ended (the driver says how): its status, and what to tell the user. */
  private end(end: RunEnd): void {
    // An epoch whose validation loss overflowed still has its training numbers: the curves
    // show them (a gap where a value is not finite), and its weights join the path while
    // they are numbers.
    if (end.how === 'diverged' && end.result !== undefined) {
      this.stream.epoch(end.result);
      if (Number.isFinite(end.result.train.loss)) {
        this.recorder.record(this.trainer!.model, end.result.epoch);
      }
    }
    this.status = endStatus(end);
    this.message =
      end.how === 'finished'
        ? finishMessage(this.trainer!, this.data!.train.classes, end.last)
        : stopMessage(end);
  }

  /**
   * An error from a view, which is not expected: the run ends and says so, rather than
   * staying 'running' with no loop behind it.
   */
  private fail(e: unknown): void {
    this.end({ how: 'failed', error: e });
  }

  /** Ends the run when it has no epoch left to train (0, or lowered mid-run); true if so. */
  private endIfOutOfEpochs(): boolean {
    const end = this.driver!.outOfEpochs();
    if (end !== null) this.end(end);
    return end !== null;
  }

  /** Nothing to train: no run, or one that diverged, failed or finished. */
  private ended(): boolean {
    return this.trainer === null || isFinalStatus(this.status);
  }

  /** Emits what changed since the last snapshot (see SnapshotStream), if there is a run. */
  private snapshot(force: boolean | 'picture'): void {
    const { trainer, data } = this;
    if (trainer === null || data === null) return;
    const { generation, status, message, view, sample } = this;
    const { stepsPerSecond } = this.loop;
    const run = { generation, status, message, stepsPerSecond, trainer, data, view, sample };
    try {
      this.stream.send(run, force);
    } catch (e) {
      // A view could not be computed: the run ends, and the page hears why (with no views).
      this.fail(e);
      this.stream.send({ ...run, status: this.status, message: this.message }, true);
    }
  }
}
