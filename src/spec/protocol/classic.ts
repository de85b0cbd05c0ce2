// What the page asks the classic-methods worker (worker/classic.worker.ts) and what it
// answers: a classic classifier fitted on the playground's data beside the network, the
// k nearest neighbours of a clicked point, k-means one step at a time (a random start and
// k-means++'s side by side), PCA to two dimensions, and the curse of dimensionality.
import type { ClassicSettings } from '../classic';
import type { Experiment } from '../types';
import type { BoundaryGrid } from './training';

/** Training samples a classic method takes at most (kNN compares every pair; the SVM keeps a
 *  kernel matrix): a larger training part is refused, naming the sizes. */
export const CLASSIC_TRAIN_LIMIT = 5000;

export interface ClassicFit {
  method: ClassicSettings;
  trainAccuracy: number;
  /** Null without a validation part. */
  validationAccuracy: number | null;
  /** The training samples it was fitted on. */
  trainCount: number;
  /** 2-input data: each class's share per cell of the boundary grid (as the network's). */
  boundary: BoundaryGrid | null;
  /** The SVMs on 2-input data: the decision value f per cell of the same grid, row 0 the
   *  largest y as the boundary's: the boundary is f = 0, the margins f = ±1. */
  decision: Float32Array | null;
  /** The SVMs: how many training points hold the margin (0 for the others). */
  supportCount: number;
  /** The SVMs on 2-input data: where those points are, raw x, y pairs; null otherwise. */
  supportPoints: Float32Array | null;
  /** The SVMs: whether the solver met its tolerance before libsvm's iteration limit. */
  converged: boolean;
  /** Logistic regression: the training part's log-likelihood at the end, −n × the mean
   *  cross-entropy (natural log), and the epochs it was trained for; null for the others. */
  logLikelihood: number | null;
  epochs: number | null;
}

/** kNN's k nearest training points to a point of the picture (raw coordinates). */
export interface Neighbours {
  /** Raw x, y pairs, nearest first. */
  points: Float32Array;
  labels: Int32Array;
}

/** How k-means places its first centroids. */
export type KMeansStart = 'random' | 'plusPlus';

export const KMEANS_STARTS: readonly KMeansStart[] = ['random', 'plusPlus'];

export interface KMeansRequest {
  /** The playground's experiment: k-means clusters its training part (labels unused). */
  experiment: Experiment;
  k: number;
  /** Seeds both starts' draws; the same seed gives the same steps. */
  seed: number;
}

/** The points k-means clusters, as the page draws them. */
export interface KMeansData {
  features: number;
  /** 2-input data: every training point, raw x, y pairs; null otherwise. */
  points: Float32Array | null;
  /** Each point's class (for comparing the clusters with the classes afterwards). */
  labels: Int32Array | null;
  /** 2-input data: the plotting window (as the boundary's); null otherwise. */
  view: [number, number] | null;
  /** Image data: each centroid is drawn as an image of this shape. */
  image: [number, number, number] | null;
  /** Image data: the pixels' range, to paint centroids on the data's own scale. */
  pixelRange: [number, number] | null;
}

/** What one k-means run shows after its last step. */
export interface KMeansPicture {
  start: KMeansStart;
  /**
   * What the last step did: 'none' before the first; 'seed' placed centroids (all k for the
   * random start, one for k-means++); 'assign' gave each point its nearest centroid; 'move'
   * moved each centroid to its points' mean; 'converged' is an assignment that changed no
   * point (nothing moves after it).
   */
  phase: 'none' | 'seed' | 'assign' | 'move' | 'converged';
  /** Centroids placed so far (k-means++ places one per step). */
  placed: number;
  /** placed × features, raw coordinates (images: raw pixels). */
  centroids: Float32Array;
  /** Each training point's cluster; -1 before the first assignment. */
  assignment: Int32Array;
  /** k-means++ while placing: each point's chance of being the next centroid (D² over its
   *  sum); null otherwise. */
  chances: Float32Array | null;
  /** The inertia after each assignment so far (sum of squared distances to the centroid,
   *  in the normalised space the network sees). */
  inertia: number[];
  /** Steps taken, each a 'seed', 'assign' or 'move'. */
  steps: number;
}

export interface KMeansSession {
  data: KMeansData;
  /** The random start and k-means++'s, in KMEANS_STARTS' order. */
  runs: KMeansPicture[];
}

/** A data set projected onto its first two principal components. */
export interface PcaResult {
  /** n × 2 projections (of the training part, at most PCA_POINT_LIMIT points). */
  points: Float32Array;
  labels: Int32Array;
  classNames: string[];
  /** Each component's share of the total variance, largest first (at most 10). */
  shares: number[];
  features: number;
}

/** Points PCA projects and the page plots. */
export const PCA_POINT_LIMIT = 2000;

export interface CurseRequest {
  /** A 2-input classification experiment: its data gets the irrelevant dimensions. */
  experiment: Experiment;
  /** Total dimensions at each point of the chart (2 = the data as it is). */
  dimensions: number[];
  k: number;
}

export interface CursePoint {
  dimensions: number;
  /**
   * The median over the validation points of (farthest / nearest training point's distance),
   * a training point at distance 0 (a duplicate) left out: a mean would be ruled by the few
   * points that sit almost on a training point.
   */
  ratio: number;
  /** kNN's validation accuracy. */
  accuracy: number;
}
