// The classic classifiers' jobs, off the page's thread: fit one on the playground's data (the
// same split and normalisation as the network's run) and draw it on the boundary's grid, and
// find kNN's nearest training points to a point the user clicked. Kept apart from the comlink
// adapter (classic.worker.ts) so that Node tests drive it.
import { accuracy, fitClassifier } from '../engine/classic/classifiers';
import { gridPoints } from '../engine/classic/grid';
import { fitKnn, neighbours } from '../engine/classic/knn';
import { pointsOf } from '../engine/classic/points';
import { parseClassicSettings } from '../spec/classic';
import { parseKnnSettings, parsePoint } from '../spec/classicRequests';
import { parseExperiment } from '../spec/experiment';
import type { ClassicFit, Neighbours } from '../spec/protocol/classic';
import {
  checkKnnWork,
  checkSvmWork,
  checkTrainSize,
  classLabels,
  normalisedPoint,
  rawPairs,
  twoInputs,
  type ClassicData,
} from './classicData';
import { fitLogistic } from './logisticFit';
import { viewOf } from './summary';
import { BOUNDARY_RESOLUTION } from './views';

export class ClassicJobs {
  constructor(private readonly data: ClassicData) {}

  /** Fits `method` on `experiment`'s data; both are checked here (the page may be wrong). */
  async fit(experimentInput: unknown, methodInput: unknown): Promise<ClassicFit> {
    const experiment = parseExperiment(experimentInput);
    const method = parseClassicSettings(methodInput);
    const data = await this.data.get(experiment);
    const labels = classLabels(data);
    if (method.name === 'logistic') return fitLogistic(experiment, data);
    checkTrainSize(method.name === 'knn' ? 'knn' : 'svm', data.train.n);
    const total = data.train.n + (data.validation?.n ?? 0);
    if (method.name === 'knn') checkKnnWork(data.train.n, total, data.train.features);
    else checkSvmWork(data.train.n, total, data.train.classes, data.train.features);
    const train = pointsOf(data.train);
    const classifier = fitClassifier(
      method.name,
      train,
      labels,
      data.train.classes,
      method as never,
    );
    const validation = data.validation;
    // The network's boundary grid, cell for cell (engine/predict.ts): the page draws both alike.
    const window = data.train.features === 2 ? viewOf(experiment, data.raw.train) : null;
    const grid = window && { resolution: BOUNDARY_RESOLUTION, x: window, y: window };
    const cells = grid && gridPoints(grid, data.normalizer);
    const support = classifier.supportVectors ?? [];
    return {
      method,
      trainAccuracy: accuracy(classifier, train, labels),
      validationAccuracy:
        validation?.labels == null
          ? null
          : accuracy(classifier, pointsOf(validation), validation.labels),
      trainCount: data.train.n,
      boundary: cells && {
        resolution: BOUNDARY_RESOLUTION,
        outputs: classifier.classes,
        values: Float32Array.from(classifier.scores(cells)),
      },
      decision: cells && classifier.decision ? Float32Array.from(classifier.decision(cells)) : null,
      supportCount: support.length,
      supportPoints:
        classifier.supportVectors && data.train.features === 2
          ? rawPairs(data.raw.train, support)
          : null,
      converged: classifier.converged ?? true,
      logLikelihood: null,
      epochs: null,
    };
  }

  /**
   * kNN's k nearest training points to `point` (raw x, y), measured as the classifier measures
   * them: in the normalised space, with its metric. Returned raw, nearest first.
   */
  async neighbours(
    experimentInput: unknown,
    methodInput: unknown,
    pointInput: unknown,
  ): Promise<Neighbours> {
    const experiment = parseExperiment(experimentInput);
    const { k, metric } = parseKnnSettings(methodInput);
    const point = parsePoint(pointInput);
    const data = await this.data.get(experiment);
    const labels = classLabels(data);
    twoInputs(data, 'kNN’s neighbours are shown on the plane');
    checkTrainSize('knn', data.train.n);
    const model = fitKnn(pointsOf(data.train), labels, data.train.classes, k, metric);
    const query = { n: 1, d: 2, x: normalisedPoint(point, data.normalizer) };
    const rows = neighbours(model, query, 0);
    return {
      points: rawPairs(data.raw.train, rows),
      labels: Int32Array.from(rows, (r) => labels[r]),
    };
  }
}
