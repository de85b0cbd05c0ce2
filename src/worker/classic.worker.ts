// The classic-methods worker: the classic classifiers beside the network and kNN's neighbours
// (classicJobs.ts), k-means step by step (kmeansJobs.ts), PCA and the curse of
// dimensionality (dimensionJobs.ts), off the page's thread, served through the bridge. The
// jobs share the playground's prepared data; their typed arrays go back moved, not copied
// (each answer's arrays are its own, never the kept data's).
import type { DatasetFileReader } from '../engine/data/dataset';
import type { KMeansPicture } from '../spec/protocol/classic';
import { moved, serve } from './bridge';
import { ClassicData } from './classicData';
import { ClassicJobs } from './classicJobs';
import { DimensionJobs } from './dimensionJobs';
import { KMeansJobs } from './kmeansJobs';

function jobs(read: DatasetFileReader) {
  const data = new ClassicData(read);
  const classic = new ClassicJobs(data);
  const kmeans = new KMeansJobs(data);
  const dimensions = new DimensionJobs(read, data);
  return {
    async fit(experiment: unknown, method: unknown) {
      const fit = await classic.fit(experiment, method);
      return moved(fit, [fit.boundary?.values, fit.decision, fit.supportPoints]);
    },
    async neighbours(experiment: unknown, method: unknown, point: unknown) {
      const found = await classic.neighbours(experiment, method, point);
      return moved(found, [found.points, found.labels]);
    },
    async kmeansStart(request: unknown) {
      const session = await kmeans.start(request);
      const { points, labels } = session.data;
      return moved(session, [points, labels, ...session.runs.flatMap(arraysOf)]);
    },
    kmeansStep() {
      const runs = kmeans.step();
      return moved(runs, runs.flatMap(arraysOf));
    },
    async pca(data: unknown, seed: unknown) {
      const result = await dimensions.pca(data, seed);
      return moved(result, [result.points, result.labels]);
    },
    curse(request: unknown) {
      return dimensions.curse(request);
    },
  };
}

function arraysOf(picture: KMeansPicture): (ArrayBufferView | null)[] {
  return [picture.centroids, picture.assignment, picture.chances];
}

export type ClassicApi = ReturnType<typeof jobs>;

serve(jobs);
