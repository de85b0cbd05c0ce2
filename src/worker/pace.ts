// How often a costly view is computed while a run trains: at most every `minMs`, and rarely
// enough that it takes at most SHARE of the worker's time. A dense net's statistics cost a
// few milliseconds and keep their 250 ms; a LeNet's (two forward passes and a backward on
// a thousand 28×28 images) cost about half a second and would otherwise eat most of the
// training, so they come every few seconds instead. Timing is the views' own, measured.

/** The most of the worker's time one kind of view may take. */
const SHARE = 0.1;

export class Pace {
  private last = -Infinity;
  /** What the view took last time, in ms. */
  private cost = 0;

  constructor(
    private readonly now: () => number,
    private readonly minMs: number,
  ) {}

  /** Whether the view is due now (always when `force`); if so, its clock restarts. */
  due(force: boolean): boolean {
    const now = this.now();
    if (!force && now - this.last < Math.max(this.minMs, this.cost / SHARE)) return false;
    this.last = now;
    return true;
  }

  /** Computes the view when due (else null), timing it for the next `due`. */
  run<T>(force: boolean, view: () => T): T | null {
    return this.due(force) ? this.time(view) : null;
  }

  /** Computes the view (the caller found it due), timing it for the next `due`. */
  time<T>(view: () => T): T {
    const start = this.now();
    const result = view();
    this.cost = this.now() - start;
    return result;
  }

  /** Due again as soon as it is asked (a new run). */
  reset(): void {
    this.last = -Infinity;
    this.cost = 0;
  }
}
