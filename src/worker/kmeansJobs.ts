// k-means one step at a time on the playground's training part, two runs side by side (a
// random start and k-means++'s, KMEANS_STARTS' order) so the page can show why the start
// matters. The clustering is the engine's (engine/classic/kmeansSteps.ts), in the normalised
// space the network sees; the pictures go back in raw units. Kept apart from the comlink
// adapter (classic.worker.ts) so that Node tests drive it.
import { KMeansSteps } from '../engine/classic/kmeansSteps';
import { pointsOf } from '../engine/classic/points';
import type { Normalizer } from '../engine/data/normalize';
import type { PreparedData } from '../engine/prepare';
import { Rng } from '../engine/random';
import { fail } from '../spec/check';
import { parseKMeansRequest } from '../spec/classicRequests';
import { isImage } from '../spec/layers';
import {
  KMEANS_STARTS,
  type KMeansData,
  type KMeansPicture,
  type KMeansSession,
  type KMeansStart,
} from '../spec/protocol/classic';
import type { Experiment } from '../spec/types';
import { rawValues, type ClassicData } from './classicData';
import { rangeOf, viewOf } from './summary';

/** Each start's own draws from the request's seed: one run's start never moves the other's. */
export function kmeansRng(seed: number, start: KMeansStart): Rng {
  return Rng.stream(seed, `kmeans.${start}`);
}

export class KMeansJobs {
  private runs: KMeansSteps[] | null = null;
  private normalizer: Normalizer | null = null;
  /** Counts the starts asked for: one overtaken while its data loaded does not install. */
  private starts = 0;

  constructor(private readonly data: ClassicData) {}

  /** New runs on `request`'s data (checked here), before their first step. */
  async start(request: unknown): Promise<KMeansSession> {
    const { experiment, k, seed } = parseKMeansRequest(request);
    const ticket = ++this.starts;
    this.runs = null; // a new start ends the old runs, whether it succeeds or not
    const data = await this.data.get(experiment);
    if (ticket !== this.starts) throw new Error('superseded by a newer k-means start');
    const n = data.train.n;
    if (k > n) fail('k', `is ${k}, but the training part has only ${n} points to cluster`);
    const points = pointsOf(data.train);
    this.runs = KMEANS_STARTS.map(
      (start) => new KMeansSteps(points, k, start, kmeansRng(seed, start)),
    );
    this.normalizer = data.normalizer;
    return { data: kmeansData(experiment, data), runs: this.pictures() };
  }

  /** One step of both runs (a converged one stays as it is). */
  step(): KMeansPicture[] {
    if (this.runs === null) throw new Error('no k-means to step: start one first (kmeansStart)');
    for (const run of this.runs) run.step();
    return this.pictures();
  }

  /** Each run as the page draws it: fresh arrays (they are moved to the page), raw units. */
  private pictures(): KMeansPicture[] {
    const normalizer = this.normalizer!;
    return this.runs!.map((run) => {
      const chances = run.chances();
      return {
        start: run.start,
        phase: run.phase,
        placed: run.placed,
        centroids: rawValues(run.centroids(), normalizer),
        assignment: run.assignment().slice(),
        chances: chances && Float32Array.from(chances),
        inertia: [...run.inertia],
        steps: run.steps,
      };
    });
  }
}

/** The training points as the page draws them: the plane's points, or the images' shape. */
function kmeansData(experiment: Experiment, data: PreparedData): KMeansData {
  const raw = data.raw.train;
  const plane = raw.features === 2;
  const inputs = experiment.model.inputs;
  const image = isImage(inputs) ? inputs : null;
  return {
    features: raw.features,
    points: plane ? raw.x.slice(0, raw.n * 2) : null,
    labels: raw.labels && raw.labels.slice(),
    view: plane ? viewOf(experiment, raw) : null,
    image: image && [image[0], image[1], image[2]],
    // As the data summary's: centroids are painted on the scale of the samples beside them.
    pixelRange: image && rangeOf(raw.x, raw.n * raw.features),
  };
}
