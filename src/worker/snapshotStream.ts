// What a run sends the page, and when: the steps and epochs since the last snapshot, and
// the costlier views (statistics, the boundary, the confusion matrix) each at its own pace,
// so that a fast run sends ~30 snapshots a second without spending its time drawing.
import type { PreparedData } from '../engine/prepare';
import { layerStatistics } from '../engine/probe';
import type { EpochResult, Trainer } from '../engine/train';
import type { Message } from '../spec/message';
import type { Diagnosis } from '../spec/protocol/diagnosis';
import type { RunStatus } from '../spec/protocol/runStatus';
import type { EpochPoint, SampleChoice, Snapshot } from '../spec/protocol/training';
import { thin } from '../spec/thin';
import { Pace } from './pace';
import { boundaryGrid, confusionSummary, epochPoint, networkPicture, type View } from './views';

/** Snapshots at most this often: ~30 a second is smooth, and cheap for the page. */
const SNAPSHOT_MS = 33;
/** Layer statistics (a forward and backward pass on the probe batch), the diagram's
 *  pictures and the confusion matrix at most this often. */
const STATISTICS_MS = 250;
/** The decision boundary (a forward pass over its 64×64 grid) at most this often: the page
 *  applies snapshots ten times a second, so more would be computed and never seen. */
const BOUNDARY_MS = 100;
/** Step losses kept per snapshot; more are thinned evenly (the chart cannot show them). */
const STEPS_PER_SNAPSHOT = 64;

/** The run as the session has it when a snapshot is due. */
export interface RunNow {
  generation: number;
  status: RunStatus;
  message: Message | null;
  stepsPerSecond: number;
  trainer: Trainer;
  data: PreparedData;
  /** The plotting window of 1- and 2-input data, where the boundary is drawn. */
  view: View;
  /** The sample the diagram follows through an image network. */
  sample: SampleChoice | null;
}

export class SnapshotStream {
  private epochs: EpochPoint[] = [];
  private steps: [number, number][] = [];
  private diagnoses: Diagnosis[] = [];
  private lastSnapshot = -Infinity;
  // Each costly view at its own pace (pace.ts): at most as often as its constant says, and
  // less often when computing it would take more than its share of the run's time.
  private readonly statistics: Pace;
  private readonly picture: Pace;
  private readonly boundary: Pace;
  private readonly confusion: Pace;
  /** An epoch ended (or a step command ran) since the last confusion matrix. */
  private confusionDue = true;

  constructor(
    private readonly now: () => number,
    private readonly emit: (snapshot: Snapshot) => void,
  ) {
    this.statistics = new Pace(now, STATISTICS_MS);
    this.picture = new Pace(now, STATISTICS_MS);
    this.boundary = new Pace(now, BOUNDARY_MS);
    this.confusion = new Pace(now, STATISTICS_MS);
  }

  /** A new run: nothing of the last one's is left to send, and its views' costs are its own. */
  restart(): void {
    this.epochs = [];
    this.steps = [];
    this.diagnoses = [];
    this.confusionDue = true;
    for (const pace of [this.statistics, this.picture, this.boundary, this.confusion]) pace.reset();
  }

  step(step: number, loss: number): void {
    this.steps.push([step, loss]);
  }

  epoch(result: EpochResult): void {
    this.epochs.push(epochPoint(result));
    this.confusionDue = true;
  }

  diagnosis(found: Diagnosis): void {
    this.diagnoses.push(found);
  }

  /** The user stepped: the next snapshot's confusion matrix should show where it got to. */
  stepped(): void {
    this.confusionDue = true;
  }

  /**
   * Emits what changed since the last snapshot, unless one went out very recently. `force`:
   * at once with every view (a pause, a step); 'picture': at once with the network's picture
   * only (a new sample to follow), leaving the costly views to their pace.
   */
  send(run: RunNow, force: boolean | 'picture'): void {
    const now = this.now();
    // A finding goes out at once, not after the snapshot interval: the student reads it
    // while the run plays on. (One that pauses the run goes out with the pause's snapshot.)
    const urgent = this.diagnoses.length > 0;
    if (force === false && !urgent && now - this.lastSnapshot < SNAPSHOT_MS) return;
    const all = force === true;
    this.lastSnapshot = now;
    const { trainer, view } = run;
    // A diverged network's numbers are NaN, and a failed run's views may be what failed.
    const data = run.status !== 'diverged' && run.status !== 'failed' ? run.data : null;
    let confusion = null;
    if (data !== null && this.confusionDue && this.confusion.due(all)) {
      this.confusionDue = false;
      confusion = this.confusion.time(() => confusionSummary(trainer, data));
    }
    this.emit({
      generation: run.generation,
      status: run.status,
      epoch: trainer.epoch,
      step: trainer.step,
      learningRate: trainer.learningRate,
      epochs: this.epochs,
      steps: thin(this.steps, STEPS_PER_SNAPSHOT),
      layers: data && this.statistics.run(all, () => layerStatistics(trainer)),
      boundary: data && this.boundary.run(all, () => boundaryGrid(trainer, data, view)),
      network:
        data &&
        this.picture.run(force !== false, () => networkPicture(trainer, data, view, run.sample)),
      confusion,
      message: run.message,
      diagnoses: this.diagnoses,
      stepsPerSecond: run.stepsPerSecond,
    });
    this.epochs = [];
    this.steps = [];
    this.diagnoses = [];
  }
}
