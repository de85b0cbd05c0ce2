// The classic methods' jobs, off the page's thread: fit one on the playground's data (the
// same split and normalisation as the network's run) and draw it on the boundary's grid.
// Kept apart from the comlink adapter (classic.worker.ts) so that Node tests drive it.
import { accuracy, fitClassifier } from '../engine/classic/classifiers';
import { classifierGrid } from '../engine/classic/grid';
import { pointsOf } from '../engine/classic/points';
import type { DatasetFileReader } from '../engine/data/dataset';
import { prepareData, type PreparedData } from '../engine/prepare';
import { parseClassicSettings } from '../spec/classic';
import { parseExperiment } from '../spec/experiment';
import type { ClassicFit } from '../spec/protocol/classic';
import type { Experiment } from '../spec/types';
import { viewOf } from './summary';
import { BOUNDARY_RESOLUTION } from './views';

export class ClassicJobs {
  /** The last data prepared, by the experiment's data-making fields: refits reuse it. */
  private cached: { key: string; data: Promise<PreparedData> } | null = null;

  constructor(private readonly read: DatasetFileReader) {}

  /** Fits `method` on `experiment`'s data; both are checked here (the page may be wrong). */
  async fit(experimentInput: unknown, methodInput: unknown): Promise<ClassicFit> {
    const experiment = parseExperiment(experimentInput);
    const method = parseClassicSettings(methodInput);
    const data = await this.data(experiment);
    if (data.train.labels === null)
      throw new Error('the classic methods here classify: this data set is a regression');
    const train = pointsOf(data.train),
      labels = data.train.labels;
    const { classes } = data.train;
    const classifier = fitClassifier(method.name, train, labels, classes, method as never);
    const validation = data.validation;
    const boundary =
      data.train.features === 2
        ? (() => {
            const window = viewOf(experiment, data.raw.train);
            const values = classifierGrid(
              classifier,
              { resolution: BOUNDARY_RESOLUTION, x: window, y: window },
              data.normalizer,
            );
            return { resolution: BOUNDARY_RESOLUTION, outputs: classifier.classes, values };
          })()
        : null;
    return {
      method,
      trainAccuracy: accuracy(classifier, train, labels),
      validationAccuracy:
        validation === null || validation.labels === null
          ? null
          : accuracy(classifier, pointsOf(validation), validation.labels),
      boundary,
      supportVectors: [...(classifier.supportVectors ?? [])],
    };
  }

  private data(experiment: Experiment): Promise<PreparedData> {
    const { data, seed, validation } = experiment;
    const key = JSON.stringify({ data, seed, validation });
    if (this.cached?.key !== key) this.cached = { key, data: prepareData(experiment, this.read) };
    return this.cached.data;
  }
}
