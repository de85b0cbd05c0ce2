// The play loop: train in slices short enough that the worker hears a pause or a slider
// between them (the run driver's SLICE_MS), paced to a speed in steps per second (or as fast
// as the machine allows), one slice per frame, and never two loops at once.
import { DEFAULT_SPEED } from '../spec/protocol/training';

/** A paced run trains in one slice per frame. */
const FRAME_MS = 16;

export interface LoopHost {
  now(): number;
  defer(fn: () => void, delayMs: number): void;
}

export interface LoopRun {
  /** Whether the run still plays; the loop stops at the first slice it does not. */
  running(): boolean;
  /** One slice of the run's driver: up to `maxSteps` steps (it may end the run); how many. */
  train(maxSteps: number): number;
  /** A slice ended: what it trained can be sent (`stopped`: the run no longer plays). */
  sliced(stopped: boolean): void;
}

export class PacedLoop {
  /** Optimizer steps per second while playing; Infinity trains as fast as it can. */
  private speed = DEFAULT_SPEED;
  private looping = false;
  private sliceSteps = 0;
  private sliceMs = 0;

  constructor(
    private readonly host: LoopHost,
    private readonly run: LoopRun,
  ) {}

  /** Starts the loop unless it is going already. */
  start(): void {
    if (this.looping) return;
    this.looping = true;
    this.host.defer(() => this.slice(), 0);
  }

  setSpeed(stepsPerSecond: number): void {
    this.speed = stepsPerSecond > 0 ? stepsPerSecond : DEFAULT_SPEED;
  }

  /** The speed over the last slice, waiting included: what the page shows. */
  get stepsPerSecond(): number {
    return this.sliceMs > 0 ? (1000 * this.sliceSteps) / this.sliceMs : 0;
  }

  private slice(): void {
    if (!this.run.running()) {
      this.looping = false;
      return;
    }
    const { host, run } = this;
    const start = host.now();
    // Paced: the steps one frame's worth of time allows (at least one), then wait out the frame.
    const paced = Number.isFinite(this.speed);
    const budget = paced ? Math.max(1, Math.round((this.speed * FRAME_MS) / 1000)) : Infinity;
    const count = run.train(budget);
    const elapsed = host.now() - start;
    this.sliceSteps = count;
    this.sliceMs = paced ? Math.max(elapsed, (1000 * count) / this.speed) : elapsed;
    run.sliced(!run.running());
    host.defer(() => this.slice(), paced ? Math.max(0, this.sliceMs - elapsed) : 0);
  }
}
