// k-means one step at a time, as the page shows it: first the start is placed (the random
// start's k points at once, or k-means++'s one centroid per step, each draw's chances shown
// before it is made), then assignments and moves alternate until an assignment changes no
// point. Each step is kmeans.ts's own (randomStart, plusPlus.ts, assign, moveCentroids), so
// run to the end from the same start it gives runKMeans's clusters and centroids exactly.
import type { KMeansPicture, KMeansStart } from '../../spec/protocol/classic';
import type { Rng } from '../random';
import { assign, moveCentroids, randomStart, startKMeans, type KMeansState } from './kmeans';
import { placeNext, plusPlusChances, startPlusPlus, type PlusPlusPlacing } from './plusPlus';
import { rowsOf, type Points } from './points';

export type KMeansPhase = KMeansPicture['phase'];

export class KMeansSteps {
  /** What the last step did ('none' before the first). */
  phase: KMeansPhase = 'none';
  /** Steps that did something: seeds, assignments and moves. */
  steps = 0;
  /** The inertia after each assignment, in order. */
  readonly inertia: number[] = [];
  /** k-means++ while it places its centroids; null for the random start, and before. */
  private placing: PlusPlusPlacing | null = null;
  /** Lloyd's state, once all k centroids are placed. */
  private state: KMeansState | null = null;
  private readonly unassigned: Int32Array;

  /** `rng` is this run's own: it draws the start and nothing else. */
  constructor(
    readonly points: Points,
    readonly k: number,
    readonly start: KMeansStart,
    private readonly rng: Rng,
  ) {
    if (!Number.isInteger(k) || k < 1 || k > points.n) {
      throw new Error(`k must be a whole number from 1 to the ${points.n} points (got ${k})`);
    }
    this.unassigned = new Int32Array(points.n).fill(-1);
  }

  /** Centroids placed so far. */
  get placed(): number {
    return this.state?.k ?? this.placing?.chosen.length ?? 0;
  }

  /** placed × d, in the points' coordinates; the run's own array once all are placed. */
  centroids(): Float64Array {
    if (this.state !== null) return this.state.centroids;
    return this.placing !== null ? rowsOf(this.points, this.placing.chosen) : new Float64Array(0);
  }

  /** Each point's cluster; -1 before the first assignment. The run's own array. */
  assignment(): Int32Array {
    return this.state?.assignment ?? this.unassigned;
  }

  /** k-means++ while placing: each point's chance of being the next centroid; else null. */
  chances(): Float64Array | null {
    return this.state === null && this.placing !== null ? plusPlusChances(this.placing) : null;
  }

  /** One step; nothing once converged. */
  step(): void {
    if (this.phase === 'converged') return;
    this.steps++;
    if (this.state === null) {
      this.seed();
    } else if (this.phase === 'assign') {
      moveCentroids(this.points, this.state);
      this.phase = 'move';
    } else {
      const changed = assign(this.points, this.state);
      this.inertia.push(this.state.inertia);
      this.phase = changed ? 'assign' : 'converged';
    }
  }

  /** Places the random start's k points, or k-means++'s next centroid. */
  private seed(): void {
    const { points, k, rng } = this;
    this.phase = 'seed';
    if (this.start === 'random') {
      this.state = startKMeans(points, randomStart(points, k, rng), k);
      return;
    }
    if (this.placing === null) this.placing = startPlusPlus(points, rng);
    else placeNext(points, this.placing, rng);
    if (this.placing.chosen.length === k) {
      this.state = startKMeans(points, rowsOf(points, this.placing.chosen), k);
    }
  }
}
