// The jobs about dimensions: PCA, a data set's many features seen on its first two principal
// components, and the curse of dimensionality, the playground's 2-D data padded with
// irrelevant dimensions until kNN cannot tell near from far. Kept apart from the comlink
// adapter (classic.worker.ts) so that Node tests drive it.
import { curseOfDimensionality } from '../engine/classic/curse';
import { fitPca, projectPca } from '../engine/classic/pca';
import { pointsOf, type Points } from '../engine/classic/points';
import { fitNormalizer, loadDataset, splitDataset } from '../engine/data';
import type { Dataset, DatasetFileReader } from '../engine/data/dataset';
import { Rng } from '../engine/random';
import { parseCurseRequest, parsePcaRequest } from '../spec/classicRequests';
import { DEFAULTS } from '../spec/defaults';
import { PCA_POINT_LIMIT, type CursePoint, type PcaResult } from '../spec/protocol/classic';
import { classLabels, twoInputs, type ClassicData } from './classicData';

/** The components whose shares of the variance the page charts. */
const PCA_SHARES = 10;

/**
 * The curse measures at most this many training and validation points (the first of each
 * part, which the split has shuffled): its cost is their product times the dimensions. So
 * the page's eight counts up to 500 take 0.3 s, and twelve up to 1000 (the most a request
 * may ask) 2 s, where 1000 and 250 points took 9 s (measured in Node). The playground's
 * 2-D sets (320 training points and 80 held out by default) are measured whole.
 */
export const CURSE_TRAIN_POINTS = 500;
export const CURSE_VALIDATION_POINTS = 200;

export class DimensionJobs {
  /** The last PCA, by its data block and seed: the page asks again on every visit. */
  private lastPca: { key: string; result: Promise<PcaResult> } | null = null;

  constructor(
    private readonly read: DatasetFileReader,
    private readonly data: ClassicData,
  ) {}

  /**
   * `data` (an experiment's data block) on its first two principal components: fitted on
   * the training part the playground would split off with `seed` (its usual fifth held out),
   * at most PCA_POINT_LIMIT points, the same points that are plotted.
   */
  async pca(dataInput: unknown, seedInput: unknown): Promise<PcaResult> {
    const request = parsePcaRequest(dataInput, seedInput);
    const key = JSON.stringify([request.data, request.seed]);
    if (this.lastPca?.key !== key) {
      const result = this.computePca(request);
      this.lastPca = { key, result };
      result.catch(() => {
        if (this.lastPca?.result === result) this.lastPca = null; // a failure is not kept
      });
    }
    // A copy: the answer's arrays are moved to the page, and the kept one must stay whole.
    const kept = await this.lastPca.result;
    return {
      ...kept,
      points: kept.points.slice(),
      labels: kept.labels.slice(),
      classNames: [...kept.classNames],
      shares: [...kept.shares],
    };
  }

  /** kNN's distances and accuracy as irrelevant dimensions are added to the playground's data. */
  async curse(request: unknown): Promise<CursePoint[]> {
    const { experiment, dimensions, k } = parseCurseRequest(request);
    const data = await this.data.get(experiment);
    const labels = classLabels(data);
    twoInputs(data, 'the curse of dimensionality pads a 2-input data set');
    const validation = data.validation;
    if (validation?.labels == null) {
      throw new Error(
        'the curse is measured on the validation part, and this experiment holds none out (set validation above 0)',
      );
    }
    const train = first(data.train, CURSE_TRAIN_POINTS);
    const held = first(validation, CURSE_VALIDATION_POINTS);
    if (k > train.n) {
      throw new Error(`k is ${k}, but kNN has only ${train.n} training points to vote`);
    }
    return curseOfDimensionality(
      train,
      labels.subarray(0, train.n),
      held,
      validation.labels.subarray(0, held.n),
      data.train.classes,
      dimensions,
      k,
      Rng.stream(experiment.seed, 'curse'),
    );
  }

  private async computePca(request: ReturnType<typeof parsePcaRequest>): Promise<PcaResult> {
    const { data: spec, facts, seed } = request;
    if (facts.task !== 'classification') {
      throw new Error(`PCA here colours each point by its class: ${spec.kind} is a regression`);
    }
    if (facts.features < 2) throw new Error('PCA to two components needs two features at least');
    const all = await loadDataset(spec, seed, this.read);
    const { train: raw } = splitDataset(all, DEFAULTS.validation, seed);
    // Normalised as the data block says, fitted on the training part as the playground's run
    // fits it. With the catalog's defaults a table's features are standardised one by one
    // (scikit-learn's PCA centres but does not scale: on raw wine, proline, in the hundreds,
    // is 99.8% of the variance alone), while an image's pixels share one offset and scale
    // (normalize.ts), which changes neither the directions nor the shares: pixels are on one
    // scale already, and a border pixel that is nearly always 0 must not weigh as much as
    // the strokes.
    const plane = facts.image !== undefined ? facts.image[1] * facts.image[2] : 1;
    const train = fitNormalizer(raw, spec.normalize, plane).apply(raw);
    const points = first(train, PCA_POINT_LIMIT);
    // Fitted on the points it plots: Fashion-MNIST's 784 pixels of all 4800 training images
    // took 1.2 s against 0.7 s for 2000 (measured in Node), for shares that differ in the
    // third decimal.
    const pca = fitPca(points, Math.min(PCA_SHARES, points.d));
    const projected = projectPca(pca, points);
    const plotted = new Float32Array(points.n * 2);
    for (let i = 0; i < points.n; i++) {
      plotted[2 * i] = projected[i * pca.count];
      plotted[2 * i + 1] = projected[i * pca.count + 1];
    }
    return {
      points: plotted,
      labels: labelsOf(train).slice(0, points.n),
      classNames: [...train.classNames],
      shares: Array.from(pca.varianceRatio),
      features: points.d,
    };
  }
}

/** The first `count` samples at most, as points (a shuffled part's first are a random sample). */
function first(ds: Dataset, count: number): Points {
  const n = Math.min(ds.n, count);
  return pointsOf({ n, features: ds.features, x: ds.x.subarray(0, n * ds.features) });
}

function labelsOf(ds: Dataset): Int32Array {
  if (ds.labels === null) throw new Error('a classification set without labels');
  return ds.labels;
}
